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

/**
 * A time axis proportional to time: x of a date ("YYYY", "YYYY-MM", "YYYY-MM-DD") on [x0, x1]
 * from the first of January of the year of `from` to the end of the year of `to`.
 */
export function timeAxis(
  from: string,
  to: string,
  x0: number,
  x1: number,
): { x: (iso: string) => number; years: (step: number) => AxisYear[] } {
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4)) + 1;
  const d0 = dayOf(String(firstYear))!;
  const d1 = dayOf(String(lastYear))!;
  const at = (day: number) => x0 + ((day - d0) / (d1 - d0)) * (x1 - x0);
  return {
    x: (iso) => at(dayOf(iso) ?? d0),
    years: (step) => {
      const out: AxisYear[] = [];
      const start = Math.ceil(firstYear / step) * step;
      for (let y = start; y <= lastYear; y += step) out.push({ year: y, x: at(dayOf(String(y))!) });
      return out;
    },
  };
}

/**
 * Label centres as near their points as they can be without overlapping: each label is `gap`
 * wide, kept inside [min, max]; labels keep the order of their points (leader lines do not
 * cross). Where points crowd, the labels fan out and leaders join them to their points.
 */
export function spreadLabels(
  xs: readonly number[],
  gap: number,
  min: number,
  max: number,
): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const pos = order.map((o) => Math.min(Math.max(o.x, min), max));
  for (let k = 1; k < pos.length; k++) pos[k] = Math.max(pos[k]!, pos[k - 1]! + gap);
  if (pos.length && pos.at(-1)! > max) {
    pos[pos.length - 1] = max;
    for (let k = pos.length - 2; k >= 0; k--) pos[k] = Math.min(pos[k]!, pos[k + 1]! - gap);
  }
  const out = new Array<number>(xs.length);
  order.forEach((o, k) => (out[o.i] = pos[k]!));
  return out;
}
