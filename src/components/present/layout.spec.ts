import { describe, expect, it } from 'vitest';
import {
  STAGES,
  chooseStage,
  dayOf,
  fitFontPx,
  fitStage,
  linear,
  placeTimeline,
  rampClass,
  rampLegend,
  slideBody,
} from './layout';

describe('stages', () => {
  it.each([
    [1280, 720, '16:9'],
    [1920, 1080, '16:9'],
    [3840, 2160, '16:9'],
    [1280, 800, '16:10'],
    [1920, 1200, '16:10'],
    [1440, 900, '16:10'],
    [1024, 768, '4:3'],
    [1400, 1050, '4:3'],
    [800, 600, '4:3'],
  ] as const)('%i×%i gets the %s stage', (w, h, id) => {
    expect(chooseStage(w, h).id).toBe(id);
  });

  it('fills a screen of its own shape, with no letterbox', () => {
    for (const [w, h] of [
      [1024, 768],
      [1280, 800],
      [1920, 1080],
      [1920, 1200],
    ] as const) {
      const fit = fitStage(w, h, chooseStage(w, h));
      expect(fit.left).toBeCloseTo(0, 6);
      expect(fit.top).toBeCloseTo(0, 6);
    }
  });

  it('keeps 24 px type at 24 px or more on a 1024×768 projector', () => {
    const fit = fitStage(1024, 768, chooseStage(1024, 768));
    expect(24 * fit.scale).toBeGreaterThanOrEqual(24);
  });

  it('never crops: the scaled stage fits inside any viewport', () => {
    for (const [w, h] of [
      [800, 1200],
      [3000, 500],
      [1, 1],
    ] as const) {
      for (const stage of STAGES) {
        const { scale, left, top } = fitStage(w, h, stage);
        expect(stage.width * scale).toBeLessThanOrEqual(w + 1e-9);
        expect(stage.height * scale).toBeLessThanOrEqual(h + 1e-9);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(top).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives a slide body the room its stage leaves', () => {
    expect(slideBody(STAGES[0]!)).toEqual({ width: 1168, height: 514 });
    expect(slideBody(STAGES[2]!).width).toBe(944);
    expect(slideBody(STAGES[1]!).height).toBeGreaterThan(slideBody(STAGES[0]!).height);
  });
});

describe('dayOf', () => {
  it('reads years, months and days as UTC days', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2022')).toBe(dayOf('2022-01-01'));
    expect(dayOf('2022-12')).toBe(dayOf('2022-12-01'));
    expect(dayOf('22-12-01')).toBeNull();
  });
});

describe('placeTimeline', () => {
  const marks = [
    { id: 'congress-6', start: '2022-05-27', end: '2022-05-31' },
    { id: 'plenary-6-1', start: '2022-05-31', end: '2022-05-31' },
    { id: 'plenary-6-4', start: '2023-07-08', end: '2024-01-20' },
    { id: 'plenary-6-7', start: '2025-08-18', end: '2025-08-18' },
  ];
  const out = placeTimeline(marks, 1000);

  it('spans whole years from the first to the end of the last', () => {
    expect(out.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(out.years[0]!.x).toBe(0);
    expect(out.years.at(-1)!.x).toBe(1000);
  });

  it('keeps marks in date order on the axis, ranges as spans', () => {
    const xs = out.marks.map((m) => m.x0);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const range = out.marks.find((m) => m.id === 'plenary-6-4')!;
    expect(range.x1 - range.x0).toBeGreaterThan(100);
  });

  it('gives labels equal slots, alternately above and below, so same-day sessions never collide', () => {
    expect(out.slotWidth).toBe(250);
    expect(out.marks.map((m) => m.labelX)).toEqual([125, 375, 625, 875]);
    expect(out.marks.map((m) => m.above)).toEqual([true, false, true, false]);
  });

  it('copes with nothing to place', () => {
    expect(placeTimeline([], 500).marks).toEqual([]);
  });
});

describe('scales', () => {
  it('linear maps 0…max onto 0…length and clamps negatives', () => {
    const s = linear(54, 540);
    expect(s(54)).toBe(540);
    expect(s(27)).toBe(270);
    expect(s(-3)).toBe(0);
    expect(linear(0, 100)(5)).toBe(0);
  });

  it('rampClass keeps 0 for none and puts the maximum in the darkest class', () => {
    expect(rampClass(0, 6, 5)).toBe(0);
    expect(rampClass(1, 6, 5)).toBe(1);
    expect(rampClass(6, 6, 5)).toBe(4);
    expect(rampClass(3, 6, 5)).toBe(2);
  });
});

describe('fitFontPx', () => {
  it('keeps a short number at the largest size', () => {
    expect(fitFontPx('4000亿元', 540, 96, 24)).toBe(96);
  });
  it('shrinks a long one to fit the width, counting CJK as 1em and Latin as 0.6em', () => {
    const px = fitFontPx('over 400 billion yuan', 540, 96, 24);
    expect(px).toBe(Math.floor(540 / (21 * 0.6)));
    expect(px * 21 * 0.6).toBeLessThanOrEqual(540);
  });
  it('never goes under the minimum', () => {
    expect(fitFontPx('x'.repeat(500), 540, 96, 24)).toBe(24);
  });
});

describe('rampLegend', () => {
  it('labels every class in use with the counts it holds', () => {
    expect(rampLegend(2, 5)).toEqual([
      { k: 0, label: '0' },
      { k: 2, label: '1' },
      { k: 4, label: '2' },
    ]);
    expect(rampLegend(8, 5).map((e) => e.label)).toEqual(['0', '1–2', '3–4', '5–6', '7–8']);
    expect(rampLegend(0, 5)).toEqual([{ k: 0, label: '0' }]);
  });
});
