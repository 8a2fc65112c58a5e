import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../load';
import { DRAWING } from './drawing';
import { vintageUnits } from '../vintages';

const CENTRAL_DISTRICTS = DRAWING.central;
import { frameBox, pixelsPerUnit, toPixels, unionBox } from './fit';
import { nextDistrict } from './navigate';
import { placeLabels, shortName } from './labels';
import { searchDistricts } from './search';

const districts = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
const name = (code: string | null) => districts.find((d) => d.code === code)?.name_zh;
const codeOf = (zh: string) => districts.find((d) => d.name_zh === zh)!.code;

describe('drawing', () => {
  it('covers the 38 districts of the 2016 boundaries; the inset lists the 中心城区 region', () => {
    const units = vintageUnits(districts, '2016');
    expect(DRAWING.districts.map((d) => d.code).sort()).toEqual(units.map((d) => d.code).sort());
    expect(DRAWING.vintage).toBe('2016');
    const core = units.filter((d) => d.region === 'metro_core').map((d) => d.code);
    expect([...CENTRAL_DISTRICTS].sort()).toEqual(core.sort());
  });
});

describe('fitting the drawing to a container', () => {
  it('frames boxes at the container aspect, centred, with a margin', () => {
    const view = frameBox([100, 100, 300, 200], 1, 0.1);
    // 200 wide + 2×20 margin = 240; height grows to match the square aspect.
    expect(view).toEqual([80, 30, 240, 240]);
  });
  it('scales the whole map into any container without cropping', () => {
    const [, , w, h] = DRAWING.viewBox;
    const view: [number, number, number, number] = [0, 0, w, h];
    for (const [cw, ch] of [
      [1280, 720],
      [390, 844],
      [1920, 1080],
    ]) {
      const s = pixelsPerUnit(view, cw!, ch!);
      expect(w * s).toBeLessThanOrEqual(cw! + 1e-9);
      expect(h * s).toBeLessThanOrEqual(ch! + 1e-9);
      expect(Math.max(w * s - cw!, h * s - ch!)).toBeCloseTo(0, 6);
      const [x0, y0] = toPixels(view, cw!, ch!, [0, 0]);
      const [x1, y1] = toPixels(view, cw!, ch!, [w, h]);
      expect([x0 + x1, y0 + y1].map((v) => Math.round(v))).toEqual([cw, ch]);
    }
  });
  it('frames the nine central districts for the inset', () => {
    const boxes = DRAWING.districts.filter((d) =>
      (CENTRAL_DISTRICTS as readonly string[]).includes(d.code),
    );
    const u = unionBox(boxes.map((d) => d.bbox));
    for (const d of boxes) expect(d.bbox[0]).toBeGreaterThanOrEqual(u[0]);
  });
});

describe('arrow-key navigation', () => {
  const nodes = DRAWING.districts;
  it('moves to the neighbour lying in the arrow direction', () => {
    expect(name(nextDistrict(nodes, codeOf('万州区'), 'up'))).toBe('开州区');
    expect(name(nextDistrict(nodes, codeOf('渝中区'), 'down'))).toBe('南岸区');
    expect(name(nextDistrict(nodes, codeOf('大足区'), 'left'))).toBe('荣昌区');
    expect(name(nextDistrict(nodes, codeOf('秀山土家族苗族自治县'), 'up'))).toBe(
      '酉阳土家族苗族自治县',
    );
  });
  it('always goes somewhere in the pressed direction, or stays at the edge', () => {
    for (const n of nodes) {
      for (const dir of ['up', 'down', 'left', 'right'] as const) {
        const next = nextDistrict(nodes, n.code, dir);
        if (next === null) continue;
        const to = nodes.find((m) => m.code === next)!;
        const [dx, dy] = [to.label[0] - n.label[0], to.label[1] - n.label[1]];
        const along = { up: -dy, down: dy, left: -dx, right: dx }[dir];
        expect(along, `${n.name} ${dir} → ${to.name}`).toBeGreaterThan(0);
      }
    }
    // 城口 is the northernmost district: up leads nowhere.
    expect(nextDistrict(nodes, codeOf('城口县'), 'up')).toBeNull();
  });
});

describe('labels', () => {
  it('shortens names the way maps print them', () => {
    expect(shortName('渝中区')).toBe('渝中');
    expect(shortName('秀山土家族苗族自治县')).toBe('秀山');
    expect(shortName('彭水苗族土家族自治县')).toBe('彭水');
    expect(shortName('忠县')).toBe('忠县');
  });
  it('drops labels that do not fit or would overlap, keeping the roomier district', () => {
    const placed = placeLabels(
      [
        { code: 'a', text: '万州', x: 100, y: 100, radius: 40 },
        { code: 'b', text: '开州', x: 110, y: 102, radius: 30 },
        { code: 'c', text: '渝中', x: 400, y: 400, radius: 2 },
      ],
      1,
      12,
    );
    expect(placed.map((p) => p.code)).toEqual(['a']);
  });
  it('shows more labels on a bigger map, never overlapping', () => {
    const candidates = DRAWING.districts.map((d) => ({
      code: d.code,
      text: shortName(d.name),
      x: d.label[0],
      y: d.label[1],
      radius: d.labelRadius,
    }));
    const phone = placeLabels(candidates, 370 / DRAWING.viewBox[2], 11);
    const desktop = placeLabels(candidates, 640 / DRAWING.viewBox[2], 12);
    expect(desktop.length).toBeGreaterThan(phone.length);
    expect(desktop.length).toBeGreaterThan(20);
  });
});

describe('district search', () => {
  it('finds districts by Chinese or English name, ignoring case and punctuation', () => {
    expect(searchDistricts(districts, '渝中')[0]!.code).toBe('500103');
    expect(searchDistricts(districts, 'nanan')[0]!.name_zh).toBe('南岸区');
    expect(searchDistricts(districts, 'Wu').map((d) => d.name_en)).toEqual(
      expect.arrayContaining(['Wulong', 'Wushan', 'Wuxi']),
    );
    expect(searchDistricts(districts, '梁平')[0]!.code).toBe('500155');
    expect(searchDistricts(districts, '  ')).toEqual([]);
  });
});
