/**
 * Drops degenerate polygon parts: the ECharts source has a few closed rings that only go back
 * and forth along a line (zero area). They draw nothing, and no simplification can keep them
 * within tolerance, so they are removed before building the topology.
 * Owns: that rule. Returns new geometry; never mutates its input.
 */
import { geoArea } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export const EARTH_RADIUS_KM = 6371.0088;
/** Below this a part is a line, not a place (the smallest real part in the source is ~5,000 m²). */
export const MIN_PART_KM2 = 0.001;

export function polygonAreaKm2(rings: Position[][]): number {
  return geoArea({ type: 'Polygon', coordinates: rings }) * EARTH_RADIUS_KM ** 2;
}

export function dropDegenerateParts<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): {
  features: FeatureCollection<Polygon | MultiPolygon, P>;
  dropped: number;
} {
  let dropped = 0;
  const features = fc.features.map((f) => {
    if (f.geometry.type === 'Polygon') return f;
    const parts = f.geometry.coordinates.filter((p) => polygonAreaKm2(p) >= MIN_PART_KM2);
    dropped += f.geometry.coordinates.length - parts.length;
    const geometry: Polygon | MultiPolygon =
      parts.length === 1
        ? { type: 'Polygon', coordinates: parts[0]! }
        : { type: 'MultiPolygon', coordinates: parts };
    return { ...f, geometry };
  });
  return { features: { ...fc, features }, dropped };
}
