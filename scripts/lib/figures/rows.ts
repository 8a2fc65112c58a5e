/**
 * figures.csv rows and review items as the rules hand them to the pipeline: one row per fact,
 * in source order; what the rules hold back goes to review with the row it would have been.
 * Knows nothing about how a number was read.
 */
import type { MachineRow } from '../../../src/lib/schema.ts';
import type { ExtractContext, ReviewItem } from '../types.ts';

export type FigureRow = MachineRow<'figures'>;

/** A review item for the text [start, end) of the article, with the row held back if any. */
export function figureReview(
  ctx: ExtractContext,
  start: number,
  end: number,
  reason: string,
  candidate?: FigureRow,
): ReviewItem {
  return {
    dataset: 'figures',
    source_id: ctx.source.id,
    start,
    end,
    ...(candidate ? { at: candidate.value_start, candidate } : {}),
    quote: ctx.source.text.slice(start, end),
    reason,
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
