/**
 * Fitting the precomputed drawing to a container: the viewBox that frames a set of boxes with a
 * margin at a given aspect ratio, and how many CSS pixels one view unit becomes.
 * Owns: that arithmetic. Pure; knows nothing about the DOM.
 */
import type { Box } from './drawing';

export type ViewBox = [x: number, y: number, width: number, height: number];

export function unionBox(boxes: readonly Box[]): Box {
  if (!boxes.length) throw new Error('no boxes to frame');
  return boxes.reduce<Box>(
    (u, b) => [
      Math.min(u[0], b[0]),
      Math.min(u[1], b[1]),
      Math.max(u[2], b[2]),
      Math.max(u[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/**
 * The smallest viewBox with the given aspect (width / height) that contains `box` plus a
 * margin (a fraction of the box's larger side), centred on the box.
 */
export function frameBox(box: Box, aspect: number, margin = 0): ViewBox {
  const pad = Math.max(box[2] - box[0], box[3] - box[1]) * margin;
  let w = box[2] - box[0] + 2 * pad;
  let h = box[3] - box[1] + 2 * pad;
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  return [cx - w / 2, cy - h / 2, w, h];
}

/**
 * CSS pixels per view unit when a viewBox is drawn into a width × height container with
 * preserveAspectRatio "xMidYMid meet" (the whole viewBox visible, as large as fits).
 */
export function pixelsPerUnit(view: ViewBox, width: number, height: number): number {
  return Math.min(width / view[2], height / view[3]);
}

/** A point in view units → CSS pixels inside the container (for tooltips). */
export function toPixels(
  view: ViewBox,
  width: number,
  height: number,
  [x, y]: readonly [number, number],
): [number, number] {
  const s = pixelsPerUnit(view, width, height);
  const offsetX = (width - view[2] * s) / 2;
  const offsetY = (height - view[3] * s) / 2;
  return [offsetX + (x - view[0]) * s, offsetY + (y - view[1]) * s];
}

export function intersects(a: Box, view: ViewBox): boolean {
  return a[0] < view[0] + view[2] && a[2] > view[0] && a[1] < view[1] + view[3] && a[3] > view[1];
}
