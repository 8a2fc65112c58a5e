/**
 * The projector theme as data: one palette and the stage geometry, turned into the CSS variables
 * the presentation uses, so the unit test checks the very colours on screen. Chosen for washed-out
 * projectors (dark ink on white, no mid-grey text) and colour-blind viewers (blue/orange, values
 * ordered by lightness, every colour also labelled in words).
 * Owns: colours, stroke widths, minimum type size, contrast arithmetic. Knows nothing about the DOM.
 */

/** Smallest text on a slide, at stage scale 1 (the stages are in layout.ts). */
export const MIN_FONT_PX = 24;
/** Thinnest line drawn on a slide (borders, axes, outlines), at stage scale 1. */
export const MIN_STROKE_PX = 3;
/** WCAG AAA for normal text; required of every text colour on the slide background. */
export const MIN_TEXT_CONTRAST = 7;
/** Marks (bars, lines, map fills that carry a value) must stand out from the background this much. */
export const MIN_MARK_CONTRAST = 3;

export const PROJECTOR = {
  background: '#ffffff',
  ink: '#000000',
  /** Secondary text: still near-black, because projectors flatten mid-greys to nothing. */
  inkSoft: '#262626',
  /** Emphasis text (the big numbers). */
  accent: '#8a1100',
  /** Main data colour: a dark blue that keeps its hue when washed out. */
  series: '#0046a0',
  /** Second data colour: orange, which blue/orange colour-blind viewers still tell from blue. */
  seriesAlt: '#a84300',
  /** Outlines and axes. */
  rule: '#000000',
  /** Districts with no value yet (drawn hatched as well, so "none" never passes as a value). */
  empty: '#ffffff',
  /** Sequential ramp for counts, light to dark; lightness alone orders it. */
  ramp: ['#f7fafd', '#a4c8ee', '#6a9ede', '#124f96', '#062a63'],
} as const;

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(hex).map(lin) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on a fill: text on tiles and bars uses this. */
export function inkOn(fill: string): string {
  return contrastRatio('#000000', fill) >= contrastRatio('#ffffff', fill) ? '#000000' : '#ffffff';
}

/** The palette as CSS custom properties for the deck's root element. */
export function projectorCssVars(): string {
  const p = PROJECTOR;
  const vars: Record<string, string> = {
    '--p-bg': p.background,
    '--p-ink': p.ink,
    '--p-ink-soft': p.inkSoft,
    '--p-accent': p.accent,
    '--p-series': p.series,
    '--p-series-alt': p.seriesAlt,
    '--p-rule': p.rule,
    '--p-empty': p.empty,
    '--p-stroke': `${MIN_STROKE_PX}px`,
    '--p-min-font': `${MIN_FONT_PX}px`,
  };
  p.ramp.forEach((c, i) => (vars[`--p-ramp-${i}`] = c));
  return Object.entries(vars)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}
