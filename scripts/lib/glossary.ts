/**
 * English for the Chinese terms the rules find (what a number measures, who it belongs to when
 * that is not a district): data/glossary.csv (zh,en), a reviewed input like corrections.csv. The
 * English reader gets the reviewed translation, or the Chinese term marked as such.
 * Owns: reading the glossary and listing the indicators it lacks. Pure.
 */
import { CsvError, parseCsv } from './csv.ts';

export const GLOSSARY_COLUMNS = ['zh', 'en'];

/** zh → en. A broken quote, a missing column, an empty field or a duplicate names file and line. */
export function readGlossary(text: string, file: string): Map<string, string> {
  const glossary = new Map<string, string>();
  parseCsv(text, file, GLOSSARY_COLUMNS).forEach((row, index) => {
    const line = index + 2;
    const zh = (row.zh ?? '').trim();
    const en = (row.en ?? '').trim();
    if (!zh || !en) throw new CsvError(file, line, `empty ${zh ? 'en' : 'zh'}: both are needed`);
    if (glossary.has(zh)) throw new CsvError(file, line, `"${zh}" is listed twice`);
    glossary.set(zh, en);
  });
  return glossary;
}

/** Terms (distinct, in first-seen order) that the glossary has no English for. */
export function untranslated(
  terms: readonly string[],
  glossary: ReadonlyMap<string, string>,
): string[] {
  return [...new Set(terms.filter((zh) => zh && !glossary.has(zh)))];
}
