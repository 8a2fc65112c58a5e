import { describe, expect, it } from 'vitest';
import { CompactPath, chongqingProjection, VIEW_WIDTH } from './project.ts';
import { poleOfInaccessibility, signedDistance } from './polylabel.ts';
import { assignMinCost, tileGrid } from './tiles.ts';
import { maxDeviationKm } from './topology.ts';

describe('CompactPath', () => {
  it('writes integer relative commands and drops moves that round to nothing', () => {
    const p = new CompactPath();
    p.moveTo(10.4, 20.6);
    p.lineTo(13.2, 18.9);
    p.lineTo(13.4, 19.1);
    p.lineTo(10, 25);
    p.closePath();
    expect(p.toString()).toBe('M10 21l3-2-3 6z');
  });
});

describe('chongqingProjection', () => {
  it('fits Chongqing to the fixed width, north up, west left', () => {
    const box = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [105.29, 28.16],
          [105.29, 32.2],
          [110.2, 32.2],
          [110.2, 28.16],
          [105.29, 28.16],
        ],
      ],
    };
    const projection = chongqingProjection().fitWidth(VIEW_WIDTH, box);
    const west = projection([105.5, 30])!;
    const east = projection([110, 30])!;
    const north = projection([108, 32])!;
    const south = projection([108, 28.5])!;
    expect(west[0]).toBeLessThan(east[0]);
    expect(north[1]).toBeLessThan(south[1]);
    expect(west[0]).toBeGreaterThanOrEqual(0);
    expect(east[0]).toBeLessThanOrEqual(VIEW_WIDTH);
  });
});

describe('poleOfInaccessibility', () => {
  it('finds the middle of a rectangle and its half-height', () => {
    const rect: [number, number][] = [
      [0, 0],
      [100, 0],
      [100, 20],
      [0, 20],
      [0, 0],
    ];
    const pole = poleOfInaccessibility([rect]);
    expect(pole.distance).toBeCloseTo(10, 0);
    expect(pole.y).toBeCloseTo(10, 0);
  });
  it('stays inside an L shape, where the bounding-box centre is outside', () => {
    const l: [number, number][] = [
      [0, 0],
      [100, 0],
      [100, 20],
      [20, 20],
      [20, 100],
      [0, 100],
      [0, 0],
    ];
    expect(signedDistance(50, 50, [l])).toBeLessThan(0);
    const pole = poleOfInaccessibility([l]);
    expect(signedDistance(pole.x, pole.y, [l])).toBeGreaterThan(5);
  });
});

describe('tile layout', () => {
  it('assigns rows to columns at minimum total cost', () => {
    expect(
      assignMinCost([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
  });
  it('keeps relative positions and drops empty rows and columns', () => {
    const tiles = tileGrid(
      [
        { code: 'w', x: 0, y: 50 },
        { code: 'e', x: 100, y: 50 },
        { code: 'n', x: 50, y: 0 },
      ],
      5,
      5,
    );
    const at = Object.fromEntries(tiles.map((t) => [t.code, t]));
    expect(at.w!.col).toBeLessThan(at.n!.col);
    expect(at.n!.col).toBeLessThan(at.e!.col);
    expect(at.n!.row).toBeLessThan(at.w!.row);
    expect(Math.max(...tiles.map((t) => t.row))).toBe(1);
  });
});

describe('maxDeviationKm', () => {
  it('measures how far a dropped point lies from the segment that replaced it', () => {
    const original = [
      [
        [106, 29],
        [106.5, 29.01],
        [107, 29],
      ],
    ];
    const simplified = [
      [
        [106, 29],
        [107, 29],
      ],
    ];
    expect(maxDeviationKm(original, simplified)).toBeCloseTo(1.1057, 2);
    expect(maxDeviationKm(original, original)).toBe(0);
  });
});
