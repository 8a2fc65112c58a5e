import { describe, expect, it } from 'vitest';
import { DataError, loadAll, parseDataset } from './load';
import { SCHEMAS } from './schema';

// Built from the schema so the fixture follows the contract as columns are added.
const COLUMNS = SCHEMAS.sources.columns;
const row = (values: Record<string, string>) =>
  COLUMNS.map((c) => {
    const v = values[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(',');
const GOOD = {
  source_id: '000',
  file: 'a.txt',
  sha256: 'ab',
  date: '2024-05-25',
  title: '标题,含逗号',
  outlet: '重庆日报',
};
const SOURCES = `\uFEFF${COLUMNS.join(',')}\n${row(GOOD)}\n`;

describe('parseDataset', () => {
  it('strips the BOM and keeps codes and ids as strings', () => {
    const [first, ...rest] = parseDataset('sources', SOURCES);
    expect(rest).toEqual([]);
    expect(first).toMatchObject(GOOD);
    expect(typeof first!.source_id).toBe('string');
  });

  it('names the file and line of a broken quote', () => {
    const broken = `${COLUMNS.join(',')}\n${row(GOOD)}\n${row({ ...GOOD, source_id: '001' }).replace(',ab,', ',"ab,')}\n`;
    expect(() => parseDataset('sources', broken)).toThrow(DataError);
    expect(() => parseDataset('sources', broken)).toThrow(/data\/sources\.csv, line 3/);
  });

  it('names a missing column', () => {
    expect(() => parseDataset('sources', 'source_id,file\n1,a\n')).toThrow(
      /line 1: missing column\(s\) sha256/,
    );
  });
});

describe('loadAll', () => {
  it('reports a failing file and still loads the others', async () => {
    const fetcher = (async (url: URL) =>
      url.pathname.endsWith('sources.csv')
        ? new Response(SOURCES)
        : new Response('gone', { status: 404 })) as unknown as typeof fetch;
    const { data, errors } = await loadAll('http://x/', ['sources', 'pledges'], fetcher);
    expect(data.sources).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual(['data/pledges.csv: HTTP 404']);
  });
});
