/**
 * CSV in and out for the pipeline, both through papaparse. Output: UTF-8 with BOM (Excel opens
 * Chinese correctly), RFC 4180 quoting, LF line ends, every value exactly as read: data/*.csv
 * are machine files (pandas, Datawrapper and the provenance checks read them as they are), so a
 * quote that starts with `=` stays verbatim here; the app's downloads neutralise formulas for
 * people who open files in Excel (src/lib/export/csv.ts). Input: header checked, every value a
 * string.
 */
import Papa from 'papaparse';
import { firstCsvError } from '../../src/lib/load.ts';

export const BOM = '\uFEFF';

export type Row = Record<string, string | number | null | undefined>;

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  // Arrays, header first (papaparse writes a stray empty row for `{fields, data: []}`).
  const data = [[...columns], ...rows.map((row) => columns.map((c) => row[c] ?? ''))];
  // Quoted where RFC 4180 needs it, and where a value starts or ends with any space (a quote
  // copies the article, ideographic spaces included).
  const text = Papa.unparse(data, {
    newline: '\n',
    quotes: (value: unknown) => /^\s|\s$/.test(String(value)),
  });
  return BOM + text + '\n';
}

export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/**
 * Parses CSV text whose first line is a header. Throws CsvError naming the file and the
 * 1-based line for a broken quote, a row of the wrong width or a missing column.
 */
export function parseCsv(
  text: string,
  file: string,
  requiredColumns: readonly string[] = [],
): Record<string, string>[] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(body, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  });
  const header = result.meta.fields ?? [];
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) throw new CsvError(file, 1, `missing column(s): ${missing.join(', ')}`);
  const error = firstCsvError(body, result.errors);
  if (error) throw new CsvError(file, error.line, error.message);
  return result.data;
}
