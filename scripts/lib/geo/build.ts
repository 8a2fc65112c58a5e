/**
 * The map pipeline as one pure function: ECharts 4's compressed Chongqing map + the district list
 * in, the generated files out: one TopoJSON for anyone (an object per boundary vintage, sharing
 * arcs) and one precomputed drawing per vintage for the app (the 2016 one ships with the app's
 * code; the 2025 one is fetched only when shown). scripts/map.ts reads and writes; nothing here
 * touches the file system.
 */
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  VINTAGE_IDS,
  vintageUnits,
  type UnitRow,
  type VintageId,
} from '../../../src/lib/vintages.ts';
import { decodeEchartsMap, type EchartsMap } from './decode.ts';
import { rewindFeatures } from './winding.ts';
import { dropDegenerateParts, EARTH_RADIUS_KM } from './clean.ts';
import { recodeDistricts, type DistrictRef } from './recode.ts';
import { buildTopology, type DistrictTopology } from './topology.ts';
import { drawTopology, fittedProjection, type MapDrawing } from './project.ts';
import { tileGrid, type TilePlacement } from './tiles.ts';
import { vintageObject, type VintageObject } from './vintage.ts';
import { INSET_TOLERANCE_KM, toleranceNearFrames } from './detail.ts';
import { insetView } from '../../../src/lib/geo/inset.ts';

export const TOPOJSON_FILE = 'public/chongqing.topo.json';
export const DRAWING_FILES: Record<VintageId, string> = {
  '2016': 'src/lib/geo/chongqing.drawing.json',
  '2025': 'src/lib/geo/chongqing-2025.drawing.json',
};
/** The drawing of the earliest vintage, bundled with the app. */
export const DRAWING_FILE = DRAWING_FILES['2016'];
/** Grid the tile view starts from; empty rows and columns are dropped. */
export const TILE_COLS = 9;
export const TILE_ROWS = 8;
/** The region drawn enlarged in the inset: 中心城区. */
export const INSET_REGION = 'metro_core';

export interface Drawing extends MapDrawing {
  vintage: VintageId;
  tiles: TilePlacement[];
  /** The units drawn enlarged in the inset (the 中心城区 of this vintage), in code order. */
  central: string[];
  /** Units made here by merging abolished ones: their code → the codes merged. */
  merged: Record<string, string[]>;
}

export type MapDistrict = DistrictRef & UnitRow;

export interface MapBuild {
  files: Map<string, string>;
  log: string[];
}

function areaKm2(topology: DistrictTopology, name: string, code: string): number {
  const object = topology.objects[name as 'districts']!;
  const f = feature(topology, object).features.find((x) => String(x.id) === code)!;
  return geoArea(f as Feature<Polygon | MultiPolygon>) * EARTH_RADIUS_KM ** 2;
}

export function buildMap(source: EchartsMap, districts: readonly MapDistrict[]): MapBuild {
  const decoded = decodeEchartsMap(source);
  const cleaned = dropDegenerateParts(rewindFeatures(decoded));
  // The source draws the 2016 units; later vintages are built from them.
  const { features, changes } = recodeDistricts(cleaned.features, vintageUnits(districts, '2016'));
  // Borders the inset draws enlarged keep fine detail: where its frame lies is found on a first
  // build with fine detail everywhere (the frame follows the central districts' label anchors).
  const fine = buildTopology(features, INSET_TOLERANCE_KM).topology;
  const frames = VINTAGE_IDS.map((vintage) => {
    const v = vintage === '2016' ? null : vintageObject(fine, districts, vintage);
    const topology = v
      ? {
          ...fine,
          objects: {
            ...fine.objects,
            [v.name]: { type: 'GeometryCollection', geometries: v.geometries },
          },
        }
      : fine;
    const drawing = drawTopology(topology as DistrictTopology, v?.name);
    const central = vintageUnits(districts, vintage).filter((u) => u.region === INSET_REGION);
    return insetView(
      drawing.districts,
      central.map((u) => u.code),
    )!;
  });
  const built = buildTopology(features, toleranceNearFrames(frames, fittedProjection(fine)));
  const topology = built.topology;
  const log = [
    ...changes.map((c) => `updated ${c}`),
    `dropped ${cleaned.dropped} zero-area ring(s)`,
    `points ${built.pointsBefore} → ${built.pointsAfter} (max border shift ${built.deviationKm.toFixed(3)} km)`,
  ];
  const objects: Partial<Record<VintageId, VintageObject>> = {};
  for (const vintage of VINTAGE_IDS.slice(1)) {
    const v = vintageObject(topology, districts, vintage);
    (topology.objects as Record<string, unknown>)[v.name] = {
      type: 'GeometryCollection',
      geometries: v.geometries,
    };
    objects[vintage] = v;
    for (const m of v.merged) {
      const parts = m.parts.map((p) => `${p.name} ${p.code}`).join(' + ');
      const km2 = Math.round(areaKm2(topology, v.name, m.code));
      log.push(`${vintage}: ${m.name} ${m.code} = ${parts} (${km2} km² as drawn)`);
    }
  }
  const files = new Map<string, string>([[TOPOJSON_FILE, JSON.stringify(topology) + '\n']]);
  for (const vintage of VINTAGE_IDS) {
    const name = objects[vintage]?.name ?? 'districts';
    const drawing = drawTopology(topology, name);
    const units = vintageUnits(districts, vintage);
    const tiles = tileGrid(
      drawing.districts.map((d) => ({ code: d.code, x: d.label[0], y: d.label[1] })),
      TILE_COLS,
      TILE_ROWS,
    );
    const merged = Object.fromEntries(
      (objects[vintage]?.merged ?? []).map((m) => [m.code, m.parts.map((p) => p.code)]),
    );
    const out: Drawing = {
      vintage,
      ...drawing,
      tiles,
      central: units.filter((u) => u.region === INSET_REGION).map((u) => u.code),
      merged,
    };
    files.set(DRAWING_FILES[vintage], JSON.stringify(out) + '\n');
  }
  return { files, log };
}
