/**
 * Decodes ECharts 4's compressed map files (`"UTF8Encoding": true`) into plain GeoJSON, the same
 * way ECharts 4 does (src/coord/geo/parseGeoJson.js): each ring is a string of character pairs,
 * each pair a zigzag-encoded delta (char code − 64) from the previous point, starting at the
 * ring's encodeOffsets; coordinates are integers divided by UTF8Scale (default 1024).
 * Owns: the decode only. Returns new objects; never mutates its input.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface EchartsFeature {
  id?: string;
  type: 'Feature';
  properties: { name: string; cp?: [number, number]; childNum?: number };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

export interface EchartsMap {
  type?: string;
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
}

export interface DistrictProps {
  code: string;
  name: string;
}

export const ECHARTS_DEFAULT_SCALE = 1024;

/** Decodes one ring string; `offset` is the ring's starting point in scaled integers. */
export function decodeRing(
  encoded: string,
  offset: readonly [number, number],
  scale: number,
): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`ring string has odd length ${encoded.length}`);
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    // Zigzag: even → positive half, odd → negative half.
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Closes a ring (GeoJSON rings end where they start); ECharts' rings are open. */
export function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return ring;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [...first]];
}

/** The whole file → a GeoJSON FeatureCollection with `{code, name}` properties and closed rings. */
export function decodeEchartsMap(
  map: EchartsMap,
): FeatureCollection<Polygon | MultiPolygon, DistrictProps> {
  if (!map.UTF8Encoding)
    throw new Error('not an ECharts compressed map (UTF8Encoding is not true)');
  const scale = map.UTF8Scale ?? ECHARTS_DEFAULT_SCALE;
  const features = map.features.map((f, i): Feature<Polygon | MultiPolygon, DistrictProps> => {
    const where = `feature ${i} (${f.properties?.name ?? '?'})`;
    if (!f.id) throw new Error(`${where}: no id`);
    const g = f.geometry;
    const ring = (s: string, o: [number, number] | undefined) => {
      if (!o) throw new Error(`${where}: missing encodeOffsets`);
      return closeRing(decodeRing(s, o, scale));
    };
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((s, r) => ring(s, g.encodeOffsets[r])) }
        : {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map((poly, p) =>
              poly.map((s, r) => ring(s, g.encodeOffsets[p]?.[r])),
            ),
          };
    return { type: 'Feature', properties: { code: f.id, name: f.properties.name }, geometry };
  });
  return { type: 'FeatureCollection', features };
}
