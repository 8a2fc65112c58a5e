import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from '../fake-context.ts';
import { extractFigures } from './index.ts';

const DISTRICTS = readDistricts();

function figures(text: string, date = '2024-05-25') {
  return extractFigures(fakeContext(fakeSource(text, date), DISTRICTS));
}

describe('dating a figure', () => {
  it('dates counts made at an event by the event’s days, not the article’s', () => {
    const text = [
      '## 2024某某合作大会',
      '6月3日至5日，2024某某合作大会在重庆召开。',
      '据统计，大会期间，共签署合作协议21项；还签订了9项投资协议。',
      '目前，全市已有友好城市50个。',
    ].join('\n\n');
    const { rows } = figures(text, '2024-06-07');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.period])).toEqual([
      ['签署合作协议', '21', '2024-06-03/2024-06-05'],
      ['签订投资协议', '9', '2024-06-03/2024-06-05'],
      ['友好城市', '50', '2024-06-07'],
    ]);
  });

  it('resolves this year’s pledges and last year’s results from the article’s date, in any order', () => {
    const text =
      '记者：今年有什么打算？\n\n某某：今年，我们力争地区生产总值增长6.5%。去年，全区地区生产总值达到1200亿元，增长5.8%。';
    const { rows } = figures(text, '2025-03-06');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.kind, r.period])).toEqual([
      ['地区生产总值增长', '6.5', 'target', '2025'],
      ['地区生产总值', '120000000000', 'actual', '2024'],
      ['地区生产总值增长', '5.8', 'actual', '2024'],
    ]);
  });

  it('reads 我们计划今年… as this year’s target', () => {
    const { rows } = figures('某某：我们计划今年新建高标准农田4万亩。', '2024-03-08');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.kind, r.period])).toEqual([
      ['高标准农田', '40000', 'target', '2024'],
    ]);
  });
});
