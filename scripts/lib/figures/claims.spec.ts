import { describe, expect, it } from 'vitest';
import { heldElsewhere, withoutHeldElsewhere } from './claims.ts';
import type { FigureRow } from './rows.ts';

const figure = (value_start: string, value: string, source_id = '000') =>
  ({ value_start, value, source_id }) as FigureRow;

const loans = [{ source_id: '000', value_start: '100', value_end: '105' }] as never[];
const sisterCityTotals = [
  {
    source_id: '000',
    start: '200',
    end: '260',
    sister_cities: '56',
    friendly_exchange_cities: '129',
  },
] as never[];

describe('one fact, one table', () => {
  it('finds a figure whose number loans.csv or the sister-city totals hold', () => {
    const other = { loans, sisterCityTotals };
    expect(heldElsewhere(figure('100', '260000000'), other)).toBe(true);
    expect(heldElsewhere(figure('230', '56'), other)).toBe(true);
    // Same sentence as the total, another number; another source; outside the loan's number.
    expect(heldElsewhere(figure('240', '48'), other)).toBe(false);
    expect(heldElsewhere(figure('100', '260000000', '001'), other)).toBe(false);
    expect(heldElsewhere(figure('105', '7'), other)).toBe(false);
  });

  it('drops such figures from the rows and from the review items alike', () => {
    const rows = [figure('100', '1'), figure('300', '2')];
    const review = [
      {
        dataset: 'figures',
        source_id: '000',
        start: 0,
        end: 1,
        quote: '',
        reason: '',
        candidate: figure('230', '56'),
      },
      { dataset: 'pledges', source_id: '000', start: 0, end: 1, quote: '', reason: '' },
    ];
    const out = withoutHeldElsewhere(rows, review, { loans, sisterCityTotals });
    expect(out.rows.map((r) => r.value)).toEqual(['2']);
    expect(out.review.map((r) => r.dataset)).toEqual(['pledges']);
  });
});
