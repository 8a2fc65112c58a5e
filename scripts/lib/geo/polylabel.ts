/**
 * The point inside a polygon farthest from its border (pole of inaccessibility), where a label
 * sits most comfortably; its distance tells how big a label fits. Grid search, then finer grids
 * around the best cell: exact enough for labels and dependency-free.
 * Owns: that computation, in plane coordinates. Pure.
 */
export type Ring = [number, number][];

export interface Pole {
  x: number;
  y: number;
  /** Distance to the nearest border; 0 when outside. */
  distance: number;
}

/** Signed distance: positive inside (even-odd over all rings), negative outside. */
export function signedDistance(x: number, y: number, rings: readonly Ring[]): number {
  let inside = false;
  let min = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[j]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      min = Math.min(min, segmentDistance(x, y, ax, ay, bx, by));
    }
  }
  return inside ? min : -min;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const GRID = 8;
const ROUNDS = 9;

export function poleOfInaccessibility(rings: readonly Ring[]): Pole {
  const outer = rings[0] ?? [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of outer) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  let best: Pole = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, distance: -Infinity };
  let w = x1 - x0;
  let h = y1 - y0;
  let cx = best.x;
  let cy = best.y;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i <= GRID; i++) {
      for (let j = 0; j <= GRID; j++) {
        const x = cx - w / 2 + (w * i) / GRID;
        const y = cy - h / 2 + (h * j) / GRID;
        const d = signedDistance(x, y, rings);
        if (d > best.distance) best = { x, y, distance: d };
      }
    }
    cx = best.x;
    cy = best.y;
    w = (w * 3) / GRID;
    h = (h * 3) / GRID;
  }
  return { ...best, distance: Math.max(0, best.distance) };
}
