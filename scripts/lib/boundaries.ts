/**
 * Rows across a boundary change (src/lib/vintages.ts): a row keeps the code of the unit in force
 * on its own date. Two rules the pipeline applies after the extraction rules:
 * - A named region that is also a unit (两江新区: a state-level new area until 2025-11-05, a
 *   district from 2025-11-06) is that unit only where the unit is in force on the row's date;
 *   before, it stays a region subject.
 * - A row whose district is not surely in force on its date is held for review with its
 *   candidate row: a unit named after it was abolished (江北区 in 2026), or an article dated only
 *   to the month or year of a change (2025-11, 2025) that cannot say which unit it means.
 * Knows nothing about files; the extraction rules know nothing about vintages.
 */
import { rowKey } from '../../src/lib/row-key.ts';
import { MUNICIPALITY_CODE, type DatasetName } from '../../src/lib/schema.ts';
import { allUnits, dateSpan, forceOn, isDistrictId, type UnitRow } from '../../src/lib/vintages.ts';
import type { ReviewItem } from './types.ts';

type Row = Record<string, string>;

/** The date a figure speaks of: its reported period's last part, else the article's date. */
export function figureDate(row: Row, articleDate: string): string {
  if (row.kind !== 'actual' || !row.period) return articleDate;
  return row.period.split('/').pop()!;
}

function describe(unit: UnitRow, date: string, names: Map<string, string>): string {
  const name = `${unit.name_zh} (${unit.code})`;
  const force = forceOn(unit, date);
  const on = (date = '') => (date.length === 10 ? `on ${date}` : `in ${date}`);
  const began = unit.valid_from ? `was set up ${on(unit.valid_from)}` : '';
  const ended = unit.valid_to
    ? `ended ${on(unit.valid_to)}${unit.replaced_by ? ` (its area went to ${names.get(unit.replaced_by) ?? unit.replaced_by})` : ''}`
    : '';
  const beforeStart = !!unit.valid_from && dateSpan(date)[1] < dateSpan(unit.valid_from)[0];
  if (force === 'out')
    return `${name} ${beforeStart ? began : ended}, but the row is dated ${date}: which unit it means needs a person`;
  return `${name} ${[began, ended].filter(Boolean).join(' and ')}; the row is dated only ${date || '(no date)'}, which does not say whether before or after`;
}

/**
 * Rows whose district (column `column`) is surely in force on the row's date stay; the others
 * become review items carrying the row. The municipality, regions and companies are not units.
 */
export function holdOutOfForce<R extends Row>(
  dataset: DatasetName,
  rows: readonly R[],
  column: string,
  dateOf: (row: R) => string,
  units: readonly UnitRow[],
): { rows: R[]; review: ReviewItem[] } {
  const all = allUnits(units);
  const byCode = new Map(all.map((u) => [u.code, u]));
  const names = new Map(all.map((u) => [u.code, u.name_zh]));
  const kept: R[] = [];
  const review: ReviewItem[] = [];
  for (const row of rows) {
    const code = row[column] ?? '';
    const unit = code && code !== MUNICIPALITY_CODE && isDistrictId(code) ? byCode.get(code) : null;
    const date = dateOf(row);
    if (!unit || forceOn(unit, date) === 'in') {
      kept.push(row);
      continue;
    }
    const key = rowKey(dataset, row);
    review.push({
      dataset: key.table,
      source_id: key.source_id,
      start: Number(key.start),
      end: Number(key.end),
      at: key.at || undefined,
      quote: row.quote ?? '',
      reason: describe(unit, date, names),
      candidate: { ...row },
    });
  }
  return { rows: kept, review };
}

/**
 * A figure whose subject is a named region (subject_code = the region's name) that a unit also
 * bears: the unit's code where it may be in force on the figure's date (holdOutOfForce then
 * holds the uncertain ones), the region where the unit did not exist yet.
 */
export function placeRegionSubjects<R extends Row>(
  rows: readonly R[],
  units: readonly UnitRow[],
  dateOf: (row: R) => string,
): R[] {
  const byName = new Map(
    allUnits(units)
      .filter((u) => u.valid_from)
      .map((u) => [u.name_zh, u]),
  );
  return rows.map((row) => {
    const unit = byName.get(row.subject_code ?? '');
    if (!unit || forceOn(unit, dateOf(row)) === 'out') return row;
    return { ...row, subject_code: unit.code, subject_zh: unit.name_zh };
  });
}
