import { describe, expect, it } from 'vitest';
import { closeRing, decodeEchartsMap, decodeRing, type EchartsMap } from './decode.ts';

/** Encodes like ECharts' own tooling: zigzag deltas + 64, as character pairs. */
function encode(points: [number, number][], offset: [number, number]): string {
  let [px, py] = offset;
  let out = '';
  for (const [x, y] of points) {
    const dx = x - px;
    const dy = y - py;
    out += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
    [px, py] = [x, y];
  }
  return out;
}

describe('decodeRing', () => {
  it('undoes zigzag deltas from the offset and divides by the scale', () => {
    const points: [number, number][] = [
      [109000, 30000],
      [109010, 29995],
      [108990, 30020],
    ];
    const ring = decodeRing(encode(points, [109000, 30000]), [109000, 30000], 1000);
    expect(ring).toEqual([
      [109, 30],
      [109.01, 29.995],
      [108.99, 30.02],
    ]);
  });
  it('rejects a string cut in the middle of a point', () => {
    expect(() => decodeRing('ABC', [0, 0], 1024)).toThrow(/odd length/);
  });
});

describe('closeRing', () => {
  it('repeats the first point at the end once', () => {
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [0, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toHaveLength(3);
  });
});

describe('decodeEchartsMap', () => {
  const square: [number, number][] = [
    [0, 0],
    [0, 1024],
    [1024, 1024],
    [1024, 0],
  ];
  const map: EchartsMap = {
    UTF8Encoding: true,
    features: [
      {
        id: '500103',
        type: 'Feature',
        properties: { name: '渝中区' },
        geometry: {
          type: 'Polygon',
          coordinates: [encode(square, [0, 0])],
          encodeOffsets: [[0, 0]],
        },
      },
      {
        id: '500104',
        type: 'Feature',
        properties: { name: '大渡口区' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [[encode(square, [2048, 0])]],
          encodeOffsets: [[[2048, 0]]],
        },
      },
    ],
  };
  it('gives GeoJSON with code and name and closed rings, leaving the input alone', () => {
    const before = JSON.stringify(map);
    const fc = decodeEchartsMap(map);
    expect(fc.features.map((f) => f.properties)).toEqual([
      { code: '500103', name: '渝中区' },
      { code: '500104', name: '大渡口区' },
    ]);
    expect(fc.features[0]!.geometry.coordinates).toEqual([
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
    ]);
    expect(fc.features[1]!.geometry.type).toBe('MultiPolygon');
    expect(JSON.stringify(map)).toBe(before);
  });
  it('refuses files that are not compressed', () => {
    expect(() => decodeEchartsMap({ ...map, UTF8Encoding: false })).toThrow(/UTF8Encoding/);
  });
});
