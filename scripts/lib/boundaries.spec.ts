/**
 * The pipeline across the 2025-11-06 boundary change, on fixture articles of our own
 * (tests/fixtures/articles/geo-*.txt, dated by their file names): 两江新区 is the state-level new
 * area in 2022 and the district in 2026; an article dated only to 2025-11 goes to review; a row
 * keeps the code of its own date.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/load.ts';
import type { RowOf } from '../../src/lib/schema.ts';
import { sourceOf } from './article-fixture.ts';
import { buildData } from './build.ts';
import { readReference } from './reference.ts';
import { holdOutOfForce, placeRegionSubjects } from './boundaries.ts';
import { fakeContext, fakeSource } from './fake-context.ts';
import { extractFigures } from './figures.ts';

const DIR = 'tests/fixtures/articles';

function fixtures() {
  return readdirSync(DIR)
    .filter((f) => /^geo-.*\.txt$/.test(f))
    .map((file) => {
      const date = file.match(/(\d{4}(?:-\d{2}){0,2})\.txt$/)![1]!;
      const id = file.replace(/\.txt$/, '');
      return { ...sourceOf(readFileSync(join(DIR, file), 'utf8'), date, id), file };
    });
}

let tables: { [N in 'pledges' | 'figures' | 'loanCoverage' | 'review']: RowOf<N>[] };

beforeAll(() => {
  const built = buildData(fixtures(), { ...readReference(), corrections: null, reviewed: null });
  const read = <N extends 'pledges' | 'figures' | 'loanCoverage' | 'review'>(
    name: N,
    file: string,
  ) => parseDataset(name, built.files.get(file)!);
  tables = {
    pledges: read('pledges', 'pledges.csv'),
    figures: read('figures', 'figures.csv'),
    loanCoverage: read('loanCoverage', 'loan_coverage.csv'),
    review: read('review', 'review.csv'),
  };
});

const of = <R extends { source_id: string }>(rows: R[], suffix: string) =>
  rows.filter((r) => r.source_id.endsWith(suffix));

describe('两江新区 in 2022: the state-level new area, not a district', () => {
  it('its secretary speaks for an organisation, with no district code', () => {
    const [p] = of(tables.pledges, '2022-08-17');
    expect(p).toMatchObject({ speaker: '孟子康', org_zh: '两江新区', district_code: '' });
  });
  it('its figures have the region as subject; 江北区 keeps its own code', () => {
    const figures = of(tables.figures, '2022-08-17');
    const projects = figures.find((f) => f.value === '43')!;
    expect(projects).toMatchObject({ subject_code: '两江新区', subject_zh: '两江新区' });
    expect(figures.find((f) => f.value === '12000')).toMatchObject({ subject_code: '500105' });
    expect(figures.map((f) => f.subject_code)).not.toContain('x-liangjiang');
  });
  it('a figure about it, named only earlier in the paragraph, is the region’s, not a district’s', () => {
    const stations = of(tables.figures, '2022-08-17').find((f) => f.value === '300')!;
    expect(stations).toMatchObject({ subject_code: '两江新区' });
    expect(of(tables.review, '2022-08-17')).toEqual([]);
  });
});

describe('两江新区 in 2026: the district', () => {
  it('its secretary speaks for the district', () => {
    const [p] = of(tables.pledges, '2026-03-10');
    expect(p).toMatchObject({ speaker: '孟子康', district_code: 'x-liangjiang' });
  });
  it('its figures belong to the district, in English too', () => {
    const projects = of(tables.figures, '2026-03-10').find((f) => f.value === '17')!;
    expect(projects).toMatchObject({
      subject_code: 'x-liangjiang',
      subject_zh: '两江新区',
      subject_en: 'Liangjiang New Area',
    });
  });
  it('a figure of 2024 about 江北区 keeps 江北区’s code: the row’s own date', () => {
    const gdp = of(tables.figures, '2026-03-10').find((f) => f.value === '173600000000')!;
    expect(gdp).toMatchObject({ subject_code: '500105', period: '2024' });
  });
  it('a 2026 plan for 江北区, abolished in 2025, is held for a person', () => {
    expect(of(tables.figures, '2026-03-10').find((f) => f.value === '12')).toBeUndefined();
    const held = of(tables.review, '2026-03-10').find((r) => r.dataset === 'figures')!;
    expect(held.reason).toMatch(/江北区 \(500105\) ended on 2025-11-05/);
    expect(JSON.parse(held.candidate)).toMatchObject({ subject_code: '500105', value: '12' });
  });
  it('“扩大到了37个区县” covers the 37 units in force, 两江新区 among them', () => {
    const rows = of(tables.loanCoverage, '2026-03-10');
    expect(rows).toHaveLength(37);
    const codes = rows.map((r) => r.district_code);
    expect(codes).toContain('x-liangjiang');
    expect(codes).not.toContain('500105');
  });
});

describe('an article dated only to 2025-11', () => {
  it('cannot say whether 两江新区 was a district yet: its rows go to review', () => {
    expect(of(tables.pledges, '2025-11')).toEqual([]);
    expect(of(tables.figures, '2025-11').map((f) => f.subject_code)).not.toContain('x-liangjiang');
    const held = of(tables.review, '2025-11');
    expect(held.map((r) => r.dataset).sort()).toEqual(['figures', 'pledges']);
    for (const r of held) expect(r.reason).toMatch(/dated only 2025-11/);
  });
});

describe('the rules themselves', () => {
  const units = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
  it('a region that is also a unit becomes the unit only from its first day', () => {
    const row = { subject_code: '两江新区', subject_zh: '两江新区', kind: 'actual', period: '' };
    const on = (date: string) => placeRegionSubjects([row], units, () => date)[0]!.subject_code;
    expect(on('2025-11-05')).toBe('两江新区');
    expect(on('2025-11-06')).toBe('x-liangjiang');
    expect(on('2025-11')).toBe('x-liangjiang'); // then held by holdOutOfForce
  });
  it('holds only district rows not surely in force', () => {
    const rows = [
      { district_code: '500105', date: '2025-11-05', source_id: 'a', start: '0', end: '1' },
      { district_code: '500105', date: '2025-11-06', source_id: 'a', start: '2', end: '3' },
      { district_code: '', date: '2026-01-01', source_id: 'a', start: '4', end: '5' },
      { district_code: '500000', date: '2026-01-01', source_id: 'a', start: '6', end: '7' },
    ];
    const held = holdOutOfForce('pledges', rows, 'district_code', (r) => r.date, units);
    expect(held.rows.map((r) => r.start)).toEqual(['0', '4', '6']);
    expect(held.review.map((r) => r.start)).toEqual([2]);
  });
  it('a count of 区县 above the units in force on the article’s date is held (38 in 2026)', () => {
    const text = '“富民贷”试点范围已扩大到了38个区县。';
    const on = (date: string) => extractFigures(fakeContext(fakeSource(text, date)));
    expect(on('2024-05-25').rows.map((r) => r.value)).toEqual(['38']);
    expect(on('2024-05-25').review).toEqual([]);
    expect(on('2026-03-10').rows).toEqual([]);
    expect(on('2026-03-10').review[0]!.reason).toMatch(
      /38 districts and counties, but Chongqing has 37/,
    );
  });
});
