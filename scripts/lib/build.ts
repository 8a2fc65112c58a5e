/**
 * The whole pipeline as one pure function: articles + reference facts in, CSV file contents out.
 * The CLI (scripts/data.ts) reads and writes; nothing here touches the file system.
 */
import { toCsv } from './csv.ts';
import type { Source } from './sources.ts';

export interface Reference {
  districts: Record<string, string>[];
}

export const SOURCE_COLUMNS = ['source_id', 'file', 'sha256', 'date', 'title', 'outlet'] as const;
export const DISTRICT_COLUMNS = [
  'code',
  'name_zh',
  'name_en',
  'kind',
  'region',
  'region_zh',
  'region_en',
  'former_name_zh',
  'former_code',
] as const;

export interface BuildResult {
  /** file name (relative to the output folder) → content */
  files: Map<string, string>;
  warnings: string[];
}

export function buildData(sources: readonly Source[], reference: Reference): BuildResult {
  const files = new Map<string, string>();
  const warnings: string[] = [];
  const sorted = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  for (const s of sorted)
    if (!s.date) warnings.push(`${s.file}: no date in a manifest and none found in the text`);
  files.set(
    'sources.csv',
    toCsv(
      SOURCE_COLUMNS,
      sorted.map((s) => ({
        source_id: s.id,
        file: s.file,
        sha256: s.sha256,
        date: s.date,
        title: s.title,
        outlet: s.outlet,
      })),
    ),
  );
  const districts = [...reference.districts].sort((a, b) =>
    (a.code ?? '').localeCompare(b.code ?? ''),
  );
  files.set('districts.csv', toCsv(DISTRICT_COLUMNS, districts));
  return { files, warnings };
}
