import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  categoricalScale,
  contrastRatio,
  inkOn,
  OKABE_ITO,
  rampColors,
  sequentialBreaks,
  sequentialScale,
  luminance,
  rgbBasis,
  YLGNBU,
} from './colors';
import { deltaESeen, type Deficiency } from './cvd';
import type { DistrictValue, Metric } from './metrics';

const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

function metric(values: number[], scale: Metric['scale'] = 'sequential'): Metric {
  return {
    id: 'statements',
    label: { zh: '', en: '' },
    unit: { zh: '条', en: 'statements' },
    scale,
    categories: [],
    values: new Map(
      values.map((v, i): [string, DistrictValue] => [
        String(i),
        { code: String(i), value: v, category: null, text: { zh: '', en: '' }, sources: [] },
      ]),
    ),
    missing: [],
  };
}

describe('sequentialBreaks', () => {
  it('gives zero its own class and splits counts at round steps', () => {
    expect(sequentialBreaks([0, 3, 23, 7])).toEqual([0, 1, 6, 11, 16, 21]);
    expect(sequentialBreaks([1, 2, 3])).toEqual([1, 2, 3]);
    expect(sequentialBreaks([0, 0])).toEqual([0]);
    expect(sequentialBreaks([])).toEqual([]);
  });
  it('puts every value in a class, never more than 1 + MAX_CLASSES classes', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 38 }), (values) => {
        const breaks = sequentialBreaks(values);
        expect(breaks.length).toBeLessThanOrEqual(6);
        for (const v of values) expect(breaks.some((b) => b <= v)).toBe(true);
        expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
      }),
    );
  });
});

describe('sequentialScale', () => {
  it('labels classes with their ranges and colours light to dark', () => {
    const s = sequentialScale(metric([0, 3, 23, 7]));
    expect(s.legend.map((l) => l.label.en)).toEqual([
      '0',
      '1–5',
      '6–10',
      '11–15',
      '16–20',
      '21–23',
    ]);
    const lum = s.legend.map((l) => luminance(l.color));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]!);
  });
  it('colours a value by its class and gives missing values no colour', () => {
    const s = sequentialScale(metric([0, 3, 23, 7]));
    const v = (value: number | null): DistrictValue => ({
      code: 'x',
      value,
      category: null,
      text: { zh: '', en: '' },
      sources: [],
    });
    expect(s.colorOf(v(7))).toBe(s.legend[2]!.color);
    expect(s.colorOf(v(0))).toBe(s.legend[0]!.color);
    expect(s.colorOf(undefined)).toBeNull();
    expect(s.colorOf(v(null))).toBeNull();
  });
  it('keeps neighbouring classes apart for colour-blind viewers (ΔE2000 ≥ 8)', () => {
    for (const n of [2, 4, 6]) {
      const colors = rampColors(n);
      for (let i = 1; i < n; i++)
        for (const d of DEFICIENCIES)
          expect(
            deltaESeen(colors[i - 1]!, colors[i]!, d),
            `${n} classes, ${i}, ${d}`,
          ).toBeGreaterThan(8);
    }
  });
});

describe('categoricalScale', () => {
  it('gives each category its own Okabe–Ito colour, distinguishable with each deficiency', () => {
    const m = metric([], 'categorical');
    m.categories = ['metro_core', 'metro_new', 'ne', 'se'].map((key) => ({
      key,
      label: { zh: key, en: key },
    }));
    const s = categoricalScale(m);
    const colors = s.legend.map((l) => l.color);
    expect(colors).toEqual(OKABE_ITO.slice(0, 4));
    for (let i = 0; i < colors.length; i++)
      for (let j = i + 1; j < colors.length; j++)
        for (const d of DEFICIENCIES)
          expect(
            deltaESeen(colors[i]!, colors[j]!, d),
            `${colors[i]} ${colors[j]} ${d}`,
          ).toBeGreaterThan(10);
  });
});

describe('inkOn', () => {
  it('picks label ink with at least 4.5:1 contrast on every map fill', () => {
    for (const fill of [...rampColors(6), ...OKABE_ITO])
      expect(contrastRatio(fill, inkOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
  });
});

describe('legend labels', () => {
  it('closes the top class at the largest value present', () => {
    expect(sequentialScale(metric([0, 1, 2])).legend.map((l) => l.label.zh)).toEqual([
      '0',
      '1',
      '2',
    ]);
    expect(sequentialScale(metric([0, 12])).legend.at(-1)!.label.en).toBe('9–12');
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
