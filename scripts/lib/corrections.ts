/**
 * Reviewed fixes for text the rules cannot read right (a typo in the article): data/corrections.csv
 * with columns dataset,source_id,original,corrected,reason. Rows keep the quote as printed and carry
 * the corrected value beside it. Owns: reading and looking up corrections; applies none itself.
 */
import { CsvError, parseCsv } from './csv.ts';
import type { Correction } from './types.ts';

export const CORRECTION_COLUMNS = ['dataset', 'source_id', 'original', 'corrected', 'reason'];

/** Parses corrections.csv; a broken quote, a missing column or an empty field names file and line. */
export function readCorrections(text: string, file: string): Correction[] {
  const rows = parseCsv(text, file, CORRECTION_COLUMNS);
  return rows.map((row, index) => {
    const line = index + 2;
    for (const column of CORRECTION_COLUMNS)
      if (!(row[column] ?? '').trim())
        throw new CsvError(file, line, `empty ${column}: every correction needs all five fields`);
    const correction: Correction = {
      dataset: row.dataset!.trim(),
      source_id: row.source_id!.trim(),
      original: row.original!,
      corrected: row.corrected!,
      reason: row.reason!.trim(),
    };
    if (correction.original === correction.corrected)
      throw new CsvError(file, line, `corrected equals original ("${correction.original}")`);
    return correction;
  });
}

/** The correction for `original` as printed in a source, or null. */
export function findCorrection(
  corrections: readonly Correction[],
  dataset: string,
  sourceId: string,
  original: string,
): Correction | null {
  return (
    corrections.find(
      (c) => c.dataset === dataset && c.source_id === sourceId && c.original === original,
    ) ?? null
  );
}

/**
 * Corrections whose original text no longer occurs in its source: a stale fix, reported so it is
 * removed rather than silently ignored.
 */
export function unusedCorrections(
  corrections: readonly Correction[],
  texts: ReadonlyMap<string, string>,
): Correction[] {
  return corrections.filter((c) => {
    const text = texts.get(c.source_id);
    return text !== undefined && !text.includes(c.original);
  });
}
