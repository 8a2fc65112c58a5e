/**
 * How far simplification moves the drawn borders, in CSS px where each part is drawn largest:
 * borders inside the inset's frame at the inset's largest width, every other border at the whole
 * map's largest width (a projector). Measured on the generated TopoJSON against the unsimplified
 * source, both projected as the drawing is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { transform } from 'topojson-client';
import { readInputs } from '../../map.ts';
import { buildMap, DRAWING_FILES, TOPOJSON_FILE, type Drawing } from './build.ts';
import { decodeEchartsMap } from './decode.ts';
import { rewindFeatures } from './winding.ts';
import { dropDegenerateParts } from './clean.ts';
import { recodeDistricts } from './recode.ts';
import { rawTopology, simplifyArc, type DistrictTopology } from './topology.ts';
import { fittedProjection, VIEW_WIDTH } from './project.ts';
import { borderShift, INSET_MAX_PX, MAP_MAX_PX } from './detail.ts';
import { insetView } from '../../../src/lib/geo/inset.ts';
import type { ViewBox } from '../../../src/lib/geo/fit.ts';
import { vintageUnits } from '../../../src/lib/vintages.ts';

let shift: ReturnType<typeof borderShift>;
let unrounded: ReturnType<typeof borderShift>;
let frames: ViewBox[];

beforeAll(() => {
  const { source, districts } = readInputs();
  const files = buildMap(source, districts).files;
  const topo = JSON.parse(files.get(TOPOJSON_FILE)!) as DistrictTopology;
  frames = Object.values(DRAWING_FILES).map((path) => {
    const d = JSON.parse(files.get(path)!) as Drawing;
    return insetView(d.districts, d.central)!;
  });
  const cleaned = dropDegenerateParts(rewindFeatures(decodeEchartsMap(source)));
  const { features } = recodeDistricts(cleaned.features, vintageUnits(districts, '2016'));
  const original = rawTopology(features).arcs as Position[][];
  const drawn = topo.arcs.map((arc) => {
    const t = transform(topo.transform!);
    return arc.map((p, i) => t(p, i > 0) as Position);
  });
  const projection = fittedProjection(topo);
  shift = borderShift(original, drawn, projection, frames);
  unrounded = borderShift(original, drawn, projection, frames, false);
}, 60_000);

describe('border detail', () => {
  it('moves no border inside the inset by more than 1 px at the inset’s largest width', () => {
    const px = INSET_MAX_PX / Math.min(...frames.map((f) => f[2]));
    console.log(
      `inset (${INSET_MAX_PX} px): simplification ${(unrounded.inset.units * px).toFixed(2)} px,` +
        ` with the whole-unit grid ${(shift.inset.units * px).toFixed(2)} px`,
    );
    expect(unrounded.inset.units * px, `at ${unrounded.inset.at}`).toBeLessThanOrEqual(1);
    expect(unrounded.inset.units).toBeGreaterThan(0);
  });

  it('moves no other border by more than 1 px at the whole map’s largest width', () => {
    const px = MAP_MAX_PX / VIEW_WIDTH;
    console.log(
      `map (${MAP_MAX_PX} px): simplification ${(unrounded.map.units * px).toFixed(2)} px,` +
        ` with the whole-unit grid ${(shift.map.units * px).toFixed(2)} px`,
    );
    expect(unrounded.map.units * px, `at ${unrounded.map.at}`).toBeLessThanOrEqual(1);
    // The whole-unit grid of the paths adds at most half a unit in x and in y.
    expect(shift.map.units - unrounded.map.units).toBeLessThanOrEqual(Math.SQRT1_2 + 1e-9);
  });
});

describe('simplifyArc', () => {
  const km = 1 / 110.57; // one km of latitude, in degrees
  it('drops a point within the tolerance and keeps one beyond it', () => {
    const arc: Position[] = [
      [0, 0],
      [0.05 * km, 1 * km],
      [0, 2 * km],
      [1 * km, 2 * km],
    ];
    expect(simplifyArc(arc, 0.1)).toEqual([arc[0], arc[2], arc[3]]);
    expect(simplifyArc(arc, 0.01)).toEqual(arc);
  });
  it('keeps a closed ring a ring (three distinct points at least)', () => {
    const ring: Position[] = [
      [0, 0],
      [0.01 * km, 0],
      [0.01 * km, 0.01 * km],
      [0, 0.01 * km],
      [0, 0],
    ];
    const kept = simplifyArc(ring, 10);
    expect(kept[0]).toEqual(kept[kept.length - 1]);
    expect(new Set(kept.map(String)).size).toBeGreaterThanOrEqual(3);
  });
});
