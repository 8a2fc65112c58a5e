import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Datasets } from './load';
import { SCHEMAS, type DatasetName } from './schema';
import { computeMetric, countBasis, coveredBy, rankDistricts, scopeTitle } from './metrics';
import { makeRow } from './rows';

/** A dataset from CSV text, parsed the way the app parses it; values given by column name. */
function csv<N extends DatasetName>(name: N, rows: Record<string, string>[]) {
  const columns = SCHEMAS[name].columns as readonly string[];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [
    columns.join(','),
    ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(',')),
  ].join('\n');
  return parseDataset(name, text);
}

const districts = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
const YUZHONG = '500103';
const WANZHOU = '500101';
const FULING = '500102';

const pledges = csv('pledges', [
  {
    pledge_id: 'p1',
    event_id: 'plenary-6-5',
    district_code: YUZHONG,
    quote: '渝中区将全力推进',
    source_id: 's1',
  },
  {
    pledge_id: 'p2',
    event_id: 'plenary-6-5',
    district_code: YUZHONG,
    quote: '渝中区表示',
    source_id: 's1',
  },
  {
    pledge_id: 'p3',
    event_id: 'plenary-6-6',
    district_code: YUZHONG,
    quote: '渝中区第三条',
    source_id: 's2',
  },
  {
    pledge_id: 'p4',
    event_id: 'plenary-6-6',
    district_code: WANZHOU,
    quote: '万州区提出',
    source_id: 's2',
  },
  {
    pledge_id: 'p5',
    event_id: 'plenary-6-6',
    district_code: '500000',
    quote: '全市',
    source_id: 's2',
  },
]);

describe('statements per district', () => {
  it('counts statements over all sessions, with the quotes they come from', () => {
    const m = computeMetric('statements', { districts, pledges }, null);
    expect(m.scale).toBe('sequential');
    expect(m.values.get(YUZHONG)!.value).toBe(3);
    expect(m.values.get(YUZHONG)!.sources.map((s) => s.id)).toEqual(['p1', 'p2', 'p3']);
    expect(m.values.get(YUZHONG)!.text).toEqual({ zh: '3 条表态', en: '3 statements' });
    expect(m.values.get(WANZHOU)!.text.en).toBe('1 statement');
    // No statement in the articles: not reported, never a zero. The municipality is no district.
    expect(m.values.has(FULING)).toBe(false);
    expect(m.values.has('500000')).toBe(false);
    expect([...m.values.keys()].sort()).toEqual([WANZHOU, YUZHONG]);
    expect(m.zero).toBe(false);
  });
  it('counts one session only when a session is selected', () => {
    const m = computeMetric('statements', { districts, pledges }, 'plenary-6-6');
    expect(m.values.get(YUZHONG)!.value).toBe(1);
    expect(m.values.get(YUZHONG)!.sources[0]!.quote).toBe('渝中区第三条');
  });
  it('reports no district at all for a session no article has statements about', () => {
    const m = computeMetric('statements', { districts, pledges }, 'plenary-6-7');
    expect(m.values.size).toBe(0);
    expect(m.missing).toEqual([]);
  });
  it('has no data at all while pledges.csv is missing', () => {
    const m = computeMetric('statements', { districts }, null);
    expect(m.values.size).toBe(0);
    expect(m.missing).toEqual(['pledges']);
  });
});

describe('numeric targets per district', () => {
  const figures = csv('figures', [
    {
      figure_id: 'f1',
      subject_code: WANZHOU,
      kind: 'target',
      quote: '到2027年达到1000亿元',
      source_id: 's1',
    },
    {
      figure_id: 'f2',
      subject_code: WANZHOU,
      kind: 'actual',
      quote: '去年达到800亿元',
      source_id: 's1',
    },
    { figure_id: 'f3', subject_code: WANZHOU, kind: 'target', quote: '新增5万户', source_id: 's1' },
    { figure_id: 'f4', subject_code: YUZHONG, kind: 'target', quote: '增长6%', source_id: 's2' },
  ]);
  it('counts target rows only, per subject district', () => {
    const m = computeMetric('targets', { districts, figures }, null);
    expect(m.values.get(WANZHOU)!.value).toBe(2);
    expect(m.values.get(WANZHOU)!.sources.map((s) => s.id)).toEqual(['f1', 'f3']);
    expect(m.values.get(YUZHONG)!.text).toEqual({ zh: '1 项量化目标', en: '1 numeric target' });
    expect(m.unit.en).toBe('targets');
    expect(m.zero).toBe(true);
  });
  it('gives 0 to a district with statements but no numeric target, nothing to one without', () => {
    const withStatements = csv('pledges', [
      { pledge_id: 'p9', event_id: 'plenary-6-5', district_code: FULING, quote: '涪陵区表示' },
    ]);
    const m = computeMetric('targets', { districts, figures, pledges: withStatements }, null);
    expect(m.values.get(FULING)!.value).toBe(0);
    expect(m.values.get(FULING)!.sources.map((s) => s.id)).toEqual(['p9']);
    expect(m.values.get(FULING)!.text.en).toBe('0 numeric targets (statements without a number)');
    expect(m.values.has('500104')).toBe(false);
  });
});

