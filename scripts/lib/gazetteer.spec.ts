import { describe, expect, it } from 'vitest';
import { CITIES, COUNTRIES, countryPrefix } from './gazetteer.ts';

describe('gazetteer', () => {
  it('takes the longest country name at the start (孟加拉国, not 孟加拉)', () => {
    expect(countryPrefix('孟加拉国北达卡')).toBe('孟加拉国');
    expect(countryPrefix('萨尔瓦多圣萨尔瓦多中心')).toBe('萨尔瓦多');
    expect(countryPrefix('图卢兹')).toBeNull();
  });

  it('names every partner city of seed 000 in English', () => {
    for (const city of [
      '图卢兹',
      '塞维利亚',
      '亚的斯亚贝巴',
      '圣萨尔瓦多中心',
      '巴拉特普尔',
      '北达卡',
    ])
      expect(CITIES[city]).toMatch(/^[A-Z]/);
  });

  it('has no empty or duplicated English names among countries spelled once', () => {
    for (const [zh, en] of Object.entries(COUNTRIES)) expect(en, zh).toMatch(/^[A-ZÀ-Ý]/);
    const cities = Object.values(CITIES);
    expect(new Set(cities).size).toBe(cities.length);
  });
});
