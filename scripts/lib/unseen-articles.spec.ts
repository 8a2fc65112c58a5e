/**
 * The whole pipeline (buildData) on articles of the kinds the seeds lack: an interview in Q&A
 * form, a press-conference series with a 区委书记 and a 区长, traditional characters with pinyin
 * and an English half, sister-city totals phrased many ways, loan totals beside distractors, and
 * an archive date known only to the month. Fixtures are our own sentences with invented values
 * (tests/fixtures/articles/stm-*.txt).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceOf } from './article-fixture';
import { buildData } from './build';
import { parseCsv } from './csv';
import { readReference } from './reference';

const reference = readReference('data');

function build(name: string, date: string) {
  const text = readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
  const result = buildData([sourceOf(text, date, name)], reference);
  const table = (file: string) => parseCsv(result.files.get(file)!, file);
  for (const file of ['pledges.csv', 'sister_cities.csv', 'sister_city_totals.csv', 'loans.csv'])
    for (const row of table(file).filter((r) => r.source_id === name))
      expect(text.slice(Number(row.start), Number(row.end)), file).toBe(row.quote);
  return { text, table, review: table('review.csv') };
}

describe('an interview in Q&A form', () => {
  const { table } = build('stm-interview-qa', '2024-05-28');
  it('gives each answer to the interviewee, with the district the headline names', () => {
    const rows = table('pledges.csv');
    expect(rows.map((r) => [r.speaker, r.district_code, r.role, r.cue])).toEqual([
      ['罗文川', '500110', '綦江区委书记', '：'],
      ['罗文川', '500110', '綦江区委书记', '：'],
    ]);
    // An answer runs over its paragraphs, up to the next question.
    expect(rows[1]!.quote).toMatch(
      /^罗文川：今年重点抓项目落地.*\n\n同时，我们将持续优化营商环境.*。$/s,
    );
    expect(rows.some((r) => (r.quote ?? '').includes('记者：'))).toBe(false);
  });
});

describe('a press-conference series with a 区委书记 and a 区长', () => {
  const { table } = build('stm-press-series', '2024-12-21');
  const rows = table('pledges.csv');
  it('reads both speakers with their own roles; the 区长 is not the secretary', () => {
    expect(rows.map((r) => [r.speaker, r.district_code, r.role])).toEqual([
      ['程立新', '500151', '铜梁区委书记'],
      ['韩雨桐', '500151', '区委副书记、区长、区政府党组书记'],
    ]);
    expect(rows[1]!.org_zh).toBe('铜梁区委');
    expect(rows[1]!.role).not.toMatch(/^(?:\S*区委书记)$/);
  });
  it('dates them at the press conference and keeps the reporter’s paragraphs out', () => {
    expect(rows.map((r) => [r.said_at_event_id, r.date])).toEqual([
      ['press-2024-12-20', '2024-12-20'],
      ['press-2024-12-20', '2024-12-20'],
    ]);
    expect(rows.map((r) => r.quote).join('')).not.toMatch(/发布会上|记者了解到/);
  });
});

describe('traditional characters with pinyin, ASCII punctuation and an English half', () => {
  const { table, text } = build('stm-traditional-pinyin', '2024-07-05');
  it('reads the 区长 through 區長(zhǎng) and quotes the print', () => {
    const rows = table('pledges.csv');
    expect(rows.map((r) => [r.speaker, r.district_code, r.role])).toEqual([
      ['周海涛', '500102', '涪陵区委副书记、区长'],
    ]);
    expect(rows[0]!.quote!.startsWith('涪陵區委副書記、區長(zhǎng)周海濤表示')).toBe(true);
    expect(text).toContain(rows[0]!.quote!);
  });
  it('reads 62對(duì)和133對(duì) as the two totals; the English half adds nothing', () => {
    const totals = table('sister_city_totals.csv').filter((r) => r.source_id !== 'reference');
    expect(totals.map((r) => [r.as_of, r.sister_cities, r.friendly_exchange_cities])).toEqual([
      ['2024-06', '62', '133'],
    ]);
    expect(table('pledges.csv')).toHaveLength(1);
    expect(table('figures.csv').some((r) => ['9', '70'].includes(r.value ?? ''))).toBe(false);
  });
});

describe('sister cities phrased many ways, with an English half that disagrees', () => {
  const { table } = build('stm-bilingual-sister', '2025-06-19');
  it('reads the pairings from the Chinese only; a pairing named without a date has none', () => {
    const rows = table('sister_cities.csv');
    expect(rows.map((r) => [r.city_zh, r.relation, r.date])).toEqual([
      ['里斯本', 'sister', '2025-06-18'],
      ['米兰', 'sister', ''],
    ]);
  });
  it('reads the totals, never the guests or the countries', () => {
    const totals = table('sister_city_totals.csv').filter((r) => r.source_id !== 'reference');
    expect(totals.map((r) => [r.sister_cities, r.friendly_exchange_cities])).toEqual([
      ['61', ''],
      ['38', ''],
    ]);
  });
});

describe('loan totals beside one farmer’s loan, the ceiling and a deer count', () => {
  const { table } = build('stm-loans', '2025-07-10');
  it('only the programme’s cumulative lending is an amount', () => {
    const rows = table('loans.csv');
    expect(rows.map((r) => [r.program, r.indicator, r.value, r.period])).toEqual([
      ['富民贷', 'amount', '360000000', '2025-06'],
      ['富民贷', 'households', '4120', '2025-06'],
      ['富民贷', 'max_per_household', '300000', '2025-07-10'],
    ]);
  });
});

describe('an archive date known only to the month', () => {
  const { table, review } = build('stm-month-date', '2017-07');
  it('keeps the statement, dated to the month; the event of 昨天 goes to review', () => {
    expect(table('sources.csv')[0]).toMatchObject({ date: '2017-07', date_precision: 'month' });
    const rows = table('pledges.csv');
    expect(rows.map((r) => [r.speaker, r.district_code, r.date])).toEqual([
      ['孙明德', '500153', '2017-07'],
    ]);
    const undated = review.filter((r) => r.dataset === 'sessions');
    expect(undated).toHaveLength(1);
    expect(undated[0]!.reason).toMatch(/昨天/);
    expect(JSON.parse(undated[0]!.candidate!)).toMatchObject({
      kind: 'conference',
      date_start: '',
    });
    expect(table('sessions.csv').some((r) => r.source_id === 'stm-month-date')).toBe(false);
  });
});
