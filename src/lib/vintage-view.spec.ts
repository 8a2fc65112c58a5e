import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Datasets } from './load';
import type { RowOf } from './schema';
import { makeRow } from './rows';
import { computeMetric } from './metrics';
import { shortName, shortNameEn } from './geo/labels';
import { searchDistricts } from './geo/search';
import { viewQuotes, viewTable } from './export/tables';
import {
  coveredUnits,
  newestArticleDate,
  searchableUnits,
  selectionNote,
  shownVintage,
  unitCountOf,
  unitLabel,
  vintageDistricts,
} from './vintage-view';

const districts = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
const sources = parseDataset('sources', readFileSync('data/sources.csv', 'utf8'));
const sessions = parseDataset('sessions', readFileSync('data/sessions.csv', 'utf8'));

function pledge(code: string, id: string): RowOf<'pledges'> {
  return makeRow('pledges', { pledge_id: id, district_code: code, source_id: 's', quote: id });
}

function figure(code: string, id: string): RowOf<'figures'> {
  return makeRow('figures', {
    figure_id: id,
    subject_code: code,
    kind: 'target',
    source_id: 's',
    quote: id,
  });
}

const data: Datasets = {
  districts,
  sources,
  sessions,
  pledges: [
    pledge('500105', 'jb-1'),
    pledge('500105', 'jb-2'),
    pledge('500112', 'yb-1'),
    pledge('x-liangjiang', 'lj-1'),
    pledge('500103', 'yz-1'),
  ],
  figures: [figure('500105', 'jb-t'), figure('x-liangjiang', 'lj-t')],
};

describe('which boundaries a view shows', () => {
  it('the ones picked, else the session’s date, else the newest article’s', () => {
    expect(shownVintage({ boundaries: '2025', session: 'plenary-6-5' }, data)).toMatchObject({
      id: '2025',
      reason: 'picked',
    });
    expect(shownVintage({ boundaries: null, session: 'plenary-6-5' }, data)).toMatchObject({
      id: '2016',
      reason: 'session',
    });
    const later = [...sessions, { ...sessions[0]!, event_id: 'later', date_start: '2026-01-28' }];
    expect(
      shownVintage({ boundaries: null, session: 'later' }, { ...data, sessions: later }).id,
    ).toBe('2025');
    expect(shownVintage({ boundaries: null, session: null }, data)).toMatchObject({
      id: '2016',
      reason: 'articles',
      date: newestArticleDate(sources),
    });
    const newer = [...sources, { ...sources[0]!, source_id: 'n', date: '2026-03' }];
    expect(shownVintage({ boundaries: null, session: null }, { sources: newer }).id).toBe('2025');
    // Before the data is in: the bundled drawing's.
    expect(shownVintage({ boundaries: null, session: null }, {})).toMatchObject({
      id: '2016',
      reason: 'default',
    });
  });
  it('says 38 or 37 from the vintage, not from a typed number', () => {
    expect(unitCountOf('2016')).toBe(38);
    expect(unitCountOf('2025')).toBe(37);
  });
});

