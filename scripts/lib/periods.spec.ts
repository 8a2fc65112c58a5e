import { describe, expect, it } from 'vitest';
import { dayMentions, periodMentions } from './periods.ts';

const periods = (text: string, date: string) =>
  periodMentions(text, date).map((m) => [text.slice(m.start, m.end), m.period, m.forward]);

describe('periodMentions', () => {
  it('resolves relative expressions against the article date', () => {
    expect(periods('今年1-11月', '2022-12-24')).toEqual([['今年1-11月', '2022-01/2022-11', false]]);
    expect(periods('今年第一季度', '2024-05-25')).toEqual([
      ['今年第一季度', '2024-01/2024-03', false],
    ]);
    expect(periods('去年', '2024-05-25')).toEqual([['去年', '2023', false]]);
    expect(periods('过去一年', '2024-01-20')).toEqual([['过去一年', '2023', false]]);
    expect(periods('今年上半年', '2022-12-23')).toEqual([['今年上半年', '2022-01/2022-06', false]]);
    expect(periods('年末将至', '2022-12-24')).toEqual([['年末', '2022', false]]);
    expect(periods('截至目前', '2022-12-24')).toEqual([['截至目前', '2022-12-24', false]]);
    expect(periods('截至9月末', '2023-10-20')).toEqual([['截至9月末', '2023-09', false]]);
    expect(periods('截至2023年底', '2024-01-10')).toEqual([['截至2023年底', '2023', false]]);
  });

  it('reads forward horizons as the last year they cover', () => {
    expect(periods('对今后五年发展目标', '2022-12-23')).toEqual([['今后五年', '2027', true]]);
    expect(periods('未来5年', '2022-12-23')).toEqual([['未来5年', '2027', true]]);
    expect(periods('力争2027年', '2024-05-25')).toEqual([['力争2027年', '2027', true]]);
    expect(periods('到2025年', '2022-12-24')).toEqual([['到2025年', '2025', true]]);
  });

  it('marks a year written as 2019年的 as dating only the number after it', () => {
    const [m] = periodMentions('由2019年的6.3%', '2022-12-23');
    expect(m).toMatchObject({ period: '2019', local: true });
  });

  it('does not take a month and day for a period', () => {
    expect(periods('5月24日', '2024-05-25')).toEqual([]);
  });

  it('gives nothing without an article date', () => {
    expect(periods('今年', '')).toEqual([]);
  });
});

describe('dayMentions', () => {
  const days = (text: string, date: string) =>
    dayMentions(text, date).map((m) => [text.slice(m.start, m.end), m.period]);

  it('resolves a day and a run of days against the article’s year', () => {
    expect(days('5月22日至23日，大会召开；6月1日闭幕。', '2024-06-07')).toEqual([
      ['5月22日至23日', '2024-05-22/2024-05-23'],
      ['6月1日', '2024-06-01'],
    ]);
  });

  it('takes the year before for a month after the article’s, and a printed year as printed', () => {
    expect(days('12月28日', '2025-01-03')).toEqual([['12月28日', '2024-12-28']]);
    expect(days('2019年3月5日', '2025-01-03')).toEqual([['2019年3月5日', '2019-03-05']]);
  });
});

describe('全年', () => {
  it('is the article’s year alone, and restates a year named just before it', () => {
    expect(periods('力争全年新引进项目60个', '2024-10-29')).toEqual([['全年', '2024', false]]);
    expect(periods('去年全年接待游客', '2024-10-29')).toEqual([['去年', '2023', false]]);
    expect(periods('去年，总产值完成310亿元；全年接待游客', '2024-10-29')).toEqual([
      ['去年', '2023', false],
      ['全年', '2023', false],
    ]);
  });
});
