/**
 * Loads the CSV files of data/ in the browser with papaparse and checks them against the schema.
 * A missing or malformed file gives a DataError naming the file and row; the other files still load.
 * Owns: fetching, parsing, header checks. Knows nothing about views.
 */
import Papa from 'papaparse';
import { SCHEMAS, type DatasetName, type RowOf } from './schema';
import { compareIds } from './order';

export class DataError extends Error {
  constructor(
    readonly file: string,
    /** 1-based line in the file (1 is the header); 0 when the file could not be read at all. */
    readonly line: number,
    readonly detail: string,
  ) {
    super(line > 0 ? `${file}, line ${line}: ${detail}` : `${file}: ${detail}`);
    this.name = 'DataError';
  }
}

export type Datasets = { [N in DatasetName]?: RowOf<N>[] };

export interface LoadResult {
  data: Datasets;
  errors: DataError[];
}

/** Parses one dataset's CSV text. Throws DataError on a wrong header or a malformed row. */
export function parseDataset<N extends DatasetName>(name: N, text: string): RowOf<N>[] {
  const { file, columns } = SCHEMAS[name];
  // Papa strips a leading BOM itself; dynamicTyping stays off so codes like 500101 stay strings.
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  });
  const header = result.meta.fields ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length)
    throw new DataError(`data/${file}`, 1, `missing column(s) ${missing.join(', ')}`);
  const error = firstCsvError(text, result.errors);
  if (error) throw new DataError(`data/${file}`, error.line, error.message);
  return result.data as RowOf<N>[];
}

/**
 * The earliest of papaparse's errors, with a 1-based line number in the file. A quote error
 * carries a character index (exact); a row-width error only a data-row index, which is off when
 * quoted fields span lines, so the character index is preferred.
 */
export function firstCsvError(
  text: string,
  errors: readonly Papa.ParseError[],
): { line: number; message: string } | undefined {
  const located = errors.map((e) => ({
    line: typeof e.index === 'number' ? lineAtIndex(text, e.index) : (e.row ?? 0) + 2,
    message: e.message,
  }));
  located.sort((a, b) => a.line - b.line);
  return located[0];
}

function lineAtIndex(text: string, index: number): number {
  let line = 1;
  const bomless = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < index + bomless && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

export async function loadDataset<N extends DatasetName>(
  name: N,
  baseUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<RowOf<N>[]> {
  const { file } = SCHEMAS[name];
  let response: Response;
  try {
    response = await fetcher(new URL(`data/${file}`, baseUrl));
  } catch (error) {
    throw new DataError(`data/${file}`, 0, `could not be fetched (${String(error)})`);
  }
  if (!response.ok) throw new DataError(`data/${file}`, 0, `HTTP ${response.status}`);
  return parseDataset(name, await response.text());
}

/** Loads every dataset in parallel; each failure is reported, none stops the others. */
export async function loadAll(
  baseUrl: string,
  names: readonly DatasetName[] = Object.keys(SCHEMAS) as DatasetName[],
  fetcher: typeof fetch = fetch,
): Promise<LoadResult> {
  const data: Datasets = {};
  const errors: DataError[] = [];
  await Promise.all(
    names.map(async (name) => {
      try {
        // The cast is safe: each name is paired with its own rows.
        (data as Record<string, unknown>)[name] = await loadDataset(name, baseUrl, fetcher);
      } catch (error) {
        errors.push(
          error instanceof DataError ? error : new DataError(SCHEMAS[name].file, 0, String(error)),
        );
      }
    }),
  );
  errors.sort((a, b) => compareIds(a.file, b.file));
  return { data, errors };
}
