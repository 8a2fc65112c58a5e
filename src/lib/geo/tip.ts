/**
 * Where the map's tooltip points, in CSS px inside the map's frame: at the pointer when the
 * pointer is over the district, else (keyboard focus) at the district's label anchor, or its
 * tile in the tile grid.
 * Pure; knows nothing about the DOM.
 */
import type { MapDrawing } from './drawing';
import { toPixels, type ViewBox } from './fit';

export function tipPosition(
  drawing: Pick<MapDrawing, 'districts' | 'tiles' | 'viewBox'>,
  code: string,
  layout: 'map' | 'tiles',
  frame: { width: number; height: number },
  pointer: [number, number] | null,
): [number, number] | null {
  if (!frame.width) return null;
  if (pointer) return pointer;
  if (layout === 'tiles') {
    const t = drawing.tiles.find((x) => x.code === code);
    const cols = Math.max(...drawing.tiles.map((x) => x.col)) + 1;
    return t ? [((t.col + 0.5) / cols) * frame.width, ((t.row + 0.8) / cols) * frame.width] : null;
  }
  const d = drawing.districts.find((x) => x.code === code);
  return d ? toPixels(drawing.viewBox as ViewBox, frame.width, frame.height, d.label) : null;
}
