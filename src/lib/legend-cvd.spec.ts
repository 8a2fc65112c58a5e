/**
 * Every legend the product draws keeps neighbouring classes apart for readers with a red-green
 * (or blue-yellow) colour-vision deficiency: ΔE2000 ≥ 8 after simulation. Uses the real palettes;
 * the map's categorical colours are checked in colors.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { COUNT_FILLS, THEMES } from './colors';
import { deltaESeen, type Deficiency } from './cvd';
import { PROJECTOR } from '../components/present/theme';

const MIN_ADJACENT_DELTA_E = 8;
const VISION: (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];

function closestNeighbours(colors: readonly string[], d: Deficiency | undefined): number {
  return Math.min(...colors.slice(1).map((c, i) => deltaESeen(colors[i]!, c, d)));
}

describe('legend classes under colour-vision deficiency simulation', () => {
  it.each(THEMES)('map legend, %s theme', (theme) => {
    const colors = COUNT_FILLS[theme];
    for (const d of VISION)
      expect(closestNeighbours(colors, d), d ?? 'normal vision').toBeGreaterThanOrEqual(
        MIN_ADJACENT_DELTA_E,
      );
  });

  it('presentation legend (projector ramp)', () => {
    for (const d of VISION)
      expect(closestNeighbours(PROJECTOR.ramp, d), d ?? 'normal vision').toBeGreaterThanOrEqual(
        MIN_ADJACENT_DELTA_E,
      );
  });

  it('would catch a ramp that only changes hue along the red-green axis', () => {
    const redGreen = ['#e66101', '#5e9c36'];
    expect(closestNeighbours(redGreen, undefined)).toBeGreaterThan(MIN_ADJACENT_DELTA_E);
    expect(closestNeighbours(redGreen, 'deuteranopia')).toBeLessThan(MIN_ADJACENT_DELTA_E);
  });
});
