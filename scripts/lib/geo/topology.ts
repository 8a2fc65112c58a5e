/**
 * GeoJSON districts → TopoJSON: shared borders become shared arcs (topojson-server), each arc is
 * simplified (Douglas–Peucker) within its own tolerance (scripts/lib/geo/detail.ts), and
 * coordinates are quantised onto the source's own 1/1024° grid, which loses nothing.
 * Owns: topology building, simplification tolerance, quantisation. Pure.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { DistrictProps } from './decode.ts';

/** The ECharts source stores coordinates as integers of 1/1024 degree. */
export const SOURCE_GRID_DEG = 1 / 1024;
export const OBJECT_NAME = 'districts';

const KM_PER_DEG_LAT = 110.57;

export type DistrictTopology = Topology<{
  districts: GeometryCollection<{ name: string }>;
}>;

/** Distance in km from p to segment ab (lon/lat degrees; local equirectangular, fine at this size). */
export function segmentDistanceKm(p: Position, a: Position, b: Position): number {
  const kx = KM_PER_DEG_LAT * Math.cos(((a[1]! + b[1]!) / 2) * (Math.PI / 180));
  const px = (p[0]! - a[0]!) * kx;
  const py = (p[1]! - a[1]!) * KM_PER_DEG_LAT;
  const bx = (b[0]! - a[0]!) * kx;
  const by = (b[1]! - a[1]!) * KM_PER_DEG_LAT;
  const len2 = bx * bx + by * by;
  const t = len2 ? Math.max(0, Math.min(1, (px * bx + py * by) / len2)) : 0;
  return Math.hypot(px - t * bx, py - t * by);
}

/**
 * How far the simplified arcs stray from the originals: for every dropped point, its distance to
 * the simplified segment that replaced it. Arcs are subsequences of the originals.
 */
export function maxDeviationKm(original: Position[][], simplified: Position[][]): number {
  let max = 0;
  original.forEach((arc, i) => {
    const kept = simplified[i]!;
    let k = 0;
    for (const p of arc) {
      const a = kept[k]!;
      if (p[0] === a[0] && p[1] === a[1]) {
        if (k < kept.length - 1) k++;
        continue;
      }
      // p lies between kept[k-1] and kept[k].
      max = Math.max(max, segmentDistanceKm(p, kept[k - 1]!, a));
    }
  });
  return max;
}

export interface TopologyResult {
  topology: DistrictTopology;
  pointsBefore: number;
  pointsAfter: number;
  deviationKm: number;
  /** The arcs before simplification (lon/lat), index for index with the topology's arcs. */
  original: Position[][];
}

/** How far a border point may move, km: one tolerance for all, or one per point (lon/lat). */
export type Tolerance = number | ((point: Position) => number);

/**
 * Douglas–Peucker on one arc: keeps its ends and every point without which some dropped point
 * would lie farther than its tolerance from the segment replacing it. A closed arc (a whole ring)
 * keeps at least three distinct points, so no ring collapses to a line.
 */
export function simplifyArc(arc: readonly Position[], tolerance: Tolerance): Position[] {
  const toleranceOf = typeof tolerance === 'number' ? () => tolerance : tolerance;
  const n = arc.length;
  if (n <= 2) return [...arc];
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const closed = arc[0]![0] === arc[n - 1]![0] && arc[0]![1] === arc[n - 1]![1];
  const stack: [number, number][] = [];
  if (closed) {
    // A ring's chord is a point: split it at the vertex farthest from its start, and again.
    let far = 1;
    for (let i = 1; i < n - 1; i++)
      if (
        segmentDistanceKm(arc[i]!, arc[0]!, arc[0]!) >
        segmentDistanceKm(arc[far]!, arc[0]!, arc[0]!)
      )
        far = i;
    keep[far] = 1;
    let third = far > 1 ? 1 : n - 2;
    let best = -1;
    for (let i = 1; i < n - 1; i++) {
      if (i === far) continue;
      const d =
        i < far
          ? segmentDistanceKm(arc[i]!, arc[0]!, arc[far]!)
          : segmentDistanceKm(arc[i]!, arc[far]!, arc[0]!);
      if (d > best) [best, third] = [d, i];
    }
    keep[third] = 1;
    const cuts = [0, Math.min(far, third), Math.max(far, third), n - 1];
    for (let k = 0; k < 3; k++) stack.push([cuts[k]!, cuts[k + 1]!]);
  } else stack.push([0, n - 1]);
  while (stack.length) {
    const [a, b] = stack.pop()!;
    // The point farthest out of its own tolerance.
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistanceKm(arc[i]!, arc[a]!, arc[b]!) / toleranceOf(arc[i]!);
      if (d > worst) [worst, at] = [d, i];
    }
    if (worst > 1) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return arc.filter((_, i) => keep[i]);
}

/** The districts as a topology with shared arcs, in lon/lat, before any simplification. */
export function rawTopology(
  fc: FeatureCollection<Polygon | MultiPolygon, DistrictProps>,
): DistrictTopology {
  const withIds = {
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      id: f.properties.code,
      properties: { name: f.properties.name },
    })),
  };
  return topology({ [OBJECT_NAME]: withIds }) as unknown as DistrictTopology;
}

/** Builds, simplifies each arc within its tolerance (shared arcs stay shared) and quantises. */
export function buildTopology(
  fc: FeatureCollection<Polygon | MultiPolygon, DistrictProps>,
  tolerance: Tolerance,
): TopologyResult {
  const raw = rawTopology(fc);
  const original = raw.arcs as Position[][];
  const arcs = original.map((arc) => simplifyArc(arc, tolerance));
  const simplified = { ...raw, arcs } as unknown as DistrictTopology;
  const deviationKm = maxDeviationKm(original, arcs);
  const [x0, y0] = boundsMin(arcs);
  const quantised = quantize(simplified, {
    scale: [SOURCE_GRID_DEG, SOURCE_GRID_DEG],
    translate: [x0, y0],
  }) as unknown as DistrictTopology;
  return {
    topology: quantised,
    pointsBefore: count(original),
    pointsAfter: count(arcs),
    deviationKm,
    original,
  };
}

function count(arcs: Position[][]): number {
  return arcs.reduce((n, a) => n + a.length, 0);
}

/** South-west corner, snapped down onto the source grid so quantisation stays exact. */
function boundsMin(arcs: Position[][]): [number, number] {
  let x = Infinity;
  let y = Infinity;
  for (const arc of arcs) {
    for (const p of arc) {
      x = Math.min(x, p[0]!);
      y = Math.min(y, p[1]!);
    }
  }
  return [
    Math.floor(x / SOURCE_GRID_DEG) * SOURCE_GRID_DEG,
    Math.floor(y / SOURCE_GRID_DEG) * SOURCE_GRID_DEG,
  ];
}
