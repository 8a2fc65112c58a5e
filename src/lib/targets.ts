/**
 * The numeric targets (figures of kind "target") grouped by the year they are set for, each with
 * who set it (the municipality or a district), the indicator, and the value as printed.
 * Owns: grouping and ordering targets. Knows nothing about the DOM.
 */
import { MUNICIPALITY_CODE, type RowOf } from './schema';
import { isDistrictId } from './vintages';
import { compareIds } from './order';

export type FigureRow = RowOf<'figures'>;

export interface TargetGroup {
  /** "2027", or "" when the article gives no year. */
  year: string;
  targets: FigureRow[];
}

/** The target year of a period: "2027" → "2027", "2023-2027" → "2027", "" → "". */
export function targetYear(period: string): string {
  const years = period.match(/\d{4}/g);
  return years ? years[years.length - 1]! : '';
}

/** A figure of the municipality or a wider region, not of one district (两江新区 is one: x-liangjiang). */
export function isMunicipal(row: Pick<FigureRow, 'subject_code'>): boolean {
  return !isDistrictId(row.subject_code) || row.subject_code === MUNICIPALITY_CODE;
}

/** Whether a target belongs to the selected district (or, for the municipality's code, to a municipal body). */
export function targetOf(row: Pick<FigureRow, 'subject_code'>, selected: string): boolean {
  return selected === MUNICIPALITY_CODE ? isMunicipal(row) : row.subject_code === selected;
}

/** Targets by year (earliest first, undated last); municipal before districts, then by indicator. */
export function groupTargets(figures: readonly FigureRow[]): TargetGroup[] {
  const groups = new Map<string, FigureRow[]>();
  for (const f of figures) {
    if (f.kind !== 'target') continue;
    const year = targetYear(f.period);
    groups.set(year, [...(groups.get(year) ?? []), f]);
  }
  const order = (y: string) => (y === '' ? Infinity : Number(y));
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([year, targets]) => ({
      year,
      targets: targets.sort(
        (a, b) =>
          Number(isMunicipal(b)) - Number(isMunicipal(a)) ||
          compareIds(a.subject_code, b.subject_code) ||
          compareIds(a.figure_id, b.figure_id),
      ),
    }));
}