describe('loan coverage', () => {
  const row = (district_code: string, since: string, status: string, quote: string) => ({
    program: '富民贷',
    district_code,
    since,
    status,
    quote,
    source_id: 's3',
  });
  const loanCoverage = csv('loanCoverage', [
    row('500241', '2021', 'first_loan', '首笔“富民贷”落地重庆秀山。'),
    row(
      '500229',
      '2021',
      'pilot',
      '重庆在城口、巫溪、酉阳、彭水4个国家乡村振兴重点帮扶县开展“富民贷”试点',
    ),
    row(WANZHOU, '2024', 'pilot', '扩大到了38个区县'),
    row('500241', '2024', 'pilot', '扩大到了38个区县'),
    row('500229', '2024', 'pilot', '扩大到了38个区县'),
  ]);
  it('gives each district the first stage it reached; categories are the roll-out in order', () => {
    const m = computeMetric('loans', { districts, loanCoverage }, null);
    expect(m.scale).toBe('categorical');
    expect(m.categories.map((c) => c.label.en)).toEqual([
      'First loan (2021)',
      'Pilot (2021)',
      'Pilot (2024)',
    ]);
    expect(m.values.get('500241')!.text.zh).toBe('首笔贷款（2021年）');
    expect(m.values.get('500229')!.category).toBe('pilot:2021');
    expect(m.values.get(WANZHOU)!.category).toBe('pilot:2024');
    expect(m.values.get('500241')!.sources[0]!.quote).toBe('首笔“富民贷”落地重庆秀山。');
    // No row: unknown, so not reported (not "not covered").
    expect(m.values.has(FULING)).toBe(false);
  });
  it('shows coverage as of the selected session: later rows do not count yet', () => {
    const sessions = [
      makeRow('sessions', { event_id: 'plenary-6-2', date_start: '2022-12-21' }),
      makeRow('sessions', { event_id: 'plenary-6-5', date_start: '2024-05-24' }),
    ];
    const early = computeMetric('loans', { districts, loanCoverage, sessions }, 'plenary-6-2');
    expect([...early.values.keys()].sort()).toEqual(['500229', '500241']);
    expect(early.categories.map((c) => c.key)).toEqual(['first_loan:2021', 'pilot:2021']);
    const later = computeMetric('loans', { districts, loanCoverage, sessions }, 'plenary-6-5');
    expect(later.values.get(WANZHOU)!.category).toBe('pilot:2024');
  });
  it('compares a coverage date at its own precision', () => {
    expect(coveredBy('2024', '2024-05-24')).toBe(true);
    expect(coveredBy('2024', '2023-12-31')).toBe(false);
    expect(coveredBy('2024-06', '2024-05-24')).toBe(false);
    expect(coveredBy('2021', null)).toBe(true);
  });
});

describe('scopeTitle', () => {
  const fifth = makeRow('sessions', {
    event_id: 'plenary-6-5',
    kind: 'plenary',
    date_start: '2024-05-24',
  });
  it('names the session a view is filtered to, in both languages', () => {
    expect(scopeTitle('statements', fifth, 'zh')).toBe('五次全会后的表态');
    expect(scopeTitle('statements', fifth, 'en')).toBe('Statements after the 5th plenary');
    expect(scopeTitle('targets', fifth, 'zh')).toBe('五次全会后的量化目标');
    expect(scopeTitle('loans', fifth, 'en')).toBe(
      'Fumindai loan coverage as of the 5th plenary (24 May 2024)',
    );
  });
  it('says "all sessions" without one; region has no session', () => {
    expect(scopeTitle('statements', null, 'zh')).toBe('表态条数（全部会议）');
    expect(scopeTitle('targets', null, 'en')).toBe('Numeric targets (all sessions)');
    expect(scopeTitle('region', fifth, 'zh')).toBe('一区两群');
  });
});

describe('region', () => {
  it('puts every district in one of the four regions of 一区两群', () => {
    const m = computeMetric('region', { districts } as Datasets, null);
    expect(m.values.size).toBe(38);
    expect(m.categories.map((c) => c.key).sort()).toEqual(['metro_core', 'metro_new', 'ne', 'se']);
    expect(m.values.get(YUZHONG)!.text.zh).toBe('主城都市区 · 中心城区');
  });
});

describe('rankDistricts', () => {
  const v = (code: string, value: number) => ({
    code,
    value,
    category: null,
    text: { zh: '', en: '' },
    sources: [],
  });
  it('gives tied districts the same rank and skips the next', () => {
    const ranked = rankDistricts([v('a', 1), v('b', 2), v('c', 2), v('d', 1), v('e', 0)]);
    expect(ranked.map((r) => [r.row.code, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', 3],
      ['e', 5],
    ]);
  });
});

describe('countBasis', () => {
  it('says what the counts come from and how they add up', () => {
    const sources = csv('sources', [{ source_id: 's1' }, { source_id: 's2' }]);
    const data = { districts, pledges, sources };
    expect(countBasis('statements', data, 'plenary-6-6', 'zh')).toBe(
      '3 条表态：2 条来自 2 个区县，1 条来自其他机构。按 2 篇报道统计。',
    );
    expect(countBasis('statements', data, 'plenary-6-5', 'en')).toBe(
      '2 statements, from 1 district. Counted from 2 articles.',
    );
    expect(countBasis('statements', data, 'plenary-6-7', 'zh')).toBe('0 条表态。按 2 篇报道统计。');
  });
});
