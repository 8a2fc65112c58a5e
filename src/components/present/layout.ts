/**
 * Slide geometry in stage pixels: which stage a screen gets (16:9, 16:10 or 4:3, so a 4:3
 * projector is filled rather than letterboxed), the room a slide's body has on it, where timeline
 * marks and labels go, and how a value scale maps to bar lengths. Labels sit in evenly spaced
 * slots, alternately above and below the axis, so they never overlap however close two sessions
 * are in time.
 * Owns: positions. Knows nothing about the DOM or the data files.
 */

/**
 * A stage the slides are laid out on, in CSS px at scale 1. The 4:3 stage is 1024 wide so that a
 * 1024×768 projector shows it at scale 1: type set at 24 px stays 24 px there.
 */
export interface Stage {
  id: '16:9' | '16:10' | '4:3';
  width: number;
  height: number;
  /** Left and right padding of a slide. */
  padX: number;
}

export const STAGES: readonly Stage[] = [
  { id: '16:9', width: 1280, height: 720, padX: 56 },
  { id: '16:10', width: 1280, height: 800, padX: 56 },
  { id: '4:3', width: 1024, height: 768, padX: 40 },
];
export const DEFAULT_STAGE: Stage = STAGES[0]!;

/** The stage whose shape is nearest the screen's (by ratio of aspect ratios). */
export function chooseStage(viewportWidth: number, viewportHeight: number): Stage {
  if (!(viewportWidth > 0 && viewportHeight > 0)) return DEFAULT_STAGE;
  const aspect = viewportWidth / viewportHeight;
  const off = (s: Stage) => Math.abs(Math.log(aspect / (s.width / s.height)));
  return STAGES.reduce((best, s) => (off(s) < off(best) ? s : best));
}

/** Scale of a stage that fits a viewport without cropping (contain), and where it sits. */
export function fitStage(viewportWidth: number, viewportHeight: number, stage: Stage) {
  const scale = Math.max(0, Math.min(viewportWidth / stage.width, viewportHeight / stage.height));
  return {
    scale,
    left: (viewportWidth - stage.width * scale) / 2,
    top: (viewportHeight - stage.height * scale) / 2,
  };
}

/** Top and bottom padding, heading, gaps and footer of a slide (SlideFrame), in stage px. */
export const SLIDE_CHROME_PX = { top: 36, bottom: 24, heading: 74, gaps: 40, footer: 32 } as const;

/** The room a slide's body has on a stage: what the slide components lay themselves out in. */
export function slideBody(stage: Stage): { width: number; height: number } {
  const c = SLIDE_CHROME_PX;
  return {
    width: stage.width - 2 * stage.padX,
    height: stage.height - c.top - c.bottom - c.heading - c.gaps - c.footer,
  };
}

/** Whole UTC days since 1970-01-01 for "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null if unreadable. */
export function dayOf(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 86_400_000;
}

export interface TimeMark {
  id: string;
  start: string;
  end: string;
}

export interface PlacedMark {
  id: string;
  /** Axis position of the start and end of the mark (equal for one day). */
  x0: number;
  x1: number;
  /** Centre of the label slot. */
  labelX: number;
  /** Labels alternate: true above the axis, false below. */
  above: boolean;
}

export interface AxisYear {
  year: number;
  x: number;
}

/**
 * Places marks on an axis from the January of the first year to the end of the last, width px
 * wide, and gives each label a slot of width / count px.
 */
export function placeTimeline(
  marks: readonly TimeMark[],
  width: number,
): { marks: PlacedMark[]; years: AxisYear[]; slotWidth: number } {
  const days = marks.flatMap((m) => [dayOf(m.start), dayOf(m.end)]).filter((d) => d !== null);
  if (!marks.length || !days.length) return { marks: [], years: [], slotWidth: width };
  const firstYear = new Date(Math.min(...days) * 86_400_000).getUTCFullYear();
  const lastYear = new Date(Math.max(...days) * 86_400_000).getUTCFullYear() + 1;
  const d0 = dayOf(String(firstYear))!;
  const d1 = dayOf(String(lastYear))!;
  const x = (d: number) => ((d - d0) / (d1 - d0)) * width;
  const slotWidth = width / marks.length;
  const placed = marks.map((m, i) => {
    const s = dayOf(m.start) ?? d0;
    const e = dayOf(m.end) ?? s;
    return {
      id: m.id,
      x0: x(s),
      x1: x(Math.max(s, e)),
      labelX: slotWidth * (i + 0.5),
      above: i % 2 === 0,
    };
  });
  const years: AxisYear[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push({ year: y, x: x(dayOf(String(y))!) });
  return { marks: placed, years, slotWidth };
}

/** A linear scale from 0…max to 0…length px; a max of 0 maps everything to 0. */
export function linear(max: number, length: number): (v: number) => number {
  return (v) => (max > 0 ? (Math.max(0, v) / max) * length : 0);
}

/** The ramp class (0…classes-1) of a count: 0 for none, then equal steps up to the maximum. */
export function rampClass(count: number, max: number, classes: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(classes - 1, Math.max(1, Math.ceil((count / max) * (classes - 1))));
}

/**
 * Largest font size (px, within [minPx, maxPx]) at which `text` fits on one line of `widthPx`,
 * estimating CJK characters at 1em and others at 0.6em (bold Latin digits and letters average
 * less). Used where a number must stay on one line, never below the projector minimum.
 */
export function fitFontPx(text: string, widthPx: number, maxPx: number, minPx: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  if (ems === 0) return maxPx;
  return Math.max(minPx, Math.min(maxPx, Math.floor(widthPx / ems)));
}

/** One legend entry per ramp class that counts 0…max fall in, labelled "0", "1", "2–3"… */
export function rampLegend(max: number, classes: number): { k: number; label: string }[] {
  const entries: { k: number; from: number; to: number }[] = [];
  for (let c = 0; c <= Math.max(0, max); c++) {
    const k = rampClass(c, max, classes);
    const last = entries.at(-1);
    if (last && last.k === k) last.to = c;
    else entries.push({ k, from: c, to: c });
  }
  return entries.map((e) => ({
    k: e.k,
    label: e.from === e.to ? `${e.from}` : `${e.from}–${e.to}`,
  }));
}
