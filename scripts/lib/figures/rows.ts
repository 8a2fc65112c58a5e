/**
 * figures.csv rows and review items as the rules hand them to the pipeline: one row per fact,
 * in source order; what the rules hold back goes to review with the row it would have been.
 * Knows nothing about how a number was read.
 */
import type { MachineRow } from '../../../src/lib/schema.ts';
import type { ReviewItem } from '../types.ts';

export type FigureRow = MachineRow<'figures'>;

/**
 * A row held back for a person: keyed like the row itself (quote offsets and the value's offset),
 * so accepting it in data/reviewed.csv names the same row.
 */
export function figureReview(candidate: FigureRow, reason: string): ReviewItem {
  return {
    dataset: 'figures',
    source_id: candidate.source_id,
    start: Number(candidate.start),
    end: Number(candidate.end),
    at: candidate.value_start,
    quote: candidate.quote,
    reason,
    candidate,
  };
}

/** Rows in source order (by the offset of their number). */
export function inSourceOrder(rows: FigureRow[]): FigureRow[] {
  return rows.sort(
    (a, b) =>
      a.source_id.localeCompare(b.source_id) ||
      Number(a.value_start) - Number(b.value_start) ||
      Number(a.start) - Number(b.start),
  );
}
