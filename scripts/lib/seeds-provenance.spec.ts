import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorrections } from './corrections.ts';
import { fakeContext, readDistricts } from './fake-context.ts';
import { extractFigures } from './figures/index.ts';
import { extractLoanCoverage, extractLoans } from './loans.ts';
import { extractSisterCities } from './sister-cities.ts';
import { readSources } from './sources.ts';

const DISTRICTS = readDistricts();
const CORRECTIONS = readCorrections(
  readFileSync('data/corrections.csv', 'utf8'),
  'data/corrections.csv',
).misprints;
const SOURCES = readSources('seeds');

describe.each(SOURCES.map((s) => [s.id, s] as const))('seed %s', (_, source) => {
  const ctx = fakeContext(source, DISTRICTS, CORRECTIONS);
  const outputs = {
    figures: extractFigures(ctx),
    loans: extractLoans(ctx),
    loanCoverage: extractLoanCoverage(ctx, DISTRICTS),
    sisterCities: extractSisterCities(ctx),
  };

  it.each(Object.entries(outputs))('%s: every quote is text.slice(start, end)', (_, out) => {
    for (const row of out.rows) {
      const { quote, start, end } = row as { quote: string; start: string; end: string };
      expect(source.text.slice(Number(start), Number(end))).toBe(quote);
      expect(quote.length).toBeGreaterThan(0);
    }
    for (const item of out.review) expect(source.text.slice(item.start, item.end)).toBe(item.quote);
  });

  it('writes values without exponent and figure ids that are unique', () => {
    const ids = outputs.figures.rows.map((r) => r.figure_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of outputs.figures.rows) {
      expect(r.value).toMatch(/^\d+(\.\d+)?$/);
      expect(['target', 'actual']).toContain(r.kind);
    }
  });
});

describe('must-contain figures on the seeds', () => {
  const all = SOURCES.flatMap((s) => extractFigures(fakeContext(s, DISTRICTS, CORRECTIONS)).rows);
  const has = (partial: Record<string, string>) =>
    expect(all).toContainEqual(expect.objectContaining(partial));

  it('contains the district examples', () => {
    has({
      subject_zh: '涪陵区',
      indicator_zh: '工业产值',
      value: '400000000000',
      kind: 'target',
      period: '2027',
    });
    has({
      subject_zh: '九龙坡区',
      indicator_zh: '规上工业总产值',
      value: '128526000000',
      period: '2022-01/2022-11',
    });
    has({ subject_zh: '九龙坡区', value: '4.5', unit: '%', period: '2022-01/2022-11' });
    has({ subject_zh: '合川区', value: '113', unit: '个' });
    has({ subject_zh: '合川区', value: '72286000000', unit: '元', qualifier: '约' });
  });

  it('contains the municipal five-year targets of the second plenary', () => {
    const targets: [string, string, string][] = [
      ['地区生产总值', '4000000000000', '元'],
      ['人均地区生产总值', '120000', '元'],
      ['城镇化率', '75', '%'],
      ['空气质量优良天数', '338', '天'],
    ];
    for (const [indicator_zh, value, unit] of targets)
      has({ subject_code: '500000', indicator_zh, value, unit, kind: 'target', period: '2027' });
  });
});
