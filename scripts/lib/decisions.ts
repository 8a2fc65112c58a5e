/**
 * Applies people's decisions (corrections.ts) to the rows the rules read. A decision holds while
 * the row it names still exists with the hash it was made on: then an accept marks the row
 * reviewed, a fix sets one field (and marks it reviewed), a reject keeps the row out of the
 * published table. Otherwise the decision has lapsed: the row is published as the machine read
 * it, unchecked, and the decision is reported so a person checks it again.
 * Knows nothing about files; row identity is src/lib/row-key.ts.
 */
import {
  datasetOfTable,
  hashedColumns,
  keyString,
  rowHash,
  rowKey,
} from '../../src/lib/row-key.ts';
import type { DatasetName, MachineRow, RowOf } from '../../src/lib/schema.ts';
import type { Decision, ReviewItem } from './types.ts';

export interface Applied<N extends DatasetName> {
  rows: RowOf<N>[];
  /** Decisions on this table whose row is gone or changed. */
  lapsed: Decision[];
  /** Rows kept out by a reject that still holds. */
  rejected: { row: MachineRow<N>; decision: Decision }[];
}

/** Columns a fix may set: what the rules read, except where the row comes from. */
export function fixableColumns(dataset: DatasetName): string[] {
  const fixed = new Set(['quote', 'start', 'end', 'source_id', 'value_start', 'value_end']);
  return hashedColumns(dataset).filter((c) => !fixed.has(c));
}

export function applyDecisions<N extends DatasetName>(
  dataset: N,
  table: string,
  rows: readonly MachineRow<N>[],
  decisions: readonly Decision[],
): Applied<N> {
  const mine = decisions.filter((d) => d.key.table === table);
  const byKey = new Map<string, Decision[]>();
  for (const d of mine) {
    const k = keyString(d.key);
    byKey.set(k, [...(byKey.get(k) ?? []), d]);
  }
  const held = new Set<Decision>();
  const out: RowOf<N>[] = [];
  const rejected: Applied<N>['rejected'] = [];
  for (const machine of rows) {
    const record = machine as unknown as Record<string, string>;
    const found = byKey.get(keyString(rowKey(dataset, record))) ?? [];
    const hash = rowHash(dataset, record);
    const holding = found.filter((d) => d.rowHash === hash);
    for (const d of holding) held.add(d);
    const reject = holding.find((d) => d.action === 'reject');
    if (reject) {
      rejected.push({ row: machine, decision: reject });
      continue;
    }
    const row: Record<string, string> = {
      ...record,
      also_in: record.also_in ?? '',
      reviewed_by: '',
      reviewed_at: '',
    };
    const fixable = fixableColumns(dataset);
    for (const d of holding.filter((x) => x.action === 'fix'))
      if (fixable.includes(d.field)) row[d.field] = d.corrected;
    // The latest decision that holds says who checked the row and when.
    const last = [...holding].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)).at(-1);
    if (last) {
      row.reviewed_by = last.decidedBy;
      row.reviewed_at = last.decidedAt.slice(0, 10);
    }
    out.push(row as RowOf<N>);
  }
  return { rows: out, lapsed: mine.filter((d) => !held.has(d)), rejected };
}

/** A fix naming a column the table cannot have fixed: an error in the decision file. */
export function invalidFixes(decisions: readonly Decision[], tables: Map<string, DatasetName>) {
  return decisions.filter((d) => {
    if (d.action !== 'fix') return false;
    const dataset = tables.get(d.key.table);
    return !dataset || !fixableColumns(dataset).includes(d.field);
  });
}

/**
 * Rows the rules held back for a person (review.csv candidates) that a person has decided on:
 * an accept or a fix made on the candidate as it still reads publishes it (applyDecisions then
 * marks or fixes it like any row), a reject keeps it out; either way it leaves review.csv. A
 * decision on a candidate that reads differently now releases nothing (it lapses).
 */
export function releaseHeld(
  review: readonly ReviewItem[],
  decisions: readonly Decision[],
): { review: ReviewItem[]; released: Map<string, Record<string, string>[]> } {
  const decided = new Map<string, Set<string>>();
  for (const d of decisions) {
    const k = keyString(d.key);
    decided.set(k, (decided.get(k) ?? new Set()).add(d.rowHash));
  }
  const released = new Map<string, Record<string, string>[]>();
  const remaining = review.filter((item) => {
    const dataset = datasetOfTable(item.dataset);
    if (!dataset || !item.candidate) return true;
    const k = keyString(rowKey(dataset, item.candidate));
    if (!decided.get(k)?.has(rowHash(dataset, item.candidate))) return true;
    released.set(item.dataset, [...(released.get(item.dataset) ?? []), item.candidate]);
    return false;
  });
  return { review: remaining, released };
}

/**
 * `rows` with `extra` rows placed by their position in the sources (source, start, end), each
 * before the first row that comes after it: deterministic whatever order the table is kept in.
 */
export function insertByPosition<R extends Record<string, string>>(
  rows: readonly R[],
  extra: readonly R[],
): R[] {
  if (!extra.length) return [...rows];
  const position = (r: R) => [r.source_id ?? '', Number(r.start ?? 0), Number(r.end ?? 0)] as const;
  const after = (a: R, b: R) => {
    const [sa, xa, ya] = position(a);
    const [sb, xb, yb] = position(b);
    return sa.localeCompare(sb) || xa - xb || ya - yb;
  };
  const out = [...rows];
  for (const row of [...extra].sort(after)) {
    const at = out.findIndex((r) => after(r, row) > 0);
    out.splice(at < 0 ? out.length : at, 0, row);
  }
  return out;
}
