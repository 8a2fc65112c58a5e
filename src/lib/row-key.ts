/**
 * Row identity that survives rule changes. A person's decision about a row (data/reviewed.csv,
 * data/corrections.csv) and a review item (data/review.csv) name the row by what does not move
 * when a rule finds one row more: its table, its source and the offsets of its quote, plus, where
 * one quote gives several rows, what tells them apart (`at`: the offset of the value for figures,
 * the district for loan coverage …). A decision also records the row's hash: when a rule change
 * alters the row it was made on, the hash no longer matches and the decision lapses ("to check
 * again") instead of silently applying to a different reading.
 * Shared by the pipeline and the app. Knows nothing about files or the DOM.
 */
import { REVIEW_COLUMNS, SCHEMAS, type DatasetName } from './schema';

/** The name a table goes by in decisions and review items: its file name without `.csv`. */
export function tableName(dataset: DatasetName): string {
  return SCHEMAS[dataset].file.replace(/\.csv$/, '');
}

/** The dataset of a table name (`sister_cities` → `sisterCities`), or undefined. */
export function datasetOfTable(table: string): DatasetName | undefined {
  return (Object.keys(SCHEMAS) as DatasetName[]).find((name) => tableName(name) === table);
}

/** The column that tells apart rows sharing one quote; '' where a quote gives one row. */
export const ROW_DISCRIMINATOR: Partial<Record<DatasetName, string>> = {
  figures: 'value_start',
  loans: 'value_start',
  sisterCities: 'value_start',
  loanCoverage: 'district_code',
  sisterCityTotals: 'as_of',
  sessions: 'event_id',
  goals: 'horizon',
};

export interface RowKey {
  table: string;
  source_id: string;
  start: string;
  end: string;
  at: string;
}

type AnyRow = Readonly<Record<string, string | undefined>>;

export function rowKey(dataset: DatasetName, row: AnyRow): RowKey {
  const column = ROW_DISCRIMINATOR[dataset];
  return {
    table: tableName(dataset),
    source_id: row.source_id ?? '',
    start: row.start ?? '',
    end: row.end ?? '',
    at: column ? (row[column] ?? '') : '',
  };
}

/** One string per key, for maps: `figures|000|1868|1975|1961`. */
export function keyString(key: RowKey): string {
  return [key.table, key.source_id, key.start, key.end, key.at].join('|');
}

/**
 * Columns a decision is about: what the rules read. Left out: the review columns themselves,
 * ids derived from the key, and English labels, which come from the reviewed glossary and
 * change without any rule changing.
 */
export function hashedColumns(dataset: DatasetName): string[] {
  const skip = new Set<string>([...REVIEW_COLUMNS, 'figure_id', 'pledge_id', 'goal_id']);
  return (SCHEMAS[dataset].columns as readonly string[]).filter(
    (c) => !skip.has(c) && !c.endsWith('_en'),
  );
}

/**
 * A short, stable hash of a row's machine-read fields (cyrb53, 14 hex digits): the same in Node
 * and the browser, so the desk and `npm run data` agree on whether a decision still holds.
 */
export function rowHash(dataset: DatasetName, row: AnyRow): string {
  const text = hashedColumns(dataset)
    .map((c) => `${c}=${row[c] ?? ''}`)
    .join('\u001f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}
