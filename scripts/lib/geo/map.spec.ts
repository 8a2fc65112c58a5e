/**
 * The committed map files against a fresh rebuild, and the facts a reader of the map relies on:
 * all 38 current districts, sensible areas, shared borders.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readInputs } from '../../map.ts';
import { buildMap, DRAWING_FILE, TOPOJSON_FILE, type Drawing } from './build.ts';
import { EARTH_RADIUS_KM } from './clean.ts';
import type { DistrictTopology } from './topology.ts';

const CHONGQING_KM2 = 82_400;

let files: Map<string, string>;
let topo: DistrictTopology;
let drawing: Drawing;
const { source, districts } = readInputs();

beforeAll(() => {
  files = buildMap(source, districts).files;
  topo = JSON.parse(files.get(TOPOJSON_FILE)!);
  drawing = JSON.parse(files.get(DRAWING_FILE)!);
}, 60_000);

describe('generated map files', () => {
  it('are what the committed files contain (run `npm run map` after changing the inputs)', () => {
    for (const [path, content] of files) {
      // Compared as data: the committed drawing is prettier-formatted, the rebuild is not.
      expect(JSON.parse(readFileSync(path, 'utf8')), path).toEqual(JSON.parse(content));
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(
        `${path}: ${kb(content.length)}, gzip ${kb(gzipSync(content, { level: 9 }).length)}`,
      );
    }
  });

  it('hold exactly the 38 districts of data/districts.csv, with current codes and names', () => {
    const geometries = topo.objects.districts.geometries;
    expect(geometries).toHaveLength(38);
    expect(geometries.map((g) => g.id)).toEqual(districts.map((d) => d.code).sort());
    const byCode = new Map(
      geometries.map((g) => [g.id, (g.properties as { name?: string } | undefined)?.name]),
    );
    expect(byCode.get('500155')).toBe('梁平区');
    expect(byCode.get('500156')).toBe('武隆区');
    expect(byCode.get('500154')).toBe('开州区');
    expect(byCode.has('500228')).toBe(false);
    expect(drawing.districts.map((d) => d.code)).toEqual(geometries.map((g) => g.id));
  });

  it('give every district a positive area and the municipality about 82,400 km²', () => {
    const areas = feature(topo, topo.objects.districts).features.map(
      (f) => geoArea(f as Feature<Polygon | MultiPolygon>) * EARTH_RADIUS_KM ** 2,
    );
    for (const a of areas) expect(a).toBeGreaterThan(0);
    const total = areas.reduce((s, a) => s + a, 0);
    expect(Math.abs(total - CHONGQING_KM2) / CHONGQING_KM2).toBeLessThan(0.05);
  });

  it('share arcs between neighbours: 渝中 touches 江北 and 南岸, and not 万州', () => {
    const geometries = topo.objects.districts.geometries;
    const codes = geometries.map((g) => String(g.id));
    const adjacency = neighbors(geometries);
    const of = (code: string) => adjacency[codes.indexOf(code)]!.map((i) => codes[i]!);
    expect(of('500103')).toEqual(expect.arrayContaining(['500105', '500108']));
    expect(of('500103')).not.toContain('500101');
    // Every district has a neighbour, and adjacency is symmetric.
    codes.forEach((code) => {
      expect(of(code).length, code).toBeGreaterThan(0);
      for (const n of of(code)) expect(of(n)).toContain(code);
    });
  });

  it('list neighbours for keyboard moves: shared arcs, plus borders the source drew twice', () => {
    const geometries = topo.objects.districts.geometries;
    const codes = geometries.map((g) => String(g.id));
    const adjacency = neighbors(geometries);
    const neighboursOf = (code: string) =>
      drawing.districts.find((d) => d.code === code)!.neighbors;
    codes.forEach((code, i) => {
      const viaArcs = adjacency[i]!.map((j) => codes[j]!).filter((c) => c !== code);
      expect(neighboursOf(code)).toEqual(expect.arrayContaining(viaArcs));
      expect(neighboursOf(code)).not.toContain(code);
    });
    // 开州's border with 万州 is digitised twice in the source, ≤ 0.5 km apart.
    expect(neighboursOf('500154')).toContain('500101');
    expect(neighboursOf('500101')).toContain('500154');
    expect(neighboursOf('500241')).toEqual(['500242']);
  });

  it('lay out one tile per district with no two on the same cell', () => {
    const cells = drawing.tiles.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(38);
    const tile = (code: string) => drawing.tiles.find((t) => t.code === code)!;
    // 城口 (far north) sits above 秀山 (far south-east); 荣昌 (west) left of 巫山 (east).
    expect(tile('500229').row).toBeLessThan(tile('500241').row);
    expect(tile('500153').col).toBeLessThan(tile('500237').col);
  });
});
