import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from './fake-context.ts';
import { extractLoanCoverage, extractLoans } from './loans.ts';
import { readSources } from './sources.ts';

const DISTRICTS = readDistricts();
const SEED = readSources('seeds').find((s) => s.id === '000')!;

function loans(text: string) {
  return extractLoans(fakeContext(fakeSource(text, '2024-05-25'), DISTRICTS)).rows;
}

describe('extractLoans on seed 000 (富民贷)', () => {
  const rows = extractLoans(fakeContext(SEED, DISTRICTS)).rows;
  const pick = rows.map((r) => [r.program, r.indicator, r.value, r.unit, r.qualifier, r.period]);

  it('reads the first-quarter amount with its qualifier, and the households reached', () => {
    expect(pick).toContainEqual(['富民贷', 'amount', '260000000', '元', '近', '2024-01/2024-03']);
    expect(pick).toContainEqual(['富民贷', 'households', '2163', '户', '', '2024-01/2024-03']);
  });

  it('reads the per-household ceiling at launch (2021) and after this year’s raise', () => {
    expect(pick).toContainEqual(['富民贷', 'max_per_household', '200000', '元', '', '2021']);
    expect(pick).toContainEqual(['富民贷', 'max_per_household', '300000', '元', '', '2024']);
    expect(pick).toContainEqual([
      '脱贫人口小额信贷',
      'max_per_household',
      '50000',
      '元',
      '',
      '2024-05-25',
    ]);
  });

  it('reads the districts in the scheme: 4 in 2021, 38 in 2024', () => {
    expect(pick).toContainEqual(['富民贷', 'districts', '4', '个', '', '2021']);
    expect(pick).toContainEqual(['富民贷', 'districts', '38', '个', '', '2024']);
  });

  it('does not count one farmer’s loan in a story as a programme figure', () => {
    expect(rows.some((r) => r.quote.includes('林先继贷到'))).toBe(false);
  });

  it('keeps the body sentence rather than the headline for a repeated fact', () => {
    const amount = rows.find((r) => r.indicator === 'amount')!;
    expect(amount.quote.startsWith('#')).toBe(false);
    expect(SEED.text.slice(Number(amount.start), Number(amount.end))).toBe(amount.quote);
  });
});

describe('extractLoans on variants', () => {
  it('reads traditional characters and ASCII punctuation', () => {
    const rows = loans('今年第一季度,重慶發放“富民貸”近2.6億元,已幫助2163戶農民發展產業.');
    expect(rows.map((r) => [r.program, r.indicator, r.value, r.qualifier])).toEqual([
      ['富民贷', 'amount', '260000000', '近'],
      ['富民贷', 'households', '2163', ''],
    ]);
  });

  it('reads 21亿余元 lent by another programme', () => {
    const rows = loans('去年，全市累计发放“乡村振兴贷”21亿余元，惠及3.03万户。');
    expect(rows.map((r) => [r.program, r.indicator, r.value, r.qualifier, r.period])).toEqual([
      ['乡村振兴贷', 'amount', '2100000000', '余', '2023'],
      ['乡村振兴贷', 'households', '30300', '', '2023'],
    ]);
  });

  it('ignores amounts with no programme named', () => {
    expect(loans('今年全市发放贷款12万元。')).toEqual([]);
  });
});

describe('extractLoanCoverage', () => {
  const rows = extractLoanCoverage(fakeContext(SEED, DISTRICTS), DISTRICTS).rows;
  const byCode = new Map(rows.map((r) => [r.district_code, r]));

  it('dates the first loan in 秀山 to 2021', () => {
    expect(byCode.get('500241')).toMatchObject({ since: '2021', status: 'first_loan' });
  });

  it('dates the 2021 pilot in 城口, 巫溪, 酉阳 and 彭水 (同年 = the year before)', () => {
    for (const code of ['500229', '500238', '500242', '500243'])
      expect(byCode.get(code)).toMatchObject({ since: '2021', status: 'pilot' });
  });

  it('covers all 38 districts and counties by 2024, each once', () => {
    expect(rows).toHaveLength(38);
    expect(new Set(rows.map((r) => r.district_code)).size).toBe(38);
    expect(byCode.get('500102')).toMatchObject({ since: '2024', status: 'pilot' });
    for (const r of rows) expect(SEED.text.slice(Number(r.start), Number(r.end))).toBe(r.quote);
  });

  it('matches a short district name and a count that is not all districts', () => {
    const text = '2022年，“富民贷”试点扩大到石柱、涪陵等10个区县。';
    const found = extractLoanCoverage(fakeContext(fakeSource(text), DISTRICTS), DISTRICTS).rows;
    expect(found.map((r) => [r.district_code, r.since, r.status])).toEqual([
      ['500102', '2022', 'pilot'],
      ['500240', '2022', 'pilot'],
    ]);
  });
});

describe('cumulative totals beside distractors (invented values)', () => {
  const loans = (text: string) =>
    extractLoans(fakeContext(fakeSource(text, '2025-07-10'))).rows.map((r) => [
      r.program,
      r.indicator,
      r.value,
    ]);

  it('reads the programme’s cumulative lending and households, not one borrower’s loan', () => {
    const text = [
      '截至今年6月底，全县累计发放“富民贷”3.6亿元，惠及农户4120户。',
      '养殖户周某通过“富民贷”贷到15万元，如今存栏梅花鹿280头。',
      '银行向养鹿大户陈某发放“富民贷”25万元。',
      '“富民贷”单户最高可贷30万元。',
    ].join('\n\n');
    expect(loans(text)).toEqual([
      ['富民贷', 'amount', '360000000'],
      ['富民贷', 'households', '4120'],
      ['富民贷', 'max_per_household', '300000'],
    ]);
  });

  it('a count of borrowers keeps the lending a programme total', () => {
    expect(loans('今年，该县向4120户农户发放“富民贷”3.6亿元。')).toContainEqual([
      '富民贷',
      'amount',
      '360000000',
    ]);
  });

  it('names in any quote marks, and bare where the article quotes them elsewhere', () => {
    expect(loans('今年以来，该县已发放"助农贷"1.2亿元。')).toEqual([
      ['助农贷', 'amount', '120000000'],
    ]);
    expect(loans('“富民贷”深受欢迎。\n\n该县富民贷累计投放8000万元。')).toEqual([
      ['富民贷', 'amount', '80000000'],
    ]);
  });
});
