/**
 * Ring winding for d3-geo. d3-geo is spherical: a polygon's inside is the side its ring winds
 * around clockwise, so a counter-clockwise exterior ring means "everything but this district"
 * and fills the globe. Exteriors must be clockwise, holes counter-clockwise.
 * Owns: winding checks and fixes. Returns new geometry; never mutates its input.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** True when the ring alone encloses less than a hemisphere, i.e. winds clockwise in d3-geo's sense. */
export function isClockwise(ring: readonly Position[]): boolean {
  return geoArea({ type: 'Polygon', coordinates: [ring as Position[]] }) <= 2 * Math.PI;
}

/** Exterior (index 0) clockwise, holes counter-clockwise. */
export function rewindPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const wantClockwise = i === 0;
    return isClockwise(ring) === wantClockwise ? ring : [...ring].reverse();
  });
}

export function rewindFeatures<P>(
  fc: FeatureCollection<Polygon | MultiPolygon, P>,
): FeatureCollection<Polygon | MultiPolygon, P> {
  return {
    ...fc,
    features: fc.features.map((f): Feature<Polygon | MultiPolygon, P> => {
      const g = f.geometry;
      const geometry: Polygon | MultiPolygon =
        g.type === 'Polygon'
          ? { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) }
          : { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) };
      return { ...f, geometry };
    }),
  };
}
