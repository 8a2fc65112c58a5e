/**
 * GeoJSON districts → TopoJSON: shared borders become shared arcs (topojson-server), points that
 * move a border by less than a tolerance are dropped (topojson-simplify, Visvalingam), and
 * coordinates are quantised onto the source's own 1/1024° grid, which loses nothing.
 * Owns: topology building, simplification tolerance, quantisation. Pure.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { DistrictProps } from './decode.ts';

/** The ECharts source stores coordinates as integers of 1/1024 degree. */
export const SOURCE_GRID_DEG = 1 / 1024;
/**
 * Largest distance a simplified border may move, in km: one step of the source's own grid
 * (1/1024° ≈ 0.1 km), i.e. within the precision the boundaries were published at. Measured: this
 * removes only collinear points; 0.2 km would already move borders by ~2 px in the inset.
 */
export const SIMPLIFY_TOLERANCE_KM = 0.1;
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
}

/** Builds, simplifies (largest weight whose deviation stays within tolerance) and quantises. */
export function buildTopology(
  fc: FeatureCollection<Polygon | MultiPolygon, DistrictProps>,
  toleranceKm = SIMPLIFY_TOLERANCE_KM,
): TopologyResult {
  const withIds = {
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      id: f.properties.code,
      properties: { name: f.properties.name },
    })),
  };
  const raw = topology({ [OBJECT_NAME]: withIds }) as unknown as DistrictTopology;
  const original = raw.arcs as Position[][];
  const weighted = presimplify(raw);
  // Removal is nested as the weight grows, so deviation grows with it: bisect on log(weight).
  let lo = -16;
  let hi = -4;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const dev = maxDeviationKm(original, simplify(weighted, 10 ** mid).arcs as Position[][]);
    if (dev <= toleranceKm) lo = mid;
    else hi = mid;
  }
  const simplified = simplify(weighted, 10 ** lo);
  const arcs = simplified.arcs as Position[][];
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
