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

/** Space kept between the tooltip and the edge of its area, CSS px. */
const TIP_MARGIN_PX = 4;
/** Distance from the point the tooltip is about. */
const TIP_GAP_PX = 12;

/**
 * Where a tooltip of `size` goes for a point: below and right of it, moved left to stay inside
 * the area (the map, not the inset under it on a phone, nor past the screen's edge), and above the
 * point when below would run out of the area. Returns its top-left corner.
 */
export function placeTooltip(
  point: [number, number],
  size: { width: number; height: number },
  area: { width: number; height: number },
): [number, number] {
  const [x, y] = point;
  const maxLeft = Math.max(TIP_MARGIN_PX, area.width - size.width - TIP_MARGIN_PX);
  const left = Math.min(Math.max(x + TIP_GAP_PX, TIP_MARGIN_PX), maxLeft);
  let top = y + TIP_GAP_PX;
  if (top + size.height > area.height) top = y - TIP_GAP_PX - size.height;
  if (top < 0) top = Math.max(0, Math.min(y + TIP_GAP_PX, area.height - size.height));
  return [left, top];
}
