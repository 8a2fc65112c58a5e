import { describe, expect, it } from 'vitest';
import { parseLang, t, tf, VIEW_TITLES } from './i18n';

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
    expect(tf('responses', 'zh', {})).toBe('{n} 条相关表态');
  });
});

describe('one name per view', () => {
  it('the programme is named from its one glossary entry everywhere', async () => {
    const { glossaryEn } = await import('./glossary');
    const { METRIC_LABELS } = await import('./metrics');
    const { CHART_TEXT } = await import('../components/embed/strings');
    const { SLIDE_TITLES } = await import('../components/present/strings');
    const name = glossaryEn('富民贷');
    expect(name).not.toBe('');
    expect(VIEW_TITLES.loans.en.toLowerCase()).toBe(name.toLowerCase());
    const english = [
      ...Object.values(VIEW_TITLES).map((p) => p.en),
      ...Object.values(METRIC_LABELS).map((p) => p.en),
      ...Object.values(CHART_TEXT).flatMap((c) => [c.title.en, c.subtitle.en]),
      ...Object.values(SLIDE_TITLES).map((p) => p.en),
    ];
    const mentions = english.filter((s) => /fumin/i.test(s));
    expect(mentions.length).toBeGreaterThan(2);
    for (const s of mentions) expect(s.toLowerCase()).toContain(name.toLowerCase());
  });

  it('the dashboard, the embed and the slides give each view the same title', async () => {
    const { CHART_TEXT } = await import('../components/embed/strings');
    const { SLIDE_TITLES } = await import('../components/present/strings');
    for (const lang of ['zh', 'en'] as const) {
      expect(CHART_TEXT.timeline.title[lang]).toBe(t('timelineTitle', lang));
      expect(SLIDE_TITLES.timeline[lang]).toBe(t('timelineTitle', lang));
      expect(CHART_TEXT.ranking.title[lang]).toBe(t('rankingTitle', lang));
      expect(CHART_TEXT.targets.title[lang]).toBe(t('targetsTitle', lang));
      expect(CHART_TEXT.pledges.title[lang]).toBe(t('pledgesTitle', lang));
      expect(CHART_TEXT['sister-cities'].title[lang]).toBe(t('sisterTitle', lang));
      expect(SLIDE_TITLES.sisterCities[lang]).toBe(t('sisterTitle', lang));
      expect(CHART_TEXT.loans.title[lang]).toBe(t('loansTitle', lang));
    }
    // The words the issue found used side by side: one of each pair is left.
    const zh = JSON.stringify([CHART_TEXT, SLIDE_TITLES, VIEW_TITLES]);
    expect(zh).not.toMatch(/时间线|排行|数字目标/);
  });
});
