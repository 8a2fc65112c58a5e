/**
 * The map pipeline as one pure function: ECharts 4's compressed Chongqing map + the district list
 * in, the two generated files out (TopoJSON for anyone, precomputed drawing for the app).
 * scripts/map.ts reads and writes; nothing here touches the file system.
 */
import { decodeEchartsMap, type EchartsMap } from './decode.ts';
import { rewindFeatures } from './winding.ts';
import { dropDegenerateParts } from './clean.ts';
import { recodeDistricts, type DistrictRef } from './recode.ts';
import { buildTopology } from './topology.ts';
import { drawTopology, type MapDrawing } from './project.ts';
import { tileGrid, type TilePlacement } from './tiles.ts';

export const TOPOJSON_FILE = 'public/chongqing.topo.json';
export const DRAWING_FILE = 'src/lib/geo/chongqing.drawing.json';
/** Grid the tile view starts from; empty rows and columns are dropped. */
export const TILE_COLS = 9;
export const TILE_ROWS = 8;

export interface Drawing extends MapDrawing {
  tiles: TilePlacement[];
}

export interface MapBuild {
  files: Map<string, string>;
  log: string[];
}

export function buildMap(source: EchartsMap, districts: readonly DistrictRef[]): MapBuild {
  const decoded = decodeEchartsMap(source);
  const cleaned = dropDegenerateParts(rewindFeatures(decoded));
  const { features, changes } = recodeDistricts(cleaned.features, districts);
  const built = buildTopology(features);
  const drawing = drawTopology(built.topology);
  const tiles = tileGrid(
    drawing.districts.map((d) => ({ code: d.code, x: d.label[0], y: d.label[1] })),
    TILE_COLS,
    TILE_ROWS,
  );
  const out: Drawing = { ...drawing, tiles };
  const log = [
    ...changes.map((c) => `updated ${c}`),
    `dropped ${cleaned.dropped} zero-area ring(s)`,
    `points ${built.pointsBefore} → ${built.pointsAfter} (max border shift ${built.deviationKm.toFixed(3)} km)`,
  ];
  return {
    files: new Map([
      [TOPOJSON_FILE, JSON.stringify(built.topology) + '\n'],
      [DRAWING_FILE, JSON.stringify(out) + '\n'],
    ]),
    log,
  };
}
