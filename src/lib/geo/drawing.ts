/**
 * The map as drawn at build time (scripts/map.ts): path strings in a fixed coordinate system
 * (scaled by viewBox in the browser), label anchors, neighbour lists and the tile-grid layout.
 * Owns: the typed access to that file. Knows nothing about metrics or the DOM.
 */
import raw from './chongqing.drawing.json';

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
  viewBox: [number, number, number, number];
  districts: DistrictShape[];
  interiorBorders: string;
  tiles: TilePlacement[];
}

export const DRAWING = raw as unknown as MapDrawing;

/** 中心城区: the nine central urban districts, too small to hit on the whole-city map. */
export const CENTRAL_DISTRICTS = [
  '500103', // 渝中
  '500104', // 大渡口
  '500105', // 江北
  '500106', // 沙坪坝
  '500107', // 九龙坡
  '500108', // 南岸
  '500109', // 北碚
  '500112', // 渝北
  '500113', // 巴南
] as const;
