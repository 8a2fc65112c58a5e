import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deltaE2000, deltaESeen, parseHex, rgbToLab, simulate, type Lab } from './cvd';

describe('deltaE2000', () => {
  // Test data from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula".
  const SHARMA: [Lab, Lab, number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
  ];
  it.each(SHARMA)('matches the published value for %j vs %j', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
  });

  it('is zero for equal colours and symmetric', () => {
    const lab = fc.tuple(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.double({ min: -120, max: 120, noNaN: true }),
      fc.double({ min: -120, max: 120, noNaN: true }),
    );
    fc.assert(
      fc.property(lab, lab, (a, b) => {
        expect(deltaE2000(a, a)).toBe(0);
        expect(deltaE2000(a, b)).toBeCloseTo(deltaE2000(b, a), 9);
      }),
    );
  });
});

describe('rgbToLab', () => {
  it('puts white at L 100 and black at L 0 with no chroma', () => {
    const white = rgbToLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.hypot(white[1], white[2])).toBeLessThan(0.01);
    expect(rgbToLab([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('gives the reference Lab of pure sRGB red', () => {
    const [L, a, b] = rgbToLab(parseHex('#ff0000'));
    expect(L).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
  });
});

describe('simulate', () => {
  it('leaves greys grey for every deficiency', () => {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const)
      for (const v of [0, 64, 128, 255]) {
        const [r, g, b] = simulate([v, v, v], d);
        expect(Math.max(Math.abs(r - v), Math.abs(g - v), Math.abs(b - v))).toBeLessThan(0.5);
      }
  });

  it('collapses an orange/green pair of similar lightness for red-green deficiencies only', () => {
    const orange = '#e66101';
    const green = '#5e9c36';
    const normal = deltaESeen(orange, green);
    expect(normal).toBeGreaterThan(40);
    expect(deltaESeen(orange, green, 'deuteranopia')).toBeLessThan(normal / 4);
    expect(deltaESeen(orange, green, 'protanopia')).toBeLessThan(normal / 4);
    expect(deltaESeen(orange, green, 'tritanopia')).toBeGreaterThan(normal / 2);
  });
});

describe('parseHex', () => {
  it('reads long and short forms and rejects anything else', () => {
    expect(parseHex('#08519c')).toEqual([8, 81, 156]);
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(() => parseHex('rgb(1,2,3)')).toThrow(/not a hex colour/);
  });
});
