import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './load';
import {
  allUnits,
  crosswalk,
  dateSpan,
  forceOn,
  isDistrictId,
  mergedInto,
  unitCount,
  unitsOn,
  unitsInForce,
  vintageOn,
  vintageUnits,
  VINTAGES,
} from './vintages';

const rows = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
const name = (code: string | null) => allUnits(rows).find((u) => u.code === code)?.name_zh;

describe('district ids', () => {
  it('are six-digit codes or provisional x- ids, nothing else', () => {
    expect(isDistrictId('500105')).toBe(true);
    expect(isDistrictId('x-liangjiang')).toBe(true);
    for (const bad of ['50010', '5001050', 'x-', 'X-liangjiang', 'x-两江', '两江新区', ''])
      expect(isDistrictId(bad), bad).toBe(false);
  });
});

describe('dates of any precision', () => {
  it('span the days they may mean', () => {
    expect(dateSpan('2025-11-06')).toEqual(['2025-11-06', '2025-11-06']);
    expect(dateSpan('2025-11')).toEqual(['2025-11-01', '2025-11-30']);
    expect(dateSpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateSpan('2025')).toEqual(['2025-01-01', '2025-12-31']);
  });
  it('say whether a unit is surely, maybe or not in force', () => {
    const jiangbei = rows.find((r) => r.code === '500105')!;
    const liangjiang = rows.find((r) => r.code === 'x-liangjiang')!;
    expect(forceOn(jiangbei, '2022-12-24')).toBe('in');
    expect(forceOn(jiangbei, '2025-11-05')).toBe('in');
    expect(forceOn(jiangbei, '2025-11-06')).toBe('out');
    expect(forceOn(liangjiang, '2025-11-06')).toBe('in');
    expect(forceOn(liangjiang, '2022')).toBe('out');
    // An article dated only to the month or year of the change cannot be placed.
    expect(forceOn(liangjiang, '2025-11')).toBe('uncertain');
    expect(forceOn(jiangbei, '2025')).toBe('uncertain');
  });
});

describe('the two vintages', () => {
  it('hold 38 units until 2025-11-05 and 37 from 2025-11-06', () => {
    const v2016 = vintageUnits(rows, '2016').map((r) => r.code);
    const v2025 = vintageUnits(rows, '2025').map((r) => r.code);
    expect(v2016).toHaveLength(38);
    expect(v2016).toEqual(expect.arrayContaining(['500105', '500112']));
    expect(v2016).not.toContain('x-liangjiang');
    expect(v2025).toHaveLength(37);
    expect(v2025).toContain('x-liangjiang');
    expect(v2025).not.toContain('500105');
    expect(v2025).not.toContain('500112');
    // Each vintage begins where districts.csv says the change happened.
    const liangjiang = rows.find((r) => r.code === 'x-liangjiang')!;
    expect(VINTAGES.find((v) => v.id === '2025')!.from).toBe(liangjiang.valid_from);
  });
  it('两江新区 is a central urban district like the others', () => {
    const liangjiang = vintageUnits(rows, '2025').find((r) => r.code === 'x-liangjiang')!;
    expect(liangjiang.region).toBe('metro_core');
    expect(liangjiang.region_zh).toBe('主城都市区 · 中心城区');
  });
  it('a date is drawn on the vintage in force then', () => {
    expect(vintageOn('2014-03-01')).toBe('2016');
    expect(vintageOn('2024-05-25')).toBe('2016');
    expect(vintageOn('2025-11-05')).toBe('2016');
    expect(vintageOn('2025-11-06')).toBe('2025');
    expect(vintageOn('2026-01-25')).toBe('2025');
  });
  it('counts the units in force, least and most over what a date may mean', () => {
    expect(unitCount(rows, '2022-12-24')).toEqual({ min: 38, max: 38 });
    expect(unitCount(rows, '2016-06')).toEqual({ min: 38, max: 38 }); // a rename changes no count
    expect(unitCount(rows, '2026-03-02')).toEqual({ min: 37, max: 37 });
    expect(unitCount(rows, '2025-11')).toEqual({ min: 37, max: 38 });
    expect(unitCount(rows, '2025')).toEqual({ min: 37, max: 38 });
  });
  it('knows the same counts without the list (for rules that have none)', () => {
    for (const v of VINTAGES) expect(v.units).toBe(vintageUnits(rows, v.id).length);
    for (const date of ['2016-06', '2022-12-24', '2025-11-05', '2025-11', '2025', '2026-03-02'])
      expect(unitsOn(date), date).toEqual(unitCount(rows, date));
  });
  it('lists a former county as the unit in force before its rename, not after', () => {
    const at = (date: string) => unitsInForce(rows, date).map((u) => `${u.unit.code}:${u.force}`);
    expect(at('2014-05-01')).toContain('500234:in'); // 开县
    expect(at('2014-05-01')).not.toContain('500154:in');
    expect(at('2020-05-01')).toContain('500154:in'); // 开州区
    expect(at('2020-05-01').some((u) => u.startsWith('500234'))).toBe(false);
    expect(at('2016-03')).toEqual(expect.arrayContaining(['500234:uncertain', '500154:uncertain']));
  });
});

describe('the crosswalk between vintages', () => {
  it('keeps units in force as they are', () => {
    expect(crosswalk(rows, '500103', '2016')).toEqual({ how: 'same', code: '500103' });
    expect(crosswalk(rows, '500103', '2025')).toEqual({ how: 'same', code: '500103' });
    expect(crosswalk(rows, 'x-liangjiang', '2025')).toEqual({ how: 'same', code: 'x-liangjiang' });
  });
  it('moves 江北区 and 渝北区 into 两江新区 on the 2025 boundaries', () => {
    expect(crosswalk(rows, '500105', '2025')).toEqual({
      how: 'merged',
      code: 'x-liangjiang',
      from: '500105',
    });
    expect(crosswalk(rows, '500112', '2025')).toMatchObject({
      how: 'merged',
      code: 'x-liangjiang',
    });
    expect(mergedInto(rows, '2025')).toEqual(new Map([['x-liangjiang', ['500105', '500112']]]));
    expect(mergedInto(rows, '2016')).toEqual(new Map());
  });
  it('cannot put 两江新区 on the 2016 boundaries, and names what it was made of', () => {
    expect(crosswalk(rows, 'x-liangjiang', '2016')).toEqual({
      how: 'newer',
      code: null,
      from: 'x-liangjiang',
      predecessors: ['500105', '500112'],
    });
  });
  it('draws a former county’s code as its renamed district (same area)', () => {
    expect(crosswalk(rows, '500234', '2016')).toEqual({
      how: 'renamed',
      code: '500154',
      from: '500234',
    });
    expect(name(crosswalk(rows, '500228', '2025').code)).toBe('梁平区');
    expect(name('500232')).toBe('武隆县');
  });
  it('knows no code it was not given', () => {
    expect(crosswalk(rows, '510101', '2016')).toEqual({
      how: 'unknown',
      code: null,
      from: '510101',
    });
  });
});
