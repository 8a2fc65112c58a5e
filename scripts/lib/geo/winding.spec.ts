import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import { isClockwise, rewindFeatures, rewindPolygon } from './winding.ts';

// In lon/lat with north up: clockwise runs north → east → south.
const CLOCKWISE: Position[] = [
  [106, 29],
  [106, 30],
  [107, 30],
  [107, 29],
  [106, 29],
];
const HOLE_CW: Position[] = [
  [106.4, 29.4],
  [106.4, 29.6],
  [106.6, 29.6],
  [106.6, 29.4],
  [106.4, 29.4],
];

describe('winding', () => {
  it('tells clockwise rings from counter-clockwise ones', () => {
    expect(isClockwise(CLOCKWISE)).toBe(true);
    expect(isClockwise([...CLOCKWISE].reverse())).toBe(false);
  });
  it('makes exteriors clockwise and holes counter-clockwise', () => {
    const fixed = rewindPolygon([[...CLOCKWISE].reverse(), HOLE_CW]);
    expect(isClockwise(fixed[0]!)).toBe(true);
    expect(isClockwise(fixed[1]!)).toBe(false);
  });
  it('turns a globe-filling district into a small one (area in steradians)', () => {
    const wrong = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'Polygon' as const, coordinates: [[...CLOCKWISE].reverse()] },
        },
      ],
    };
    expect(geoArea(wrong.features[0]!)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewindFeatures(wrong);
    expect(geoArea(fixed.features[0]!)).toBeLessThan(0.001);
    expect(geoArea(wrong.features[0]!)).toBeGreaterThan(2 * Math.PI); // input untouched
  });
});
