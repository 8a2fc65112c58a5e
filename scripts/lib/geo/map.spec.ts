/**
 * The committed map files against a fresh rebuild, and the facts a reader of the map relies on,
 * for both boundary vintages: the 38 units of 2016–2025 and the 37 from 2025-11-06 (两江新区 the
 * union of 江北区 and 渝北区), sensible areas, shared borders.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readInputs } from '../../map.ts';
import { buildMap, DRAWING_FILE, DRAWING_FILES, TOPOJSON_FILE, type Drawing } from './build.ts';
import { vintageUnits } from '../../../src/lib/vintages.ts';
import { EARTH_RADIUS_KM } from './clean.ts';
import type { DistrictTopology } from './topology.ts';

const CHONGQING_KM2 = 82_400;

let files: Map<string, string>;
let topo: DistrictTopology;
let drawing: Drawing;
let drawing2025: Drawing;
const { source, districts } = readInputs();
const units2016 = vintageUnits(districts, '2016');

beforeAll(() => {
  files = buildMap(source, districts).files;
  topo = JSON.parse(files.get(TOPOJSON_FILE)!);
  drawing = JSON.parse(files.get(DRAWING_FILE)!);
  drawing2025 = JSON.parse(files.get(DRAWING_FILES['2025'])!);
}, 60_000);

describe('generated map files', () => {
  it('are what the committed files contain (run `npm run map` after changing the inputs)', () => {
    expect([...files.keys()].sort()).toEqual(
      [TOPOJSON_FILE, DRAWING_FILES['2016'], DRAWING_FILES['2025']].sort(),
    );
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
    expect(geometries.map((g) => g.id)).toEqual(units2016.map((d) => d.code).sort());
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

describe('the 2025 boundaries (37 units from 2025-11-06)', () => {
  const objectOf = () =>
    (topo.objects as unknown as Record<string, typeof topo.objects.districts>)['districts_2025']!;

  it('hold the 37 units in force, 两江新区 instead of 江北区 and 渝北区', () => {
    const codes = objectOf().geometries.map((g) => String(g.id));
    expect(codes).toEqual(vintageUnits(districts, '2025').map((d) => d.code));
    expect(codes).toHaveLength(37);
    expect(codes).toContain('x-liangjiang');
    expect(codes).not.toContain('500105');
    expect(codes).not.toContain('500112');
    expect(drawing2025.districts.map((d) => d.code)).toEqual(codes);
    expect(drawing2025.districts.find((d) => d.code === 'x-liangjiang')!.name).toBe('两江新区');
    expect(drawing2025.merged).toEqual({ 'x-liangjiang': ['500105', '500112'] });
  });

  it('make 两江新区 exactly the area of 江北区 and 渝北区 (the five towns each way not drawn)', () => {
    const area = (name: string, code: string) => {
      const object = (topo.objects as unknown as Record<string, typeof topo.objects.districts>)[
        name
      ]!;
      const f = feature(topo, object).features.find((x) => String(x.id) === code)!;
      return geoArea(f as Feature<Polygon | MultiPolygon>) * EARTH_RADIUS_KM ** 2;
    };
    const merged = area('districts_2025', 'x-liangjiang');
    expect(merged).toBeCloseTo(area('districts', '500105') + area('districts', '500112'), 0);
    // About a quarter larger than the official ~1,360 km²: the map must say it is approximate.
    expect(merged / 1360).toBeGreaterThan(1.15);
    expect(merged / 1360).toBeLessThan(1.35);
  });

  it('build 两江新区 from shared arcs: its borders are its neighbours’ borders, no new lines', () => {
    const geometries = objectOf().geometries;
    const codes = geometries.map((g) => String(g.id));
    const adjacency = neighbors(geometries);
    const of = (code: string) => adjacency[codes.indexOf(code)]!.map((i) => codes[i]!).sort();
    expect(of('500103')).toEqual(expect.arrayContaining(['500108', 'x-liangjiang']));
    expect(of('x-liangjiang')).toEqual(expect.arrayContaining(['500103', '500109', '500115']));
    codes.forEach((code) => {
      for (const n of of(code)) expect(of(n)).toContain(code);
    });
    // The same arcs as the 2016 object: the file grows only by the new object's arc indices.
    const arcs = (g: object) =>
      JSON.stringify((g as { arcs?: unknown }).arcs ?? []).match(/-?\d+/g) ?? [];
    const used2016 = new Set(
      topo.objects.districts.geometries.flatMap(arcs).map((a) => (+a < 0 ? ~+a : +a)),
    );
    for (const g of geometries)
      for (const a of arcs(g)) expect(used2016.has(+a < 0 ? ~+a : +a)).toBe(true);
  });

  it('keep every other district’s shape, label and the map frame as in 2016', () => {
    expect(drawing2025.viewBox).toEqual(drawing.viewBox);
    for (const d of drawing2025.districts) {
      const old = drawing.districts.find((x) => x.code === d.code);
      if (d.code === 'x-liangjiang') continue;
      expect(d.d, d.code).toBe(old!.d);
      expect(d.label, d.code).toEqual(old!.label);
      // Neighbours of 江北 or 渝北 now border 两江新区 instead.
      expect(d.neighbors).toEqual(
        [
          ...new Set(
            old!.neighbors.map((n) => (['500105', '500112'].includes(n) ? 'x-liangjiang' : n)),
          ),
        ].sort(),
      );
    }
  });

  it('lay out 37 tiles on distinct cells and list the 中心城区 for the inset', () => {
    const cells = drawing2025.tiles.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(37);
    expect(drawing2025.tiles.map((t) => t.code).sort()).toEqual(
      drawing2025.districts.map((d) => d.code).sort(),
    );
    expect(drawing2025.central).toContain('x-liangjiang');
    expect(drawing2025.central).toHaveLength(8);
    expect(drawing.central).toHaveLength(9);
  });
});
