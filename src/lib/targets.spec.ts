import { describe, expect, it } from 'vitest';
import { makeRow } from './rows';
import { groupTargets, isMunicipal, targetYear } from './targets';

const fig = (figure_id: string, subject_code: string, period: string, kind = 'target') =>
  makeRow('figures', { figure_id, subject_code, period, kind, value: '1', unit: '个' });

describe('targetYear', () => {
  it('reads the year a target is set for', () => {
    expect(targetYear('2027')).toBe('2027');
    expect(targetYear('2023-2027')).toBe('2027');
    expect(targetYear('2035年')).toBe('2035');
    expect(targetYear('')).toBe('');
  });
});

describe('groupTargets', () => {
  const figures = [
    fig('a', '500102', '2027'),
    fig('b', '500000', '2035'),
    fig('c', '500000', '2027'),
    fig('d', '500101', ''),
    fig('e', '500101', '2024', 'actual'),
    fig('f', '成渝地区双城经济圈', '2027'),
  ];
  it('groups targets by year, earliest first and undated last, leaving out actual figures', () => {
    const groups = groupTargets(figures);
    expect(groups.map((g) => g.year)).toEqual(['2027', '2035', '']);
    expect(groups.flatMap((g) => g.targets).map((t) => t.figure_id)).not.toContain('e');
  });
  it('lists municipal targets before district ones', () => {
    expect(groupTargets(figures)[0]!.targets.map((t) => t.figure_id)).toEqual(['c', 'f', 'a']);
  });
  it('treats the municipality and named regions as municipal', () => {
    expect(isMunicipal({ subject_code: '500000' })).toBe(true);
    expect(isMunicipal({ subject_code: '成渝地区双城经济圈' })).toBe(true);
    expect(isMunicipal({ subject_code: '500102' })).toBe(false);
    // 两江新区 has no official code yet: its provisional id is a district's, not the municipality's.
    expect(isMunicipal({ subject_code: 'x-liangjiang' })).toBe(false);
    expect(isMunicipal({ subject_code: '两江新区' })).toBe(true);
  });
});
