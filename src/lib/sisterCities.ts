/**
 * Sister cities over time: the reported totals (友城 and 友好交流城市) as two series of dated points,
 * and the cities added in a year.
 * Owns: turning the two CSVs into chart series. Knows nothing about scales or the DOM.
 */
import { dayNumber } from './timeline';
import type { RowOf } from './schema';

export type TotalRow = RowOf<'sisterCityTotals'>;
export type CityRow = RowOf<'sisterCities'>;
export type Relation = 'sister' | 'friendly_exchange';

export interface SeriesPoint {
  /** Day number (see timeline.ts) of the date the total was reported. */
  day: number;
  asOf: string;
  value: number;
  row: TotalRow;
}

const COLUMN: Record<Relation, 'sister_cities' | 'friendly_exchange_cities'> = {
  sister: 'sister_cities',
  friendly_exchange: 'friendly_exchange_cities',
};

/** One relation's reported totals in date order; rows without that total are left out. */
export function totalsSeries(rows: readonly TotalRow[], relation: Relation): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const row of rows) {
    const text = row[COLUMN[relation]].trim();
    const day = dayNumber(row.as_of);
    if (text === '' || day === null || !/^\d+$/.test(text)) continue;
    points.push({ day, asOf: row.as_of, value: Number(text), row });
  }
  return points.sort((a, b) => a.day - b.day);
}

/**
 * Cities whose agreement is dated in `year`, sister cities first, then by date and name; a city
 * several sources report is listed once (its first row, in source order).
 */
export function citiesAddedIn(rows: readonly CityRow[], year: string): CityRow[] {
  const rank = (r: CityRow) => (r.relation === 'sister' ? 0 : 1);
  const seen = new Set<string>();
  return rows
    .filter((r) => r.date.startsWith(year))
    .filter((r) => {
      const city = `${r.city_zh}\u0000${r.relation}`;
      if (seen.has(city)) return false;
      seen.add(city);
      return true;
    })
    .sort(
      (a, b) =>
        rank(a) - rank(b) || a.date.localeCompare(b.date) || a.city_zh.localeCompare(b.city_zh),
    );
}
