import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linearScale } from './linear';

describe('linearScale', () => {
  it('maps the domain onto the range', () => {
    const x = linearScale([0, 100], [10, 210]);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    expect(x(100)).toBe(210);
  });

  it('rounds its ends and ticks as d3-scale does (the sister-cities axis: 0 to 1.1 × the largest total)', () => {
    const y = linearScale([0, 215 * 1.1], [300, 20], { nice: true });
    expect(y.domain).toEqual([0, 240]);
    expect(y.ticks(4)).toEqual([0, 50, 100, 150, 200]);
  });

  it('equals d3-scale for any domain and range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lo, width, r0, r1, at) => {
          const ours = linearScale([lo, lo + width], [r0, r1], { nice: true });
          const d3 = scaleLinear()
            .domain([lo, lo + width])
            .range([r0, r1])
            .nice();
          // -0 and 0 are the same place on an axis.
          const z = (a: readonly number[]) => a.map((v) => v + 0);
          expect(z(ours.domain)).toEqual(z(d3.domain()));
          expect(z(ours.ticks(4))).toEqual(z(d3.ticks(4)));
          const v = lo + width * at;
          expect(ours(v)).toBeCloseTo(d3(v), 6);
        },
      ),
    );
  });
});
