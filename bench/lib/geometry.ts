/**
 * The district geometry the benchmark gives both pages, as plain GeoJSON with `code` and `name`
 * per feature. Source of truth is ours: public/chongqing.topo.json when it exists (converted with
 * topojson-client, coordinates rounded to the topology's own quantisation step so nothing is lost
 * or added); until then the ECharts 4 Chongqing file, decoded the way ECharts 4 decodes it.
 * Knows nothing about browsers; used by the peer build and by the bench harness.
 */
import { existsSync, readFileSync } from 'node:fs';
import { geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export const OUR_TOPOJSON = 'public/chongqing.topo.json';
export const ECHARTS4_CHONGQING = 'node_modules/echarts4/map/json/province/chongqing.json';

export interface DistrictProps {
  code: string;
  name: string;
}
export type DistrictCollection = FeatureCollection<Geometry, DistrictProps>;

export interface BenchGeometry {
  geojson: DistrictCollection;
  /** Which file the geometry came from, for the report. */
  origin: string;
}

export function loadBenchGeometry(root = '.'): BenchGeometry {
  const topoPath = `${root}/${OUR_TOPOJSON}`;
  if (existsSync(topoPath)) {
    const topo = JSON.parse(readFileSync(topoPath, 'utf8')) as Topology;
    return { geojson: fromTopology(topo), origin: OUR_TOPOJSON };
  }
  const raw = JSON.parse(readFileSync(`${root}/${ECHARTS4_CHONGQING}`, 'utf8')) as Echarts4Map;
  return { geojson: decodeEcharts4(raw), origin: `${ECHARTS4_CHONGQING} (decoded)` };
}

function fromTopology(topo: Topology): DistrictCollection {
  const name = Object.keys(topo.objects)[0];
  if (!name) throw new Error(`${OUR_TOPOJSON}: no objects`);
  const fc = feature(topo, topo.objects[name]!) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
  const step = topo.transform ? Math.min(...topo.transform.scale) : 1e-6;
  const decimals = Math.max(0, Math.ceil(-Math.log10(step)) + 1);
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: {
        code: String(f.properties?.code ?? f.id ?? ''),
        name: String(f.properties?.name_zh ?? f.properties?.name ?? f.id ?? ''),
      },
      geometry: roundGeometry(f.geometry, decimals),
    })),
  };
}

function roundGeometry(g: Geometry, decimals: number): Geometry {
  const k = 10 ** decimals;
  const r = (p: Position): Position => p.map((v) => Math.round(v * k) / k);
  switch (g.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(r)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(r))),
      };
    default:
      return g;
  }
}

interface Echarts4Map {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    id: string;
    properties: { name: string };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
  }[];
}

/** ECharts 4's `decodeGeoJSON`: zig-zag delta coding in UTF-8 characters, scale 1024. */
export function decodeEcharts4(raw: Echarts4Map): DistrictCollection {
  const scale = raw.UTF8Scale ?? 1024;
  const ring = (s: string, offset: [number, number]): Position[] => {
    const out: Position[] = [];
    let [x0, y0] = offset;
    for (let i = 0; i < s.length; i += 2) {
      let x = s.charCodeAt(i) - 64;
      let y = s.charCodeAt(i + 1) - 64;
      x = ((x >> 1) ^ -(x & 1)) + x0;
      y = ((y >> 1) ^ -(y & 1)) + y0;
      x0 = x;
      y0 = y;
      // 1/1024° is the source precision; 4 decimals keep it without float noise.
      out.push([Math.round((x / scale) * 1e4) / 1e4, Math.round((y / scale) * 1e4) / 1e4]);
    }
    return out;
  };
  const features: Feature<Geometry, DistrictProps>[] = raw.features.map((f) => {
    const props = { code: f.id, name: f.properties.name };
    if (!raw.UTF8Encoding)
      return { type: 'Feature', properties: props, geometry: f.geometry as unknown as Geometry };
    if (f.geometry.type === 'Polygon') {
      const rings = f.geometry.coordinates as string[];
      const offsets = f.geometry.encodeOffsets as [number, number][];
      return {
        type: 'Feature',
        properties: props,
        geometry: { type: 'Polygon', coordinates: rings.map((s, i) => ring(s, offsets[i]!)) },
      };
    }
    const polys = f.geometry.coordinates as string[][];
    const offsets = f.geometry.encodeOffsets as [number, number][][];
    return {
      type: 'Feature',
      properties: props,
      geometry: {
        type: 'MultiPolygon',
        coordinates: polys.map((rings, p) => rings.map((s, i) => ring(s, offsets[p]![i]!))),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * A point inside each district (longitude, latitude): the centroid when it falls inside, else the
 * inside grid point nearest to it. The harness hovers these on the peer's canvas.
 */
export function interiorPoints(fc: DistrictCollection): Map<string, [number, number]> {
  const points = new Map<string, [number, number]>();
  for (const f of fc.features) {
    const c = geoCentroid(f) as [number, number];
    if (geoContains(f, c)) {
      points.set(f.properties.code, c);
      continue;
    }
    const [[x0, y0], [x1, y1]] = geoBounds(f);
    let best: [number, number] | null = null;
    let bestD = Infinity;
    const N = 40;
    for (let i = 1; i < N; i++)
      for (let j = 1; j < N; j++) {
        const p: [number, number] = [x0 + ((x1 - x0) * i) / N, y0 + ((y1 - y0) * j) / N];
        const d = (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2;
        if (d < bestD && geoContains(f, p)) [best, bestD] = [p, d];
      }
    if (best) points.set(f.properties.code, best);
  }
  return points;
}
