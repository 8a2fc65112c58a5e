/**
 * goals.csv as the pipeline publishes it: the goals every article sets (goals.ts), with the
 * subject's English (districts from the reference list, others from glossary.csv) and the
 * goal's English from the reviewed data/goal_glossary.csv (zh,en; read like glossary.csv, so a
 * broken file stops the run naming file and line). Goals still to translate are warned about.
 */
import type { Reference } from './build.ts';
import type { DistrictRow } from './districts.ts';
import { readGlossary, untranslated } from './glossary.ts';
import { extractGoals, type GoalRow } from './goals.ts';
import type { ExtractContext } from './types.ts';

export function goalRows(
  contexts: readonly ExtractContext[],
  reference: Reference,
  districts: readonly DistrictRow[],
  warnings: string[],
): GoalRow[] {
  const translations = reference.goalGlossary
    ? readGlossary(reference.goalGlossary.text, reference.goalGlossary.file)
    : new Map<string, string>();
  const glossary = reference.glossary
    ? readGlossary(reference.glossary.text, reference.glossary.file)
    : new Map<string, string>();
  const districtEn = new Map(districts.map((d) => [d.code, d.name_en]));
  const rows = contexts
    .flatMap((ctx) => extractGoals(ctx).rows)
    .map((row) => ({
      ...row,
      subject_en: districtEn.get(row.subject_code) ?? glossary.get(row.subject_zh) ?? '',
      goal_en: translations.get(row.goal_zh) ?? '',
    }))
    .sort(
      (a, b) =>
        a.source_id.localeCompare(b.source_id) ||
        Number(a.start) - Number(b.start) ||
        a.horizon.localeCompare(b.horizon),
    );
  const missing = untranslated(
    rows.map((r) => r.goal_zh),
    translations,
  );
  if (missing.length)
    warnings.push(
      `${reference.goalGlossary?.file ?? 'data/goal_glossary.csv'}: no English for ${missing.length} goal(s), shown in Chinese in the English view: ${missing
        .map((g) => (g.length > 16 ? `${g.slice(0, 16)}…` : g))
        .join('、')}`,
    );
  return rows;
}
