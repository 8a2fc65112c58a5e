import { describe, expect, it } from 'vitest';
import { makeRow } from './rows';
import { coverageSteps, indicatorRows, loanPeriods } from './loans';

const cover = (district_code: string, since: string, program = '富民贷') =>
  makeRow('loanCoverage', { program, district_code, since, status: 'pilot' });
const loan = (indicator: string, value: string, period = '2024-01/2024-03', program = '富民贷') =>
  makeRow('loans', { program, period, indicator, value, unit: '元' });

describe('coverageSteps', () => {
  it('counts districts covered by each date, each district from its first date', () => {
    const steps = coverageSteps([
      cover('500241', '2021'),
      cover('500229', '2021'),
      cover('500101', '2024'),
      cover('500229', '2024'),
      cover('500000', '2024'),
      cover('500102', '2024', '其他贷款'),
    ]);
    expect(steps.map((s) => [s.since, s.covered.length, s.added])).toEqual([
      ['2021', 2, ['500229', '500241']],
      ['2024', 3, ['500101']],
    ]);
  });
});

describe('loanPeriods', () => {
  it('derives the average per household, rounded to the precision of its inputs', () => {
    const quote = '今年第一季度重庆发放“富民贷”近2.6亿元，已帮助2163户农民发展产业。';
    const at = (text: string) => ({
      value_start: String(100 + quote.indexOf(text)),
      value_end: String(100 + quote.indexOf(text) + text.length),
    });
    const [p] = loanPeriods([
      makeRow('loans', {
        ...loan('amount', '260000000'),
        qualifier: '近',
        quote,
        start: '100',
        ...at('2.6亿元'),
      }),
      makeRow('loans', { ...loan('households', '2163'), quote, start: '100', ...at('2163户') }),
    ]);
    // 2 significant digits (2.6亿): ≈12万, not 120,203.42.
    expect(p!.perHousehold).toBe(120000);
    expect(p!.printed).toEqual({ amount: '近2.6亿元', households: '2163户' });
  });
  it('falls back to the digits of the value when the printed number cannot be found', () => {
    const [p] = loanPeriods([loan('amount', '260000000'), loan('households', '2163')]);
    expect(p!.perHousehold).toBe(120000);
  });
  it('derives nothing when either number is missing or households are zero', () => {
    expect(loanPeriods([loan('amount', '1000')])[0]!.perHousehold).toBeNull();
    expect(
      loanPeriods([loan('amount', '1000'), loan('households', '0')])[0]!.perHousehold,
    ).toBeNull();
  });
  it('keeps periods apart', () => {
    expect(
      loanPeriods([loan('amount', '1', '2023'), loan('households', '1', '2024')]),
    ).toHaveLength(2);
  });
});

describe('indicatorRows', () => {
  it('lists one indicator in period order', () => {
    const rows = [
      loan('max_per_household', '300000', '2024'),
      loan('max_per_household', '200000', '2021'),
    ];
    expect(indicatorRows(rows, 'max_per_household').map((r) => r.period)).toEqual(['2021', '2024']);
  });
});
