/**
 * The enlarged inset of the central districts: the square part of the map it shows (so the main
 * map can draw a locator box around the same area), from the central districts' label anchors
 * plus a margin.
 * Owns: that frame. Pure; the list of central districts comes from the drawing shown.
 */
import type { DistrictShape } from './drawing';
import { frameBox, unionBox, type ViewBox } from './fit';

/** Margin around the central districts' anchors, as a fraction of their extent. */
const INSET_MARGIN = 0.16;

export function insetView(
  shapes: readonly Pick<DistrictShape, 'code' | 'label'>[],
  central: readonly string[],
): ViewBox | null {
  const anchors = shapes.filter((s) => central.includes(s.code));
  if (!anchors.length) return null;
  return frameBox(
    unionBox(anchors.map((s) => [s.label[0], s.label[1], s.label[0], s.label[1]])),
    1,
    INSET_MARGIN,
  );
}
