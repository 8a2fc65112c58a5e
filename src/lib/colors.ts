/**
 * Colour scales for the map, its legend and the ranking. One scale per metric whatever the
 * filter: counts fall in constant classes (0 · 1 · 2 · 3–4 · 5+), never breaks computed from the
 * data loaded, so "1 statement" has the same fill for every session, in the dashboard, the embeds
 * and the downloads. Categories take a fixed colour each.
 * Each theme chooses its own fill per class (light: a YlGnBu stretch dark enough to stand 3:1
 * against the page; dark: the ramp reversed, brighter for more). The fills live in app.css as
 * custom properties (--count-N, --category-N and their label inks); this module names them and
 * keeps the hex values so tests can hold app.css to them. Not reported gets no colour here: the
 * map draws a pattern for it.
 * Owns: classes, fills and legend entries. Knows nothing about the DOM.
 */
import type { Lang } from './i18n';
import { formatNumber } from './format';
import { parseHex } from './cvd';
import type { DistrictValue, Metric, Text } from './metrics';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** The page colour of each theme (app.css --bg): fills are measured against it. */
export const PAGE: Record<Theme, string> = { light: '#fbfaf7', dark: '#15171b' };

/** ColorBrewer YlGnBu, 9 classes (Cynthia Brewer, Apache-2.0 licensed scheme). */
export const YLGNBU = [
  '#ffffd9',
  '#edf8b1',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#253494',
  '#081d58',
] as const;

/** Okabe & Ito (2008), distinguishable with every common colour-vision deficiency. */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#56B4E9',
  '#CC79A7',
  '#D55E00',
  '#F0E442',
] as const;

/** A count class: [min, max] whole numbers (max Infinity for the open top class). */
export interface CountClass {
  key: string;
  min: number;
  max: number;
}

/** The constant classes of every count metric, in legend order. */
export const COUNT_CLASSES: readonly CountClass[] = [
  { key: '0', min: 0, max: 0 },
  { key: '1', min: 1, max: 1 },
  { key: '2', min: 2, max: 2 },
  { key: '3-4', min: 3, max: 4 },
  { key: '5+', min: 5, max: Infinity },
];

/**
 * Fill per count class and theme. Light: the YlGnBu ramp (rgbBasis below) at L* 59, 48, 37, 26
 * and 14, so even the lightest class is ≥ 3:1 against the page; dark: the same ramp at L* 46, 58,
 * 70, 82, 93, brighter for more. Neighbours stay ≥ 8 ΔE2000 apart with each colour-vision
 * deficiency (tested).
 */
export const COUNT_FILLS: Record<Theme, readonly string[]> = {
  light: ['#2999c0', '#2078b4', '#2255a4', '#1f368b', '#091e5a'],
  dark: ['#2070b1', '#2796bf', '#51bac1', '#9dd9b8', '#dff3b4'],
};

/**
 * Fill per category and theme. Light: Okabe–Ito's blue, vermillion and green with Tol's indigo,
 * wine and a sienna (Okabe–Ito's orange, sky blue and yellow are under 3:1 on a light page); dark:
 * Okabe–Ito as published, every colour ≥ 3:1 on the dark page.
 */
export const CATEGORY_FILLS: Record<Theme, readonly string[]> = {
  light: ['#0072b2', '#d55e00', '#009e73', '#332288', '#882255', '#a0522d'],
  dark: ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#f0e442', '#d55e00'],
};

/** The class a whole-number count falls in (index into COUNT_CLASSES). */
export function countClass(value: number): number {
  const i = COUNT_CLASSES.findIndex((c) => value >= c.min && value <= c.max);
  return i < 0 ? 0 : i;
}

export function countClassLabel(c: CountClass, lang: Lang): string {
  const f = (n: number) => formatNumber(n, lang);
  if (c.max === Infinity) return `${f(c.min)}+`;
  return c.min === c.max ? f(c.min) : `${f(c.min)}–${f(c.max)}`;
}

export interface LegendItem {
  /** data-class of the shapes in this class. */
  key: string;
  /** A CSS colour (a custom property of the current theme). */
  color: string;
  /** Label ink on that colour (a custom property too). */
  ink: string;
  label: Text;
}

/** data-class of a district that is not reported in the current scope. */
export const NOT_REPORTED = 'not-reported';

export interface ColorScale {
  /** data-class of a district's value; NOT_REPORTED when it has none. */
  classOf: (v: DistrictValue | undefined) => string;
  /** Fill for a district's value; null when not reported (draw the pattern). */
  colorOf: (v: DistrictValue | undefined) => string | null;
  /** Label ink on that fill; null when not reported. */
  inkOf: (v: DistrictValue | undefined) => string | null;
  /** Every class the metric can have, whatever the data: the legend never moves. */
  legend: LegendItem[];
}

const countVar = (i: number) => `var(--count-${i})`;
const countInk = (i: number) => `var(--count-${i}-ink)`;
const categoryVar = (i: number) => `var(--category-${i % CATEGORY_FILLS.light.length})`;
const categoryInk = (i: number) => `var(--category-${i % CATEGORY_FILLS.light.length}-ink)`;

