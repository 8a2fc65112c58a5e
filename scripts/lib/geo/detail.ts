/**
 * How much detail each border keeps: a border is simplified as far as it can be without moving
 * by more than about one CSS pixel where it is drawn largest. The central districts (中心城区) are
 * drawn enlarged in the inset, so borders in and around them keep fine detail; every other border
 * is drawn at most at the whole map's largest size (a projector) and can lose more.
 * Owns: the largest drawn sizes, the two tolerances, which points are drawn enlarged, and measuring
 * how far the drawn borders moved. Pure.
 */
import type { Position } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import type { ViewBox } from '../../../src/lib/geo/fit.ts';

/**
 * Largest width the whole map is drawn at, CSS px: the projector slide draws it 500 stage px tall
 * (≈ 524 px wide, ProjectorMap/MapSlide), and a 3840 px wide screen scales the 1280 px stage 3×
 * (≈ 1573 px). The dashboard's own map is under ~1000 px (page max 110rem, 7/12 of the grid).
 */
export const MAP_MAX_PX = 1600;
/**
 * Largest width the inset is drawn at, CSS px: full width only in panels under 520 px (GeoMap's
 * container query; a phone is 320–430 px); wider panels put it in the map's corner, smaller.
 */
export const INSET_MAX_PX = 520;
/** Tolerance of borders drawn in the inset: one step of the source's 1/1024° grid (≈ 0.1 km). */
export const INSET_TOLERANCE_KM = 0.1;
/** Tolerance of every other border: under 1 px at MAP_MAX_PX (1 px ≈ 0.29 km there). */
export const MAP_TOLERANCE_KM = 0.25;
/** Margin around the inset's frame, view units (≈ 2.4 km): its anchors may move a little. */
export const INSET_FRAME_MARGIN = 10;

/**
 * Per-point tolerance: fine for a point drawn within one of the inset's frames (view units, with
 * INSET_FRAME_MARGIN around it, `projection` the drawing's), coarse elsewhere.
 */
export function toleranceNearFrames(frames: readonly ViewBox[], projection: GeoProjection) {
  const m = INSET_FRAME_MARGIN;
  return (p: Position): number =>
    inFrames(projection([p[0]!, p[1]!])!, frames, m) ? INSET_TOLERANCE_KM : MAP_TOLERANCE_KM;
}

/** Whether a point (view units) lies within one of the frames, widened by `margin`. */
export function inFrames(
  [x, y]: readonly number[],
  frames: readonly ViewBox[],
  margin = 0,
): boolean {
  return frames.some(
    ([fx, fy, fw, fh]) =>
      x! >= fx - margin && x! <= fx + fw + margin && y! >= fy - margin && y! <= fy + fh + margin,
  );
}

/** Distance from point p to segment ab, in the plane. */
function planeDistance(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const [bx, by] = [b[0]! - a[0]!, b[1]! - a[1]!];
  const [px, py] = [p[0]! - a[0]!, p[1]! - a[1]!];
  const len2 = bx * bx + by * by;
  const t = len2 ? Math.max(0, Math.min(1, (px * bx + py * by) / len2)) : 0;
  return Math.hypot(px - t * bx, py - t * by);
}

export interface Shift {
  /** Largest distance, view units, from an original border point to the border as drawn. */
  units: number;
  /** Where it is (view units), for a failing test to name. */
  at: [number, number];
}

/**
 * How far the drawn borders moved: each original point (projected, unrounded) against the drawn
 * polyline that replaced it (the kept points projected and rounded to whole view units, as the
 * drawing's paths are), split by whether the point lies inside one of the `frames` (view units).
 * `simplified` must hold, arc for arc, a subsequence of `original`'s points.
 */
export function borderShift(
  original: readonly Position[][],
  simplified: readonly Position[][],
  projection: GeoProjection,
  frames: readonly ViewBox[],
  round = true,
): { inset: Shift; map: Shift } {
  const out = {
    inset: { units: 0, at: [0, 0] as [number, number] },
    map: { units: 0, at: [0, 0] as [number, number] },
  };
  const project = (p: Position) => {
    const q = projection([p[0]!, p[1]!])!;
    return round ? [Math.round(q[0]), Math.round(q[1])] : q;
  };
  original.forEach((arc, i) => {
    const kept = simplified[i]!;
    const drawn = kept.map(project);
    let k = 0;
    for (const p of arc) {
      const q = projection([p[0]!, p[1]!])!;
      let d: number;
      if (p[0] === kept[k]![0] && p[1] === kept[k]![1]) {
        d = Math.hypot(q[0] - drawn[k]![0]!, q[1] - drawn[k]![1]!);
        if (k < kept.length - 1) k++;
      } else d = planeDistance(q, drawn[k - 1]!, drawn[k]!);
      const inside = inFrames(q, frames);
      const s = inside ? out.inset : out.map;
      if (d > s.units) {
        s.units = d;
        s.at = [Math.round(q[0]), Math.round(q[1])];
      }
    }
  });
  return out;
}
