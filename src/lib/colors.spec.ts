import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CATEGORY_FILLS,
  categoricalScale,
  COUNT_CLASSES,
  COUNT_FILLS,
  countClass,
  contrastRatio,
  inkOn,
  NOT_REPORTED,
  PAGE,
  rgbBasis,
  sequentialScale,
  themeProperties,
  THEMES,
  YLGNBU,
} from './colors';
import { deltaESeen, parseHex, rgbToLab, type Deficiency } from './cvd';
import type { DistrictValue } from './metrics';

const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

const value = (v: number | null, category: string | null = null): DistrictValue => ({
  code: 'x',
  value: v,
  category,
  text: { zh: '', en: '' },
  sources: [],
});

describe('count classes', () => {
  it('are constant: 0 · 1 · 2 · 3–4 · 5+, whatever the data', () => {
    expect(COUNT_CLASSES.map((c) => c.key)).toEqual(['0', '1', '2', '3-4', '5+']);
    expect([0, 1, 2, 3, 4, 5, 40].map(countClass)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });
  it('put every whole number in exactly one class', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (n) => {
        expect(COUNT_CLASSES.filter((c) => n >= c.min && n <= c.max)).toHaveLength(1);
      }),
    );
  });
});

describe('sequentialScale', () => {
  it('states every class in the legend; a 0 class only where zero can be stated', () => {
    expect(sequentialScale({ zero: false }).legend.map((l) => l.label.en)).toEqual([
      '1',
      '2',
      '3–4',
      '5+',
    ]);
    expect(sequentialScale({ zero: true }).legend.map((l) => l.label.zh)).toEqual([
      '0',
      '1',
      '2',
      '3–4',
      '5+',
    ]);
  });
  it('gives a value the same fill whichever metric or data it comes with', () => {
    const a = sequentialScale({ zero: false });
    const b = sequentialScale({ zero: true });
    expect(a.colorOf(value(1))).toBe(b.colorOf(value(1)));
    expect(a.classOf(value(4))).toBe('3-4');
    expect(a.colorOf(value(4))).toBe(a.legend.find((l) => l.key === '3-4')!.color);
  });
  it('gives a district without a value no fill and the not-reported class', () => {
    const s = sequentialScale({ zero: true });
    expect(s.colorOf(undefined)).toBeNull();
    expect(s.colorOf(value(null))).toBeNull();
    expect(s.classOf(undefined)).toBe(NOT_REPORTED);
    expect(s.inkOf(undefined)).toBeNull();
  });
});

describe('categoricalScale', () => {
  it('gives each category its own fill, keyed by the category id', () => {
    const s = categoricalScale({
      categories: ['metro_core', 'metro_new'].map((key) => ({ key, label: { zh: key, en: key } })),
    });
    expect(s.legend.map((l) => l.color)).toEqual(['var(--category-0)', 'var(--category-1)']);
    expect(s.classOf(value(null, 'metro_new'))).toBe('metro_new');
    expect(s.colorOf(value(null, 'metro_new'))).toBe('var(--category-1)');
    expect(s.classOf(undefined)).toBe(NOT_REPORTED);
  });
});

describe.each(THEMES)('the %s theme’s fills', (theme) => {
  it('stand at least 3:1 against the page, every class', () => {
    for (const c of [...COUNT_FILLS[theme], ...CATEGORY_FILLS[theme]])
      expect(contrastRatio(c, PAGE[theme]), c).toBeGreaterThanOrEqual(3);
  });
  it('order the count classes by lightness: darker for more on light, brighter on dark', () => {
    const L = COUNT_FILLS[theme].map((c) => rgbToLab(parseHex(c))[0]);
    for (let i = 1; i < L.length; i++)
      if (theme === 'light') expect(L[i]).toBeLessThan(L[i - 1]! - 8);
      else expect(L[i]).toBeGreaterThan(L[i - 1]! + 8);
  });
  it('keep neighbouring count classes apart for colour-blind viewers (ΔE2000 ≥ 8)', () => {
    const fills = COUNT_FILLS[theme];
    for (let i = 1; i < fills.length; i++)
      for (const d of [undefined, ...DEFICIENCIES])
        expect(deltaESeen(fills[i - 1]!, fills[i]!, d), `${i} ${d}`).toBeGreaterThanOrEqual(8);
  });
  it('keep every pair of categories apart with each deficiency (ΔE2000 > 10)', () => {
    const fills = CATEGORY_FILLS[theme];
    for (let i = 0; i < fills.length; i++)
      for (let j = i + 1; j < fills.length; j++)
        for (const d of DEFICIENCIES)
          expect(
            deltaESeen(fills[i]!, fills[j]!, d),
            `${fills[i]} ${fills[j]} ${d}`,
          ).toBeGreaterThan(10);
  });
  it('carry label ink with at least 4.5:1 contrast', () => {
    for (const c of [...COUNT_FILLS[theme], ...CATEGORY_FILLS[theme]])
      expect(contrastRatio(c, inkOn(c)), c).toBeGreaterThanOrEqual(4.5);
  });
});

describe('app.css', () => {
  const css = readFileSync('src/app.css', 'utf8');
  /** The custom properties set in the first rule whose selector matches. */
  const block = (selector: string) => {
    const at = css.indexOf(`${selector} {`);
    expect(at, selector).toBeGreaterThanOrEqual(0);
    const body = css.slice(at, css.indexOf('}', at));
    return Object.fromEntries(
      [...body.matchAll(/(--(?:count|category)-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
    );
  };
  it('defines each theme’s fills and inks exactly as this module does', () => {
    expect(block(':root')).toEqual(themeProperties('light'));
    expect(block(":root[data-theme='dark']")).toEqual(themeProperties('dark'));
    expect(block(":root:not([data-theme='light'])")).toEqual(themeProperties('dark'));
  });
});

describe('the fills’ derivation', () => {
  it('the count fills lie on the YlGnBu ramp', () => {
    const ramp = rgbBasis(YLGNBU);
    const onRamp = (hex: string) =>
      Array.from({ length: 1001 }, (_, i) => ramp(i / 1000)).some((c) => deltaESeen(c, hex) < 0.5);
    for (const c of [...COUNT_FILLS.light, ...COUNT_FILLS.dark]) expect(onRamp(c), c).toBe(true);
  });
});

describe('rgbBasis', () => {
  it('draws the same ramp as d3-interpolate’s interpolateRgbBasis', async () => {
    const { interpolateRgbBasis } = await import('d3-interpolate');
    const d3 = interpolateRgbBasis([...YLGNBU]);
    const ours = rgbBasis(YLGNBU);
    // d3 gives "rgb(r, g, b)" with rounded channels.
    const hex = (css: string) =>
      '#' +
      css
        .match(/\d+/g)!
        .map((v) => Number(v).toString(16).padStart(2, '0'))
        .join('');
    for (let i = -2; i <= 102; i++) expect(ours(i / 100)).toBe(hex(d3(i / 100)));
  });
});