export function sequentialScale(metric: Pick<Metric, 'zero'>): ColorScale {
  const shown = COUNT_CLASSES.map((c, i) => ({ c, i })).filter(({ c }) => metric.zero || c.min > 0);
  const index = (v: DistrictValue | undefined) =>
    v && v.value !== null ? countClass(v.value) : null;
  return {
    classOf: (v) => {
      const i = index(v);
      return i === null ? NOT_REPORTED : COUNT_CLASSES[i]!.key;
    },
    colorOf: (v) => {
      const i = index(v);
      return i === null ? null : countVar(i);
    },
    inkOf: (v) => {
      const i = index(v);
      return i === null ? null : countInk(i);
    },
    legend: shown.map(({ c, i }) => ({
      key: c.key,
      color: countVar(i),
      ink: countInk(i),
      label: { zh: countClassLabel(c, 'zh'), en: countClassLabel(c, 'en') },
    })),
  };
}

export function categoricalScale(metric: Pick<Metric, 'categories'>): ColorScale {
  const order = new Map(metric.categories.map((c, i) => [c.key, i]));
  const index = (v: DistrictValue | undefined) =>
    v?.category ? (order.get(v.category) ?? null) : null;
  return {
    classOf: (v) => (index(v) === null ? NOT_REPORTED : v!.category!),
    colorOf: (v) => {
      const i = index(v);
      return i === null ? null : categoryVar(i);
    },
    inkOf: (v) => {
      const i = index(v);
      return i === null ? null : categoryInk(i);
    },
    legend: metric.categories.map((c, i) => ({
      key: c.key,
      color: categoryVar(i),
      ink: categoryInk(i),
      label: c.label,
    })),
  };
}

export function scaleFor(metric: Metric): ColorScale {
  return metric.scale === 'sequential' ? sequentialScale(metric) : categoricalScale(metric);
}

/** How one district is drawn: what the map's shapes, tiles and labels need. */
export interface DistrictPaint {
  /** CSS fill; null draws the not-reported pattern. */
  fill: string | null;
  /** Label ink on the fill; null on the pattern. */
  ink: string | null;
  /** data-class: the class key, the category id, NOT_REPORTED or LOADING. */
  cls: string;
  /** data-value: the number drawn, the category id, or empty when not reported. */
  value: string;
}

/** data-class while the data files are on their way. */
export const LOADING = 'loading';

export function paintOf(scale: ColorScale, v: DistrictValue | undefined): DistrictPaint {
  const value = v ? (v.value !== null ? String(v.value) : (v.category ?? '')) : '';
  return { fill: scale.colorOf(v), ink: scale.inkOf(v), cls: scale.classOf(v), value };
}

/**
 * The custom properties app.css must define for a theme: each class's fill and its label ink.
 * A test compares app.css with this, so the stylesheet and the tested palette cannot drift.
 */
export function themeProperties(theme: Theme): Record<string, string> {
  const props: Record<string, string> = {};
  COUNT_FILLS[theme].forEach((c, i) => {
    props[`--count-${i}`] = c;
    props[`--count-${i}-ink`] = inkOn(c);
  });
  CATEGORY_FILLS[theme].forEach((c, i) => {
    props[`--category-${i}`] = c;
    props[`--category-${i}-ink`] = inkOn(c);
  });
  return props;
}

/** Uniform cubic B-spline of one channel, as d3-interpolate's interpolateBasis. */
function basis(values: readonly number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    const i = t <= 0 ? ((t = 0), 0) : t >= 1 ? ((t = 1), n - 1) : Math.floor(t * n);
    const v1 = values[i]!;
    const v2 = values[i + 1]!;
    const v0 = i > 0 ? values[i - 1]! : 2 * v1 - v2;
    const v3 = i < n - 1 ? values[i + 2]! : 2 * v2 - v1;
    const t1 = (t - i / n) * n;
    const t2 = t1 * t1;
    const t3 = t2 * t1;
    return (
      ((1 - 3 * t1 + 3 * t2 - t3) * v0 +
        (4 - 6 * t2 + 3 * t3) * v1 +
        (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 +
        t3 * v3) /
      6
    );
  };
}

/** A B-spline through hex colours in RGB, giving "#rrggbb" (channels rounded and clamped). */
export function rgbBasis(colors: readonly string[]): (t: number) => string {
  const channels = [0, 1, 2].map((c) => basis(colors.map((hex) => parseHex(hex)[c]!)));
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v) || 0));
  return (t) => '#' + channels.map((f) => byte(f(t)).toString(16).padStart(2, '0')).join('');
}

/** WCAG relative luminance of a hex colour. */
export function luminance(hex: string): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Label ink for text drawn on a fill: whichever of near-black and white contrasts more. */
export function inkOn(fill: string): string {
  const dark = '#111111';
  const light = '#ffffff';
  return contrastRatio(fill, dark) >= contrastRatio(fill, light) ? dark : light;
}
