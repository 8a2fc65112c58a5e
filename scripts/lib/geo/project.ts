/**
 * Build-time drawing: projects the topology once into a fixed coordinate system (VIEW_WIDTH wide,
 * integers) and writes compact SVG path strings, so the browser only scales them by viewBox.
 * Owns: the projection, the path encoding, label anchors, neighbour lists. Pure.
 */
import {
  geoConicEqualArea,
  geoPath,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { DistrictTopology } from './topology.ts';
import { poleOfInaccessibility, type Ring } from './polylabel.ts';

/**
 * Width of the fixed coordinate system; coordinates are rounded to whole units. 1 unit ≈ 0.24 km,
 * under 1.3 CSS px at the largest scale the map is drawn (the full-width inset on a phone).
 * Measured: 4000 units cost 35 KB gzip of path text, 2000 units 27 KB.
 */
export const VIEW_WIDTH = 2000;

/** Equal-area (a choropleth compares areas), standard parallels framing Chongqing's 28–32°N. */
export function chongqingProjection(): GeoProjection {
  return geoConicEqualArea().parallels([29, 31.5]).rotate([-107.75, 0]);
}

/** The projection every vintage is drawn with: fitted to the base object, VIEW_WIDTH wide. */
export function fittedProjection(topology: DistrictTopology): GeoProjection {
  const base = feature(topology, topology.objects.districts);
  // No resampling: borders are short segments already, and resampling only adds points.
  return chongqingProjection().fitWidth(VIEW_WIDTH, base).precision(0);
}

/** Path context writing integer, relative commands ("M12 34l1-2 3 4z") and skipping zero moves. */
export class CompactPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private started = false;
  moveTo(x: number, y: number): void {
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.parts.push(`M${this.x} ${this.y}`);
    this.started = false;
  }
  lineTo(x: number, y: number): void {
    const nx = Math.round(x);
    const ny = Math.round(y);
    if (nx === this.x && ny === this.y) return;
    const dx = nx - this.x;
    const dy = ny - this.y;
    this.parts.push(`${this.started ? (dx < 0 ? '' : ' ') : 'l'}${dx}${dy < 0 ? '' : ' '}${dy}`);
    this.started = true;
    this.x = nx;
    this.y = ny;
  }
  closePath(): void {
    this.parts.push('z');
    this.started = false;
  }
  arc(): void {
    throw new Error('points are not drawn');
  }
  toString(): string {
    return this.parts.join('');
  }
}

export interface DistrictShape {
  code: string;
  name: string;
  /** SVG path in view units. */
  d: string;
  /** Label anchor: the point deepest inside the largest part, and its distance to the border. */
  label: [number, number];
  labelRadius: number;
  /** [x0, y0, x1, y1] in view units. */
  bbox: [number, number, number, number];
  /** Codes of districts sharing a border, sorted. */
  neighbors: string[];
}

export interface MapDrawing {
  viewBox: [number, number, number, number];
  /** Each district's own stroke draws its borders: no separate border mesh is shipped. */
  districts: DistrictShape[];
}

/**
 * Draws one object of the topology (a boundary vintage; the base `districts` by default). The
 * projection is always fitted to the base object, so every vintage shares one coordinate system
 * and an unchanged district has the same path in each.
 */
export function drawTopology(topology: DistrictTopology, name = 'districts'): MapDrawing {
  const object = topology.objects[name as 'districts']!;
  const collection = feature(topology, object);
  const base = feature(topology, topology.objects.districts);
  const projection = fittedProjection(topology);
  const bounds = geoPath(projection).bounds(base);
  const height = Math.ceil(bounds[1][1]);
  const draw = (object: object): string => {
    const context = new CompactPath();
    // d3's GeoContext also declares beginPath/arc; CompactPath implements what polygons use.
    geoPath(projection, context as unknown as GeoContext)(object as GeoPermissibleObjects);
    return context.toString();
  };
  const adjacency = adjacentDistricts(
    collection.features as Feature<Polygon | MultiPolygon>[],
    neighbors(object.geometries),
  );
  const codes = object.geometries.map((g) => String(g.id));
  const districts = collection.features.map((f, i): DistrictShape => {
    const b = geoPath(projection).bounds(f);
    const rings = largestPartRings(f as Feature<Polygon | MultiPolygon>, projection);
    const pole = poleOfInaccessibility(rings);
    return {
      code: codes[i]!,
      name: String(f.properties?.name ?? ''),
      d: draw(f),
      label: [Math.round(pole.x), Math.round(pole.y)],
      labelRadius: Math.round(pole.distance),
      bbox: [Math.floor(b[0][0]), Math.floor(b[0][1]), Math.ceil(b[1][0]), Math.ceil(b[1][1])],
      neighbors: [...adjacency[i]!].map((j) => codes[j]!).sort(),
    };
  });
  return {
    viewBox: [0, 0, VIEW_WIDTH, height],
    districts,
  };
}

/** The projected rings of the part with the largest projected area. */
function largestPartRings(f: Feature<Polygon | MultiPolygon>, projection: GeoProjection): Ring[] {
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: Ring[] = [];
  let bestArea = -1;
  for (const part of parts) {
    const area = geoPath(projection).area({ type: 'Polygon', coordinates: part });
    if (area > bestArea) {
      bestArea = area;
      best = part.map((ring) => ring.map((p) => projection(p as [number, number])!));
    }
  }
  return best;
}

/** Vertices closer than this count as the same border (the source digitised a few borders twice). */
export const NEAR_BORDER_KM = 0.5;
/** How many near vertices make two districts neighbours rather than corner-touching. */
export const NEAR_BORDER_MIN_POINTS = 5;

/**
 * Neighbours for keyboard navigation: districts sharing an arc, plus districts whose borders
 * run within NEAR_BORDER_KM of each other. The ECharts source digitised 开州's borders with 万州
 * and 云阳 separately (≤ 0.5 km apart, few shared vertices), so shared arcs alone miss them.
 * A multi-part district is never its own neighbour.
 */
export function adjacentDistricts(
  features: readonly Feature<Polygon | MultiPolygon>[],
  shared: readonly number[][],
): Set<number>[] {
  const result = shared.map((list, i) => new Set(list.filter((j) => j !== i)));
  const points = features.map((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2),
  );
  const kmX = 111.32 * Math.cos((30 * Math.PI) / 180);
  const kmY = 110.57;
  const boxes = points.map((ps) => {
    const xs = ps.map((p) => p[0]!);
    const ys = ps.map((p) => p[1]!);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  });
  const margin = 0.01;
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      if (result[i]!.has(j)) continue;
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (
        a[0] > b[2] + margin ||
        b[0] > a[2] + margin ||
        a[1] > b[3] + margin ||
        b[1] > a[3] + margin
      )
        continue;
      let near = 0;
      for (const p of points[i]!) {
        const hit = points[j]!.some(
          (q) => Math.hypot((p[0]! - q[0]!) * kmX, (p[1]! - q[1]!) * kmY) < NEAR_BORDER_KM,
        );
        if (hit && ++near >= NEAR_BORDER_MIN_POINTS) break;
      }
      if (near >= NEAR_BORDER_MIN_POINTS) {
        result[i]!.add(j);
        result[j]!.add(i);
      }
    }
  }
  return result;
}
