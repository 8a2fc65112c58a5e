/**
 * Reads the pipeline's hand-gathered inputs: data/reference/*.csv (districts, sessions,
 * sister-city totals) and the reviewed corrections (corrections.csv in the output folder, else
 * data/corrections.csv). A broken file stops the run with its name and line (CsvError).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reference } from './build.ts';
import { parseCsv } from './csv.ts';

export const REFERENCE_DIR = 'data/reference';
export const CORRECTIONS_FILE = 'corrections.csv';

function readCsv(path: string, required: readonly string[]): Record<string, string>[] {
  return parseCsv(readFileSync(path, 'utf8'), path, required);
}

export function readReference(outDir = 'data'): Reference {
  const own = join(outDir, CORRECTIONS_FILE);
  const corrections = existsSync(own) ? own : join('data', CORRECTIONS_FILE);
  return {
    districts: readCsv(join(REFERENCE_DIR, 'districts.csv'), ['code', 'name_zh', 'name_en']),
    sessions: readCsv(join(REFERENCE_DIR, 'plenary-sessions.csv'), [
      'event_id',
      'date_start',
      'date_end',
      'date_precision',
      'kind',
      'name_zh',
      'name_en',
      'source_url',
    ]),
    sisterCityTotals: readCsv(join(REFERENCE_DIR, 'sister-city-totals.csv'), ['as_of']),
    corrections: existsSync(corrections)
      ? { text: readFileSync(corrections, 'utf8'), file: corrections }
      : null,
  };
}
