/**
 * CSV in and out for the pipeline. Output: UTF-8 with BOM (Excel opens Chinese correctly),
 * RFC 4180 quoting, LF line ends. Input: papaparse, header checked, every value a string.
 */
import Papa from 'papaparse';
import { firstCsvError } from '../../src/lib/load.ts';

export const BOM = '\uFEFF';

export type Row = Record<string, string | number | null | undefined>;

function quote(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c])).join(','));
  return BOM + lines.join('\n') + '\n';
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
