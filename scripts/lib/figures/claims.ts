/**
 * One fact, one table: a number that a more specific table already holds (a loan programme's
 * amount, households or ceiling in loans.csv; a sister-city total in sister_city_totals.csv) is
 * not repeated in figures.csv, where it would carry a vaguer label and, for a ceiling, a wrong
 * date. Knows nothing about how those tables were read.
 */
import type { MachineRow } from '../../../src/lib/schema.ts';
import type { ReviewItem } from '../types.ts';
import type { FigureRow } from './rows.ts';

export interface OtherTables {
  loans: readonly MachineRow<'loans'>[];
  sisterCityTotals: readonly MachineRow<'sisterCityTotals'>[];
}

/** Whether a figure (or a review candidate) states a fact another table holds. */
export function heldElsewhere(figure: Record<string, string>, other: OtherTables): boolean {
  const at = Number(figure.value_start);
  const source = figure.source_id;
  const inLoans = other.loans.some(
    (l) => l.source_id === source && Number(l.value_start) <= at && at < Number(l.value_end),
  );
  const inTotals = other.sisterCityTotals.some(
    (t) =>
      t.source_id === source &&
      Number(t.start) <= at &&
      at < Number(t.end) &&
      [t.sister_cities, t.friendly_exchange_cities].includes(figure.value ?? ''),
  );
  return inLoans || inTotals;
}

/** Figures and figure review items without the facts other tables hold. */
export function withoutHeldElsewhere(
  rows: readonly FigureRow[],
  review: readonly ReviewItem[],
  other: OtherTables,
): { rows: FigureRow[]; review: ReviewItem[] } {
  return {
    rows: rows.filter((r) => !heldElsewhere(r, other)),
    review: review.filter(
      (r) => r.dataset !== 'figures' || !r.candidate || !heldElsewhere(r.candidate, other),
    ),
  };
}
