/**
 * The map as drawn at build time (scripts/map.ts), one drawing per boundary vintage: path strings
 * in a fixed coordinate system shared by all vintages (scaled by viewBox in the browser), label
 * anchors, neighbour lists, the tile-grid layout and the inset's central districts.
 * Owns: the typed access to those files, and fetching the later ones. Knows nothing about metrics
 * or the DOM.
 */
import raw from './chongqing.drawing.json';
import type { VintageId } from '../vintages';

export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface DistrictShape {
  code: string;
  name: string;
  d: string;
  label: [number, number];
  /** Distance from the label anchor to the nearest border, in view units. */
  labelRadius: number;
  bbox: Box;
  neighbors: string[];
}

export interface TilePlacement {
  code: string;
  col: number;
  row: number;
}

export interface MapDrawing {
  /** The boundary vintage drawn (src/lib/vintages.ts). */
  vintage: VintageId;
  viewBox: [number, number, number, number];
  districts: DistrictShape[];
  tiles: TilePlacement[];
  /** 中心城区 of this vintage: the units the inset enlarges. */
  central: string[];
  /** Units drawn as the union of abolished ones (x-liangjiang: 500105, 500112). */
  merged: Record<string, string[]>;
}

/** The 2016 boundaries: bundled with the code, so the map draws before anything else arrives. */
export const DRAWING = raw as unknown as MapDrawing;

// Later vintages are fetched only when a view shows them: the first load does not grow.
const LOADERS: Record<Exclude<VintageId, '2016'>, () => Promise<{ default: unknown }>> = {
  '2025': () => import('./chongqing-2025.drawing.json'),
};
const fetched = new Map<VintageId, MapDrawing>([['2016', DRAWING]]);

/** The drawing of a vintage once fetched, else null (see drawingOf). */
export function drawingNow(vintage: VintageId): MapDrawing | null {
  return fetched.get(vintage) ?? null;
}

/** The drawing of a vintage: itself once fetched (drawn in the same pass), else its promise. */
export function drawingOf(vintage: VintageId): MapDrawing | Promise<MapDrawing> {
  const done = fetched.get(vintage);
  if (done) return done;
  return LOADERS[vintage as Exclude<VintageId, '2016'>]().then((m) => {
    const drawing = m.default as MapDrawing;
    fetched.set(vintage, drawing);
    return drawing;
  });
}
