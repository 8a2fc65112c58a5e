/**
 * Reads the pipeline's hand-gathered inputs: data/reference/*.csv (districts, sessions,
 * sister-city totals) and the reviewed inputs, corrections.csv, glossary.csv and goal_glossary.csv
 * (each from the output folder when there, else data/). Every one must be strict UTF-8 (a BOM is
 * allowed); a GBK or UTF-16 file, or a broken row, stops the run with its name and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reference } from './build.ts';
import { parseCsv } from './csv.ts';
import { decodeUtf8 } from './intake.ts';

export const REFERENCE_DIR = 'data/reference';
export const CORRECTIONS_FILE = 'corrections.csv';
export const GLOSSARY_FILE = 'glossary.csv';
export const GOAL_GLOSSARY_FILE = 'goal_glossary.csv';
export const REVIEWED_FILE = 'reviewed.csv';

/** A CSV input as text: strict UTF-8 (BOM allowed), else an InputError naming file and line. */
function readText(path: string): string {
  return decodeUtf8(readFileSync(path), path);
}

function readCsv(path: string, required: readonly string[]): Record<string, string>[] {
  return parseCsv(readText(path), path, required);
}

/** The output folder's own copy of a reviewed input, else data/'s. */
function reviewedInput(outDir: string, name: string): { text: string; file: string } | null {
  const own = join(outDir, name);
  const file = existsSync(own) ? own : join('data', name);
  return existsSync(file) ? { text: readText(file), file } : null;
}

export function readReference(outDir = 'data'): Reference {
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
    corrections: reviewedInput(outDir, CORRECTIONS_FILE),
    reviewed: reviewedInput(outDir, REVIEWED_FILE),
    glossary: reviewedInput(outDir, GLOSSARY_FILE),
    goalGlossary: reviewedInput(outDir, GOAL_GLOSSARY_FILE),
  };
}
