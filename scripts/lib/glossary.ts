/**
 * English names for what numbers measure: data/glossary.csv (indicator_zh,indicator_en), a
 * reviewed input like corrections.csv. The rules find indicators in Chinese; the English reader
 * gets the reviewed translation, or the Chinese phrase marked as such when there is none yet.
 * Owns: reading the glossary and listing the indicators it lacks. Pure.
 */
import { CsvError, parseCsv } from './csv.ts';

export const GLOSSARY_COLUMNS = ['indicator_zh', 'indicator_en'];

/** zh → en. A broken quote, a missing column, an empty field or a duplicate names file and line. */
export function readGlossary(text: string, file: string): Map<string, string> {
  const glossary = new Map<string, string>();
  parseCsv(text, file, GLOSSARY_COLUMNS).forEach((row, index) => {
    const line = index + 2;
    const zh = (row.indicator_zh ?? '').trim();
    const en = (row.indicator_en ?? '').trim();
    if (!zh || !en)
      throw new CsvError(
        file,
        line,
        `empty ${zh ? 'indicator_en' : 'indicator_zh'}: both are needed`,
      );
    if (glossary.has(zh)) throw new CsvError(file, line, `"${zh}" is listed twice`);
    glossary.set(zh, en);
  });
  return glossary;
}

/** Indicators (distinct, in first-seen order) that the glossary has no English for. */
export function untranslated(
  indicators: readonly string[],
  glossary: ReadonlyMap<string, string>,
): string[] {
  return [...new Set(indicators.filter((zh) => zh && !glossary.has(zh)))];
}
