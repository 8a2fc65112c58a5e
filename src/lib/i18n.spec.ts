import { describe, expect, it } from 'vitest';
import { parseLang, t, tf } from './i18n';

describe('parseLang', () => {
  it('defaults to Chinese for missing or unknown values', () => {
    expect(parseLang(null)).toBe('zh');
    expect(parseLang('fr')).toBe('zh');
    expect(parseLang('__proto__')).toBe('zh');
  });
  it('accepts English', () => {
    expect(parseLang('en')).toBe('en');
  });
});

describe('t', () => {
  it('gives the product title in each language', () => {
    expect(t('title', 'zh')).toContain('重庆市委全会');
    expect(t('title', 'en')).toContain('Chongqing');
  });
});

describe('tf', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(tf('noDataFile', 'en', { file: 'data/pledges.csv' })).toBe(
      'No data yet: data/pledges.csv has not been produced.',
    );
    expect(tf('responses', 'zh', {})).toBe('相关表态：{n}');
  });
});
