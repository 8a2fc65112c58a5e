import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, SOURCE_COLUMNS, citeFile, citeText, downloadName, toCsv, viewCsv } from './csv';

function parse(text: string) {
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
}

describe('toCsv', () => {
  it('starts with a BOM and round-trips any text through papaparse', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.string(), b: fc.string({ unit: 'grapheme' }) }), {
          maxLength: 8,
        }),
        (rows) => {
          const safe = rows.map((r) => ({ a: r.a.replace(/^[=+\-@\t\r]/, 'x'), b: `值${r.b}` }));
          const parsed = parse(toCsv(['a', 'b'], safe));
          expect(parsed.errors).toEqual([]);
          expect(parsed.data).toEqual(safe.map((r) => ({ a: r.a, b: r.b })));
        },
      ),
    );
  });

  it('keeps Excel from running a cell as a formula, but leaves negative numbers alone', () => {
    const parsed = parse(toCsv(['v'], [{ v: '=1+1' }, { v: '-3.5' }, { v: -2 }, { v: '@x' }]));
    expect(parsed.data.map((r) => r.v)).toEqual(["'=1+1", '-3.5', '-2', "'@x"]);
  });

  it('neutralises every cell that starts a formula, exempting only plain numbers', () => {
    const cells = [
      "-1+cmd|' /C calc'!A0",
      "+1+cmd|' /C calc'!A0",
      '=HYPERLINK("http://x","y")',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '-',
      '-1e5',
      '12',
      '-12',
      '3.5',
      '-0.25',
      '重庆',
    ];
    const parsed = parse(
      toCsv(
        ['v'],
        cells.map((v) => ({ v })),
      ),
    );
    expect(parsed.data.map((r) => r.v)).toEqual([
      "'-1+cmd|' /C calc'!A0",
      "'+1+cmd|' /C calc'!A0",
      '\'=HYPERLINK("http://x","y")',
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      "'-",
      "'-1e5",
      '12',
      '-12',
      '3.5',
      '-0.25',
      '重庆',
    ]);
  });

  it('writes empty cells for null, undefined and non-finite numbers', () => {
    const parsed = parse(toCsv(['a', 'b', 'c'], [{ a: null, b: undefined, c: Number.NaN }]));
    expect(parsed.data).toEqual([{ a: '', b: '', c: '' }]);
  });
});

describe('viewCsv', () => {
  const sources = new Map([
    ['001', { title: '市委六届五次全会决议', outlet: '重庆晨报', date: '2024-05-26', url: '' }],
  ]);
  it('appends the source columns last and fills them from the source list', () => {
    const text = viewCsv(
      ['district_code', 'name_zh', 'quote', 'source_id'],
      [{ district_code: '500101', name_zh: '万州区', source_id: '001', quote: '“加快建设”' }],
      sources,
    );
    const parsed = parse(text);
    expect(parsed.meta.fields).toEqual(['district_code', 'name_zh', ...SOURCE_COLUMNS]);
    expect(parsed.data[0]).toMatchObject({
      name_zh: '万州区',
      source_id: '001',
      source_title: '市委六届五次全会决议',
      source_outlet: '重庆晨报',
      source_date: '2024-05-26',
      quote: '“加快建设”',
    });
  });
  it('keeps a row’s own source URL and leaves unknown sources blank', () => {
    const parsed = parse(
      viewCsv(['x'], [{ x: '1', source_id: 'zz', source_url: 'https://a.example/1' }], sources),
    );
    expect(parsed.data[0]).toMatchObject({ source_url: 'https://a.example/1', source_title: '' });
  });
});

describe('cite', () => {
  const info = {
    credit: '新闻报图表组',
    title: '重庆38区县地图',
    url: 'https://g.example/?district=500101',
    accessed: '2026-11-21',
    outlets: ['重庆日报', '重庆晨报', '重庆日报'],
  };
  it('writes a Chinese citation with a Chinese date and each outlet once', () => {
    expect(citeText('zh', info)).toBe(
      '新闻报图表组：《重庆38区县地图》，https://g.example/?district=500101，访问日期：2026年11月21日。数据来源：重庆日报、重庆晨报等媒体报道。',
    );
  });
  it('writes an English citation and puts both in the text file, Chinese first', () => {
    const en = { ...info, credit: 'Herald graphics', title: 'Map of the 38 districts' };
    expect(citeText('en', en)).toMatch(/^Herald graphics, “Map of the 38 districts”/);
    expect(citeText('en', en)).toContain('(accessed 2026-11-21)');
    const file = citeFile(info, en);
    expect(file.indexOf('访问日期')).toBeLessThan(file.indexOf('accessed'));
  });
});

describe('downloadName', () => {
  it('joins the non-empty parts and drops characters file systems reject', () => {
    expect(downloadName(['cq-map', '500101', null, 'a/b:c'], 'csv')).toBe(
      'cq-map-500101-a_b_c.csv',
    );
    expect(downloadName(['地图', '2026-11-21'], 'png')).toBe('地图-2026-11-21.png');
  });
});
