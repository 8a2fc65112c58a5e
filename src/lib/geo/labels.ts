/**
 * Which district labels are drawn at the current drawing scale, and where. Labels go where the
 * data is: the selected district first, then districts with a value, then the rest; within a
 * rank, larger districts first. A label sits inside its district when its text fits there (the
 * inscribed circle at the label anchor) and overlaps no label already placed. A district that
 * must be named but is too small gets a callout: its label just outside, with a leader line
 * back to the district. Labels stay inside the given bounds and out of the areas to avoid (the
 * inset's corner).
 * Owns: that choice and the short names used. Pure; text widths are estimated, not measured.
 */
import { compareIds } from '../order';
export interface LabelCandidate {
  code: string;
  text: string;
  /** Anchor in view units. */
  x: number;
  y: number;
  /** Room around the anchor, in view units. */
  radius: number;
  /**
   * 2: the selected district; 1: a district with a value; 0: the rest. Districts with priority
   * above 0 are always named, with a callout when they are too small.
   */
  priority?: number;
}

export interface PlacedLabel {
  code: string;
  text: string;
  /** Centre of the text, in view units. */
  x: number;
  y: number;
  /** A callout: the leader runs from the district's anchor to the label's edge (view units). */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** The text lies wholly inside its district (else it needs a halo over its neighbours). */
  inside: boolean;
}

/** [x0, y0, x1, y1] in view units. */
export type Area = [number, number, number, number];

export interface PlaceOptions {
  /** False where labels may spill over borders (the enlarged inset, with a halo). */
  fitInside?: boolean;
  /** Labels stay inside this area (view units); none: anywhere. */
  bounds?: Area;
  /** Labels stay out of these areas (view units), e.g. where the inset covers the map. */
  avoid?: readonly Area[];
}

/**
 * Short name for a label: 渝中区 → 渝中, 石柱土家族自治县 → 石柱, 两江新区 → 两江; 忠县 stays (one
 * character is too short).
 */
export function shortName(nameZh: string): string {
  const stripped = nameZh
    .replace(/(土家族|苗族)+自治县$/, '')
    .replace(/新区$/, '')
    .replace(/[区县]$/, '');
  return stripped.length >= 2 ? stripped : nameZh;
}

/** Short English name for a label: Liangjiang New Area → Liangjiang (as Yuzhong for 渝中区). */
export function shortNameEn(nameEn: string): string {
  return nameEn.replace(/ New Area$/, '');
}

/** Estimated width in em: CJK characters are square; Latin letters average ~0.58 em. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return w;
}

/** Room to spare around a label, in CSS pixels. */
const LABEL_PAD_PX = 2;
/** A callout's label starts this far beyond the district's inscribed circle, in CSS pixels. */
const CALLOUT_GAP_PX = 6;
/** Further rings tried for a callout, in CSS pixels beyond the first. */
const CALLOUT_RINGS_PX = [0, 10, 22, 36, 54];
/** Directions tried, clockwise from the right (right and left first: text runs sideways). */
const CALLOUT_DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

type PxBox = [number, number, number, number];

const overlap = (a: PxBox, b: PxBox) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const inside = (a: PxBox, b: PxBox) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];

export function placeLabels(
  candidates: readonly LabelCandidate[],
  pxPerUnit: number,
  fontPx: number,
  options: PlaceOptions = {},
): PlacedLabel[] {
  const { fitInside = true, bounds, avoid = [] } = options;
  const px = (a: Area): PxBox => [
    a[0] * pxPerUnit,
    a[1] * pxPerUnit,
    a[2] * pxPerUnit,
    a[3] * pxPerUnit,
  ];
  const boundsPx = bounds ? px(bounds) : null;
  const avoidPx = avoid.map(px);
  const placed: { label: PlacedLabel; box: PxBox }[] = [];
  const free = (box: PxBox) =>
    (!boundsPx || inside(box, boundsPx)) &&
    !avoidPx.some((a) => overlap(box, a)) &&
    !placed.some((p) => overlap(box, p.box));

  const sorted = [...candidates].sort(
    (a, b) =>
      (b.priority ?? 0) - (a.priority ?? 0) || b.radius - a.radius || compareIds(a.code, b.code),
  );
  for (const c of sorted) {
    const halfW = (textWidthEm(c.text) * fontPx) / 2 + LABEL_PAD_PX;
    const halfH = fontPx * 0.6 + LABEL_PAD_PX;
    const x = c.x * pxPerUnit;
    const y = c.y * pxPerUnit;
    const r = c.radius * pxPerUnit;
    const at = (cx: number, cy: number): PxBox => [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
    // The label's box must sit inside the inscribed circle (corners included).
    const inside = Math.hypot(halfW, halfH) <= r;
    const box = at(x, y);
    if ((inside || !fitInside) && free(box)) {
      placed.push({ label: { code: c.code, text: c.text, x: c.x, y: c.y, inside }, box });
      continue;
    }
    if (!(c.priority ?? 0)) continue;
    const callout = findCallout(x, y, r, halfW, halfH, at, free);
    if (!callout) continue;
    const [cx, cy, b] = callout;
    // The leader ends at the edge of the label's box nearest the anchor.
    const ex = Math.min(Math.max(x, b[0]), b[2]);
    const ey = Math.min(Math.max(y, b[1]), b[3]);
    placed.push({
      label: {
        code: c.code,
        text: c.text,
        x: cx / pxPerUnit,
        y: cy / pxPerUnit,
        leader: { x1: c.x, y1: c.y, x2: ex / pxPerUnit, y2: ey / pxPerUnit },
        inside: false,
      },
      box: b,
    });
  }
  return placed.map((p) => p.label);
}

/** The first free spot around a district for its label: ring by ring, direction by direction. */
function findCallout(
  x: number,
  y: number,
  r: number,
  halfW: number,
  halfH: number,
  at: (cx: number, cy: number) => PxBox,
  free: (box: PxBox) => boolean,
): [number, number, PxBox] | null {
  for (const ring of CALLOUT_RINGS_PX) {
    const d = Math.min(r, 8) + CALLOUT_GAP_PX + ring;
    for (const [dx, dy] of CALLOUT_DIRECTIONS) {
      // Sideways, the text starts beyond the gap; up or down, it is centred above or below.
      const cx = x + dx * (d + halfW);
      const cy = y + dy * (d + halfH);
      const box = at(cx, cy);
      if (free(box)) return [cx, cy, box];
    }
  }
  return null;
}
