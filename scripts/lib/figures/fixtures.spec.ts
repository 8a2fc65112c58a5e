/**
 * The whole pipeline (buildData) on articles of kinds the seeds lack, written for these tests
 * (tests/fixtures/articles/fig-*.txt: invented people and values): the facts it must find and
 * the false readings it must not publish.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceOf } from '../article-fixture.ts';
import { buildData } from '../build.ts';
import { parseCsv } from '../csv.ts';
import { readReference } from '../reference.ts';

const FIXTURES = 'tests/fixtures/articles';
/** Publication dates, as a manifest would give them. */
const DATES: Record<string, string> = {
  'fig-park-interview': '2025-03-06',
  'fig-secretaries': '2024-05-25',
  'fig-continuation': '2022-12-19',
  'fig-traditional': '2024-10-28',
};

type Row = Record<string, string>;
let figures: Row[];
let goals: Row[];
let review: Row[];

beforeAll(() => {
  const sources = Object.entries(DATES).map(([id, date]) => ({
    ...sourceOf(readFileSync(`${FIXTURES}/${id}.txt`, 'utf8'), date, id),
    file: `${id}.txt`,
  }));
  const built = buildData(sources, readReference('data'));
  const table = (name: string) => parseCsv(built.files.get(name)!, name);
  figures = table('figures.csv');
  goals = table('goals.csv');
  review = table('review.csv').filter((r) => r.dataset === 'figures');
}, 60_000);

const of = (source: string) => figures.filter((r) => r.source_id === source);
const fact = (r: Row) => [r.subject_zh, r.value, r.unit, r.kind, r.period];
const candidates = (source: string) =>
  review.filter((r) => r.source_id === source).map((r) => JSON.parse(r.candidate!) as Row);

describe('a district secretary’s 两会 interview in Q&A form', () => {
  it('finds this year’s pledges and last year’s results, dated from the article’s day', () => {
    const rows = of('fig-park-interview').map(fact);
    expect(rows).toContainEqual(['长寿区', '9', '%', 'target', '2025']);
    expect(rows).toContainEqual(['长寿区', '126800000000', '元', 'actual', '2024']);
    expect(rows).toContainEqual(['长寿区', '6.7', '%', 'actual', '2024']);
    expect(rows).toContainEqual(['长寿区', '8.2', '%', 'actual', '2024']);
    expect(rows).toContainEqual(['长寿区', '100000000000', '元', 'target', '']);
  });

  it('gives the parks their own targets and results, never the district', () => {
    const rows = of('fig-park-interview');
    expect(rows.map(fact)).toEqual(
      expect.arrayContaining([
        ['晏家园区', '110000000000', '元', 'target', '2025'],
        ['江南园区', '42000000000', '元', 'target', '2025'],
        ['晏家园区', '37', '个', 'actual', '2024'],
      ]),
    );
    const parks = ['110000000000', '42000000000', '37'];
    expect(rows.filter((r) => r.subject_code === '500115' && parks.includes(r.value!))).toEqual([]);
    expect(rows.filter((r) => r.subject_code === 'zone').map((r) => r.indicator_zh)).toEqual([
      '工业产值',
      '工业产值',
      '新增投产项目',
    ]);
  });

  it('publishes an amount about to be reached as neither a target nor a result', () => {
    expect(of('fig-park-interview').map((r) => r.value)).not.toContain('130000000000');
    expect(candidates('fig-park-interview').map((c) => c.value)).toContain('130000000000');
  });
});

describe('district secretaries’ scale classes, multiples and goals', () => {
  it('reads each class as a target at its lower bound, with the class as qualifier', () => {
    const rows = of('fig-secretaries').map((r) => [r.subject_zh, r.value, r.qualifier, r.period]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['綦江区', '100000000000', '千亿级', '2030'],
        ['綦江区', '50000000000', '五百亿级', '2030'],
        ['綦江区', '10000000000', '百亿级', '2030'],
        ['垫江县', '10000000000', '两大百亿级', ''],
      ]),
    );
    // 依托千亿级…园区 names a park; 百亿级…培育行动 names a programme.
    expect(
      of('fig-secretaries')
        .filter((r) => r.subject_zh === '城口县')
        .map((r) => r.value),
    ).toEqual(['0']);
  });

  it('reads ×2 once per thing counted, undated when only another speaker gives a year', () => {
    const rows = of('fig-secretaries').filter((r) => r.unit === '倍');
    expect(rows.map((r) => [r.subject_zh, r.indicator_zh, r.value, r.period])).toEqual([
      ['垫江县', '规上工业企业', '2', ''],
      ['垫江县', '高新技术企业', '2', ''],
    ]);
  });

  it('puts a dated goal without a number in goals.csv', () => {
    expect(
      goals.filter((g) => g.source_id === 'fig-secretaries').map((g) => [g.horizon, g.subject_zh]),
    ).toEqual([['2030', '城口县']]);
  });
});

describe('a page continuation, a company’s quotation and a loan programme', () => {
  it('gives the continued story’s figures to its district, not the municipality', () => {
    const rows = of('fig-continuation').filter((r) =>
      r.indicator_zh!.startsWith('此次集中签约项目'),
    );
    expect(rows.map(fact)).toEqual([
      ['巫溪县', '18', '个', 'actual', '2022-12-19'],
      ['巫溪县', '4500000000', '元', 'target', ''],
    ]);
  });

  it('gives a park’s figures to the park, and holds back one printed without its unit', () => {
    const rows = of('fig-continuation').filter((r) => r.subject_code === 'zone');
    expect(rows.map((r) => [r.subject_zh, r.value])).toEqual([
      ['巫溪工业园区', '10000000000'],
      ['巫溪工业园区', '6'],
    ]);
    expect(of('fig-continuation').map((r) => r.value)).not.toContain('30000000000');
  });

  it('gives the quotation’s figures to the company, and no company goal to the district', () => {
    const rows = of('fig-continuation').filter((r) => r.subject_code === 'org');
    expect(rows.map((r) => [r.subject_zh, r.value])).toEqual([['重庆某某新材料有限公司', '16000']]);
    expect(of('fig-continuation').map((r) => r.value)).not.toContain('200000000');
  });

  it('leaves the loan ceiling out of figures.csv (a ceiling is not a total)', () => {
    expect(of('fig-continuation').map((r) => r.value)).not.toContain('250000');
  });
});

describe('traditional characters, pinyin after characters and ASCII punctuation', () => {
  it('reads the values as in simplified text, quoting the article as printed', () => {
    const rows = of('fig-traditional');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.unit, r.kind, r.period])).toEqual([
      ['地区生产总值增长', '7.3', '%', 'actual', '2024-01/2024-09'],
      ['规上工业增加值增长', '8.8', '%', 'actual', '2024-01/2024-09'],
      ['市场主体', '12000', '户', 'actual', '2024-01/2024-09'],
      ['引进项目', '54', '个', 'actual', '2024-01/2024-09'],
      ['地区生产总值', '50000000000', '元', 'target', '2027'],
    ]);
    const text = readFileSync(`${FIXTURES}/fig-traditional.txt`, 'utf8');
    for (const r of rows) expect(text.slice(Number(r.start), Number(r.end))).toBe(r.quote);
    expect(rows.every((r) => r.subject_zh === '黔江区')).toBe(true);
  });
});
