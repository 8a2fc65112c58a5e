import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlaps, separateTargets } from './targets';

describe('separateTargets', () => {
  it('leaves targets that do not overlap where they are', () => {
    const t = [
      { code: 'a', x: 0, y: 0 },
      { code: 'b', x: 30, y: 5 },
    ];
    expect(separateTargets(t, 26)).toEqual(t);
  });
  it('nudges overlapping targets apart by as little as needed', () => {
    // 渝中 and 南岸 in the inset: 21 px apart horizontally, 10 px vertically.
    const [a, b] = separateTargets(
      [
        { code: '500103', x: 100, y: 100 },
        { code: '500108', x: 121, y: 110 },
      ],
      26,
    );
    expect(overlaps(a!, b!, 26)).toBe(false);
    expect(Math.abs(a!.x - 100)).toBeLessThan(3);
    expect(a!.y).toBe(100);
  });
  it('separates any small set of targets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (points) => {
          const out = separateTargets(
            points.map(([x, y], i) => ({ code: String(i), x, y })),
            24,
          );
          for (let i = 0; i < out.length; i++)
            for (let j = i + 1; j < out.length; j++)
              expect(overlaps(out[i]!, out[j]!, 24)).toBe(false);
        },
      ),
    );
  });
});
