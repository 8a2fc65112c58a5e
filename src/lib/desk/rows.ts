/**
 * The rows of one article as the data desk lists them, from a build (protocol.ts): every row the
 * pipeline read from it, with what people decided and whether that still holds. Held-back rows
 * (review.csv's candidates) come first, then rows whose decision lapsed ("to check again"), then
 * rows only the machine has read, then reviewed and rejected ones; in text order within each.
 * Owns: that list and its order. Knows nothing about the DOM or files.
 */
import { datasetOfTable, keyString, rowHash, rowKey, type RowKey } from '../row-key';
import type { DatasetName } from '../schema';
import type { DecisionInfo, DeskBuild } from './protocol';
import { rowSpan, spanKind, type Span, type SpanKind } from './spans';

export const ROW_STATUSES = ['held', 'lapsed', 'machine', 'reviewed', 'rejected'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

type Row = Record<string, string>;

export interface DeskRow {
  /** keyString of its key: unique among an article's rows. */
  id: string;
  dataset: DatasetName;
  key: RowKey;
  /** The row as the published table holds it (a held row: as the rules would publish it). */
  shown: Row;
  /** The row as the rules read it: a new decision's hash and a fix's `original` come from it. */
  machine: Row;
  hash: string;
  status: RowStatus;
  /** Why it was held back, why it was rejected, or what the lapsed decision said. */
  note: string;
  decidedBy: string;
  decidedAt: string;
  kind: SpanKind;
  span: { start: number; end: number };
}

function decisionNote(d: DecisionInfo): string {
  if (d.action === 'fix') return `${d.field}: ${d.original} → ${d.corrected}`;
  return d.reason;
}

/** Every row of `sourceId` in the build, in the desk's order. */
export function deskRows(build: DeskBuild, sourceId: string): DeskRow[] {
  const out: DeskRow[] = [];
  const add = (
    dataset: DatasetName,
    shown: Row,
    machine: Row,
    status: RowStatus,
    extra: Partial<DeskRow> = {},
  ) => {
    const kind = spanKind(dataset, machine);
    const span = rowSpan(machine);
    if (!kind || !span) return;
    const key = rowKey(dataset, machine);
    out.push({
      id: keyString(key),
      dataset,
      key,
      shown,
      machine,
      hash: rowHash(dataset, machine),
      status,
      note: '',
      decidedBy: shown.reviewed_by ?? '',
      decidedAt: shown.reviewed_at ?? '',
      kind,
      span,
      ...extra,
    });
  };
  for (const [name, table] of Object.entries(build.tables) as [
    DatasetName,
    NonNullable<DeskBuild['tables'][DatasetName]>,
  ][]) {
    const lapsed = new Map(table.lapsed.map((d) => [keyString(d.key), d]));
    const published = new Map(table.rows.map((r) => [keyString(rowKey(name, r)), r]));
    for (const machine of table.machine) {
      if (machine.source_id !== sourceId) continue;
      const id = keyString(rowKey(name, machine));
      const shown = published.get(id);
      const old = lapsed.get(id);
      if (!shown) continue; // rejected: listed below with its decision
      if (old)
        add(name, shown, machine, 'lapsed', {
          note: decisionNote(old),
          decidedBy: old.decidedBy,
          decidedAt: old.decidedAt,
        });
      else add(name, shown, machine, shown.reviewed_by ? 'reviewed' : 'machine');
    }
    for (const { row, decision } of table.rejected)
      if (row.source_id === sourceId)
        add(name, row, row, 'rejected', {
          note: decision.reason,
          decidedBy: decision.decidedBy,
          decidedAt: decision.decidedAt,
        });
  }
  for (const item of build.review) {
    const dataset = datasetOfTable(item.dataset);
    if (item.source_id !== sourceId || !dataset || !item.candidate) continue;
    add(dataset, item.candidate, item.candidate, 'held', { note: item.reason });
  }
  const rank = (s: RowStatus) => ROW_STATUSES.indexOf(s);
  return out.sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      a.id.localeCompare(b.id),
  );
}

/** The highlights of an article's rows (rejected rows are not drawn). */
export function rowSpans(rows: readonly DeskRow[]): Span[] {
  return rows
    .filter((r) => r.status !== 'rejected')
    .map((r) => ({ ...r.span, kind: r.kind, id: r.id, held: r.status === 'held' }));
}

/** Counts per status, for the list's summary line. */
export function statusCounts(rows: readonly DeskRow[]): Record<RowStatus, number> {
  const counts = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}
