/**
 * The CSV download of a view and its "cite this" text.
 * CSV: UTF-8 with BOM (so Excel opens Chinese as Chinese, not mojibake), RFC 4180 quoting by
 * papaparse, CRLF line ends (what Excel and RFC 4180 expect), every row carrying its source
 * columns, and no cell that a spreadsheet would run as a formula.
 * Owns: table → text. Knows nothing about charts or the DOM.
 */
import Papa from 'papaparse';
import type { Lang } from '../i18n';

export const BOM = '\uFEFF';

/** Columns every downloaded row ends with, so each number can be traced to its sentence. */
export const SOURCE_COLUMNS = [
  'source_id',
  'source_title',
  'source_outlet',
  'source_date',
  'source_url',
  'quote',
  'start',
  'end',
] as const;

export type Cell = string | number | null | undefined;
export type CsvRow = Record<string, Cell>;

/** One source article as the CSV names it (from data/sources.csv or a reference URL). */
export interface SourceInfo {
  title: string;
  outlet: string;
  date: string;
  url: string;
}

/**
 * A cell Excel or LibreOffice would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage
 * return first), unless it is a plain number (-12, 3.5): `-1+cmd|' /C calc'!A0` is a formula.
 * Shared with the pipeline, which refuses such titles and outlets in a manifest.
 */
export const FORMULA_START = /^(?!-?\d+(\.\d+)?$)[=+\-@\t\r]/;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
}

/**
 * A download: papaparse writes RFC 4180 and puts a quote mark before a formula (`'=1+1`, shown
 * as text by the spreadsheet); cells with space at either end are quoted so it survives.
 */
export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const text = Papa.unparse(
    // Arrays, header first (papaparse writes a stray empty row for `{fields, data: []}`).
    [[...columns], ...rows.map((row) => columns.map((c) => cell(row[c])))],
    {
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
      quotes: (value: unknown) => /^\s|\s$/.test(String(value)),
    },
  );
  return BOM + text + '\r\n';
}

/**
 * A view's rows with the source columns appended (filled from `sources` by source_id where the
 * row has no value of its own). Data columns keep their order; source columns come last.
 */
export function viewCsv(
  columns: readonly string[],
  rows: readonly CsvRow[],
  sources: ReadonlyMap<string, SourceInfo>,
): string {
  const dataColumns = columns.filter((c) => !(SOURCE_COLUMNS as readonly string[]).includes(c));
  const withSources = rows.map((row) => {
    const id = row.source_id == null ? '' : String(row.source_id);
    const source = sources.get(id);
    return {
      ...row,
      source_title: row.source_title ?? source?.title,
      source_outlet: row.source_outlet ?? source?.outlet,
      source_date: row.source_date ?? source?.date,
      source_url: row.source_url ?? source?.url,
    };
  });
  return toCsv([...dataColumns, ...SOURCE_COLUMNS], withSources);
}

export interface CiteInfo {
  /** Who made the chart: the host's credit, or the project's neutral name. */
  credit: string;
  /** Title of the view in the citation's language. */
  title: string;
  url: string;
  /** Day the reader looked at it, YYYY-MM-DD. */
  accessed: string;
  /** Outlets the view's data come from, e.g. 重庆日报. */
  outlets: readonly string[];
}

/** "Cite this" text in one language. */
export function citeText(lang: Lang, c: CiteInfo): string {
  const outlets = [...new Set(c.outlets)].filter(Boolean);
  if (lang === 'zh') {
    const [y, m, d] = c.accessed.split('-').map(Number);
    const from = outlets.length ? `数据来源：${outlets.join('、')}等媒体报道。` : '';
    return `${c.credit}：《${c.title}》，${c.url}，访问日期：${y}年${m}月${d}日。${from}`;
  }
  const from = outlets.length ? ` Data from reports by ${outlets.join(', ')}.` : '';
  return `${c.credit}, “${c.title}”, ${c.url} (accessed ${c.accessed}).${from}`;
}

/** Both citations, Chinese first, as the download's text file holds them. */
export function citeFile(zh: CiteInfo, en: CiteInfo): string {
  return `${citeText('zh', zh)}\n\n${citeText('en', en)}\n`;
}

/** A file name safe on every OS: chart name, state, date. */
export function downloadName(parts: readonly (string | null | undefined)[], ext: string): string {
  const stem = parts
    .filter((p): p is string => Boolean(p))
    .join('-')
    .replace(/[^\w\u4e00-\u9fff-]+/g, '_');
  return `${stem}.${ext}`;
}
