import { describe, expect, it } from 'vitest';
import { respectiveParts, stripWords } from './indicators.ts';

describe('stripWords', () => {
  it.each([
    ['力争2027年全区工业产值突破', ['涪陵区', '涪陵'], '工业产值'],
    ['九龙坡区规上工业总产值', ['九龙坡区', '九龙坡'], '规上工业总产值'],
    ['提出城镇化率达到', [], '城镇化率'],
    ['占全国比重由2019年的', [], '占全国比重'],
    ['渝江压铸新能源一体化压铸项目等重点招商项目', [], '重点招商项目'],
    ['## 今年第一季度 重庆发放“富民贷”', [], '发放富民贷'],
    ['成渝地区双城经济圈GDP', [], 'GDP'],
    ['支持建成高新技术企业', [], '高新技术企业'],
    ['推动培育专精特新企业', [], '专精特新企业'],
    ['建成区面积', [], '建成区面积'],
    ['共排查出典型农村黑臭水体', [], '典型农村黑臭水体'],
    ['富民贷设立时', [], '富民贷'],
  ])('%s → %s', (phrase, districts, indicator) => {
    expect(stripWords(phrase, districts)).toBe(indicator);
  });
});

describe('respectiveParts', () => {
  it('pairs "A和B分别" with the numbers that follow, in order', () => {
    expect(respectiveParts('经济实力方面,提出地区生产总值和人均地区生产总值分别迈过', [])).toEqual([
      '地区生产总值',
      '人均地区生产总值',
    ]);
  });

  it('gives nothing without 分别', () => {
    expect(respectiveParts('地区生产总值和人均地区生产总值迈过', [])).toEqual([]);
  });
});