describe('counts on a vintage', () => {
  it('add 江北区 and 渝北区 up into 两江新区 on 2025, saying so', () => {
    const m = computeMetric('statements', data, null, '2025');
    // Only units of the 2025 boundaries carry values (districts without statements are not
    // reported: no value at all).
    const units = new Set(vintageDistricts(data, '2025').map((d) => d.code));
    expect(units.size).toBe(37);
    for (const code of m.values.keys()) expect(units.has(code), code).toBe(true);
    expect(m.values.has('500105')).toBe(false);
    const lj = m.values.get('x-liangjiang')!;
    expect(lj.value).toBe(4); // 2 of 江北, 1 of 渝北, 1 of its own
    expect(lj.text.zh).toBe('4 条表态（原江北区、渝北区相加）');
    expect(lj.text.en).toMatch(/former Jiangbei and Yubei added up/);
    expect(m.notes?.map((n) => n.zh)).toEqual([
      '两江新区的数值为原江北区、渝北区之和（共3条表态，两区于2025年11月6日撤销）',
    ]);
  });
  it('keep 江北区 and 渝北区 apart on 2016, and name 两江新区’s rows as not drawable there', () => {
    const m = computeMetric('statements', data, null, '2016');
    const units = new Set(vintageDistricts(data, '2016').map((d) => d.code));
    expect(units.size).toBe(38);
    for (const code of m.values.keys()) expect(units.has(code), code).toBe(true);
    expect(m.values.get('500105')!.value).toBe(2);
    expect(m.values.get('500112')!.value).toBe(1);
    expect(m.values.has('x-liangjiang')).toBe(false);
    expect(m.notes?.[0]?.en).toMatch(
      /^1 statement of Liangjiang New Area \(set up on 6 Nov 2025\) is not drawn on the 2016 boundaries/,
    );
  });
  it('do not add targets across the change: 两江新区 has its own, the legend says why', () => {
    const m = computeMetric('targets', data, null, '2025');
    expect(m.values.get('x-liangjiang')!.value).toBe(1);
    expect(m.notes?.map((n) => n.zh)).toEqual([
      expect.stringContaining('原江北区的1项量化目标不能并入两江新区'),
    ]);
  });
  it('place the region metric on the vintage’s units (两江新区 in 中心城区)', () => {
    const m = computeMetric('region', data, null, '2025');
    expect(m.values.size).toBe(37);
    expect(m.values.get('x-liangjiang')!.text.zh).toBe('主城都市区 · 中心城区');
  });
  it('give the CSV download the same units and keep each record’s own code', () => {
    const t = viewTable('map', data, {
      district: null,
      session: null,
      metric: 'statements',
      boundaries: '2025',
    });
    // One row per unit of the boundaries shown; the records behind it are the quotes table.
    expect(t.rows).toHaveLength(37);
    expect(new Set(t.rows.map((r) => r.district_code)).size).toBe(37);
    expect(t.rows.find((r) => r.district_code === 'x-liangjiang')).toMatchObject({ quotes: 4 });
    const q = viewQuotes('map', data, {
      district: null,
      session: null,
      metric: 'statements',
      boundaries: '2025',
    })!;
    const lj = q.rows.filter((r) => r.district_code === 'x-liangjiang');
    expect(lj.map((r) => r.row_district_code ?? '')).toEqual(['500105', '500105', '500112', '']);
  });
});

describe('a district of another date', () => {
  it('district=500105 on 2025 highlights 两江新区 and says why', () => {
    const note = selectionNote(data, '500105', '2025')!;
    expect(note.shown).toBe('x-liangjiang');
    expect(note.note.zh).toBe('江北区已于2025年11月6日撤销，并入两江新区：地图上突出显示两江新区');
    expect(note.note.en).toMatch(/^Jiangbei was abolished on 6 Nov 2025 and became part of/);
    expect(selectionNote(data, '500105', '2016')).toBeNull();
  });
  it('两江新区 on 2016 is shown as nothing, with the reason', () => {
    const note = selectionNote(data, 'x-liangjiang', '2016')!;
    expect(note.shown).toBeNull();
    expect(note.note.zh).toMatch(/两江新区于2025年11月6日设立，不在2016年边界上/);
  });
  it('a search on 2025 finds 两江新区 by the former districts’ names', () => {
    const units = searchableUnits(data, '2025');
    expect(units).toHaveLength(37);
    expect(searchDistricts(units, '江北区').map((d) => d.code)).toEqual(['x-liangjiang']);
    expect(searchDistricts(units, 'yubei').map((d) => d.code)).toEqual(['x-liangjiang']);
    expect(searchDistricts(searchableUnits(data, '2016'), '两江')).toEqual([]);
  });
  it('两江新区 is covered once all of its former districts are', () => {
    expect(coveredUnits(data, ['500105'], '2025').has('x-liangjiang')).toBe(false);
    expect(coveredUnits(data, ['500105', '500112'], '2025').has('x-liangjiang')).toBe(true);
    expect(coveredUnits(data, ['500234'], '2016')).toEqual(new Set(['500154'])); // 开县 → 开州区
  });
  it('labels 两江新区 as 两江 / Liangjiang, as 渝中区 is 渝中', () => {
    expect(shortName('两江新区')).toBe('两江');
    expect(shortNameEn('Liangjiang New Area')).toBe('Liangjiang');
  });
});

describe('unitLabel', () => {
  const unit = { name_zh: '江北区', name_en: 'Jiangbei', valid_from: '', valid_to: '' };
  it('names a unit in force throughout by its name alone', () => {
    expect(unitLabel(unit, 'zh')).toBe('江北区');
  });
  it('says until when an abolished unit existed, in both languages', () => {
    const gone = { ...unit, valid_to: '2025-11-05' };
    expect(unitLabel(gone, 'zh')).toBe('江北区（至2025年11月5日）');
    expect(unitLabel(gone, 'en')).toBe('Jiangbei (until 5 Nov 2025)');
  });
  it('says since when a new unit exists', () => {
    const added = {
      name_zh: '两江新区',
      name_en: 'Liangjiang New Area',
      valid_from: '2025-11-06',
      valid_to: '',
    };
    expect(unitLabel(added, 'zh')).toBe('两江新区（2025年11月6日起）');
    expect(unitLabel(added, 'en')).toBe('Liangjiang New Area (from 6 Nov 2025)');
  });
});
