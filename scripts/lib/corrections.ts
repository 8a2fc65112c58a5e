/**
 * What people decided, read from the two hand-edited files the pipeline trusts:
 *
 * data/corrections.csv — `action,dataset,source_id,start,end,at,field,original,corrected,reason,
 * evidence,decided_by,decided_at,row_hash`, one action per row:
 * - `misprint`: the article prints a name wrong (斯亚贝巴 for 亚的斯亚贝巴, 李文天平 for 文天平).
 *   The rule reading `dataset` uses `corrected` wherever `original` occurs in the source (inside
 *   [start, end) when given); the quote stays as printed. `evidence` says where the right form was
 *   found (a URL, or `source:<id>` for another article).
 * - `fix`: one field of one row (named by its key, src/lib/row-key.ts) was machine-read wrong;
 *   `original` is the machine's value, `corrected` the right one. Lapses when `row_hash` no
 *   longer matches the row (a rule change altered it).
 * - `reject`: the row should not be published (with the reason). Lapses like a fix.
 *
 * data/reviewed.csv — `dataset,source_id,start,end,at,row_hash,decided_by,decided_at,note`: a
 * person checked the row and it is right as read.
 *
 * A broken row stops the run naming file and line. Owns: reading and looking up corrections;
 * applying decisions to rows is decisions.ts.
 */
import { datasetOfTable } from '../../src/lib/row-key.ts';
import { CsvError, parseCsv } from './csv.ts';
import type { Correction, Decision } from './types.ts';

export const CORRECTION_COLUMNS = [
  'action',
  'dataset',
  'source_id',
  'start',
  'end',
  'at',
  'field',
  'original',
  'corrected',
  'reason',
  'evidence',
  'decided_by',
  'decided_at',
  'row_hash',
] as const;

export const REVIEWED_COLUMNS = [
  'dataset',
  'source_id',
  'start',
  'end',
  'at',
  'row_hash',
  'decided_by',
  'decided_at',
  'note',
] as const;

const ACTIONS = ['misprint', 'fix', 'reject'] as const;
const OFFSET = /^\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

export interface Decisions {
  misprints: Correction[];
  decisions: Decision[];
}

function required(
  row: Record<string, string>,
  columns: readonly string[],
  file: string,
  line: number,
  what: string,
): void {
  for (const column of columns)
    if (!(row[column] ?? '').trim())
      throw new CsvError(file, line, `empty ${column}: ${what} needs ${columns.join(', ')}`);
}

function checkKey(row: Record<string, string>, file: string, line: number): void {
  if (!datasetOfTable(row.dataset!.trim()))
    throw new CsvError(file, line, `unknown dataset "${row.dataset}"`);
  for (const column of ['start', 'end'])
    if (!OFFSET.test((row[column] ?? '').trim()))
      throw new CsvError(file, line, `${column} "${row[column]}" is not an offset`);
  if (Number(row.end) <= Number(row.start))
    throw new CsvError(file, line, `end ${row.end} is not after start ${row.start}`);
  const at = (row.decided_at ?? '').trim();
  if (!DAY.test(at)) throw new CsvError(file, line, `decided_at "${at}" is not an ISO date`);
}

/** Parses corrections.csv; a broken quote, a missing column or an empty field names file and line. */
export function readCorrections(text: string, file: string): Decisions {
  const rows = parseCsv(text, file, CORRECTION_COLUMNS);
  const out: Decisions = { misprints: [], decisions: [] };
  rows.forEach((row, index) => {
    const line = index + 2;
    const action = (row.action ?? '').trim();
    if (!(ACTIONS as readonly string[]).includes(action))
      throw new CsvError(file, line, `action "${action}" is not one of ${ACTIONS.join(', ')}`);
    if (action === 'misprint') {
      required(
        row,
        ['dataset', 'source_id', 'original', 'corrected', 'reason', 'evidence'],
        file,
        line,
        'a misprint',
      );
      if (!datasetOfTable(row.dataset!.trim()))
        throw new CsvError(file, line, `unknown dataset "${row.dataset}"`);
      if (row.original === row.corrected)
        throw new CsvError(file, line, `corrected equals original ("${row.original}")`);
      const start = (row.start ?? '').trim();
      const end = (row.end ?? '').trim();
      if ((start && !OFFSET.test(start)) || (end && !OFFSET.test(end)))
        throw new CsvError(file, line, 'start and end are offsets, or both empty');
      out.misprints.push({
        dataset: row.dataset!.trim(),
        source_id: row.source_id!.trim(),
        original: row.original!,
        corrected: row.corrected!,
        reason: row.reason!.trim(),
        evidence: row.evidence!.trim(),
        start: start ? Number(start) : null,
        end: end ? Number(end) : null,
      });
      return;
    }
    const needs = ['dataset', 'source_id', 'start', 'end', 'reason', 'decided_by', 'decided_at'];
    if (action === 'fix') needs.push('field', 'corrected');
    required(row, [...needs, 'row_hash'], file, line, `a ${action}`);
    checkKey(row, file, line);
    out.decisions.push(decision(row, action as 'fix' | 'reject', file, line));
  });
  return out;
}

/** Parses reviewed.csv: rows a person checked and found right as read. */
export function readReviewed(text: string, file: string): Decision[] {
  const rows = parseCsv(text, file, REVIEWED_COLUMNS);
  return rows.map((row, index) => {
    const line = index + 2;
    required(
      row,
      ['dataset', 'source_id', 'start', 'end', 'row_hash', 'decided_by', 'decided_at'],
      file,
      line,
      'a review',
    );
    checkKey(row, file, line);
    return decision({ ...row, reason: row.note ?? '' }, 'accept', file, line);
  });
}

function decision(
  row: Record<string, string>,
  action: Decision['action'],
  file: string,
  line: number,
): Decision {
  return {
    action,
    key: {
      table: row.dataset!.trim(),
      source_id: row.source_id!.trim(),
      start: row.start!.trim(),
      end: row.end!.trim(),
      at: (row.at ?? '').trim(),
    },
    field: (row.field ?? '').trim(),
    original: row.original ?? '',
    corrected: row.corrected ?? '',
    reason: (row.reason ?? '').trim(),
    decidedBy: row.decided_by!.trim(),
    decidedAt: row.decided_at!.trim(),
    rowHash: row.row_hash!.trim(),
    file,
    line,
  };
}

/** The misprint correction for `original` as printed in a source (at `offset`), or null. */
export function findCorrection(
  corrections: readonly Correction[],
  dataset: string,
  sourceId: string,
  original: string,
  offset?: number,
): Correction | null {
  return (
    corrections.find(
      (c) =>
        c.dataset === dataset &&
        c.source_id === sourceId &&
        c.original === original &&
        (offset === undefined ||
          c.start === null ||
          c.end === null ||
          (offset >= c.start && offset < c.end)),
    ) ?? null
  );
}

/**
 * Misprint corrections whose original text no longer occurs in its source: a stale fix, reported
 * so it is removed rather than silently ignored.
 */
export function unusedCorrections(
  corrections: readonly Correction[],
  texts: ReadonlyMap<string, string>,
): Correction[] {
  return corrections.filter((c) => {
    const text = texts.get(c.source_id);
    if (text === undefined) return false;
    const scope = c.start !== null && c.end !== null ? text.slice(c.start, c.end) : text;
    return !scope.includes(c.original);
  });
}
