/**
 * Colour scales for the map and its legend. Quantities: a sequential ramp (ColorBrewer YlGnBu,
 * colour-blind safe) in classes with round breaks; categories: the Okabe–Ito palette. Ramps are
 * a uniform B-spline through hard-coded scheme colours, the same curve as d3-interpolate's
 * interpolateRgbBasis (a test holds them equal), written here because d3-interpolate pulls all of
 * d3-color (≈6 KB gzip) into every map. Missing data gets no colour here: the map draws a pattern
 * for it.
 * Owns: breaks, colours and legend entries. Knows nothing about the DOM.
 */
import { tickStep } from 'd3-array';
import type { Lang } from './i18n';
import { formatNumber } from './format';
import { parseHex } from './cvd';
import type { DistrictValue, Metric, Text } from './metrics';

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

/** Most positive classes a sequential legend gets (plus one for zero). */
export const MAX_CLASSES = 5;

/**
 * Where the classes start on the ramp: the palest yellows are skipped, so neighbouring classes
 * stay ≥ 8 ΔE2000 apart with each colour-vision deficiency (measured up to 6 classes).
 */
const RAMP_START = 0.12;
const ramp = rgbBasis(YLGNBU);

export interface LegendItem {
  key: string;
  color: string;
  label: Text;
}

export interface ColorScale {
  /** Fill for a district's value; null when it has none (draw the no-data pattern). */
  colorOf: (v: DistrictValue | undefined) => string | null;
  legend: LegendItem[];
}

/**
 * Lower bounds of sequential classes for non-negative values. Zero (when present) is a class of
 * its own; positive values split at round steps. [0, 1, 6, 11] reads 0 · 1–5 · 6–10 · 11+.
 */
export function sequentialBreaks(values: readonly number[], integer = true): number[] {
  const max = Math.max(0, ...values);
  const hasZero = values.some((v) => v === 0);
  if (max === 0) return hasZero ? [0] : [];
  let step = tickStep(0, max, MAX_CLASSES - 1);
  if (integer) step = Math.max(1, Math.ceil(step));
  while (Math.ceil(max / step) > MAX_CLASSES) step *= 2;
  const lows: number[] = [];
  if (integer) {
    // 1, step+1, 2·step+1 …: each class holds `step` whole numbers.
    for (let low = 1; low <= max; low += step) lows.push(low);
    return hasZero ? [0, ...lows] : lows;
  }
  for (let low = 0; low < max; low += step) lows.push(low);
  return lows;
}

function classIndex(breaks: readonly number[], v: number): number {
  let i = 0;
  while (i + 1 < breaks.length && v >= breaks[i + 1]!) i++;
  return i;
}

/** n colours along the ramp, from light to dark; a single class gets a middle tone. */
export function rampColors(n: number): string[] {
  if (n <= 1) return [ramp(0.45)];
  return Array.from({ length: n }, (_, i) => ramp(RAMP_START + ((1 - RAMP_START) * i) / (n - 1)));
}

function rangeLabel(low: number, next: number | undefined, integer: boolean, lang: Lang): string {
  const f = (n: number) => formatNumber(n, lang);
  if (next === undefined) return low === 0 ? f(0) : `${f(low)}+`;
  const high = integer ? next - 1 : next;
  if (high <= low) return f(low);
  return integer ? `${f(low)}–${f(high)}` : `${f(low)}–<${f(high)}`;
}

export function sequentialScale(metric: Metric): ColorScale {
  const values = [...metric.values.values()].map((v) => v.value).filter((v) => v !== null);
  const integer = values.every((v) => Number.isInteger(v));
  const breaks = sequentialBreaks(values, integer);
  const colors = rampColors(breaks.length);
  const legend = breaks.map((low, i) => {
    const next = breaks[i + 1];
    // The top class is closed at the largest value actually present.
    const top = next === undefined && low > 0 ? Math.max(...values) : undefined;
    const label = (lang: Lang) =>
      top !== undefined
        ? rangeLabel(low, top + (integer ? 1 : 0), integer, lang)
        : rangeLabel(low, next, integer, lang);
    return { key: String(low), color: colors[i]!, label: { zh: label('zh'), en: label('en') } };
  });
  return {
    colorOf: (v) =>
      v && v.value !== null && breaks.length ? colors[classIndex(breaks, v.value)]! : null,
    legend,
  };
}

export function categoricalScale(metric: Metric): ColorScale {
  const colors = new Map(
    metric.categories.map((c, i) => [c.key, OKABE_ITO[i % OKABE_ITO.length]!]),
  );
  return {
    colorOf: (v) => (v?.category ? (colors.get(v.category) ?? null) : null),
    legend: metric.categories.map((c) => ({
      key: c.key,
      color: colors.get(c.key)!,
      label: c.label,
    })),
  };
}

export function scaleFor(metric: Metric): ColorScale {
  return metric.scale === 'sequential' ? sequentialScale(metric) : categoricalScale(metric);
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
