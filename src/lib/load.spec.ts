import { describe, expect, it } from 'vitest';
import { DataError, loadAll, parseDataset } from './load';

const SOURCES =
  '\uFEFFsource_id,file,sha256,date,title,outlet\n000,a.txt,ab,2024-05-25,"标题,含逗号",重庆日报\n';

describe('parseDataset', () => {
  it('strips the BOM and keeps codes and ids as strings', () => {
    const rows = parseDataset('sources', SOURCES);
    expect(rows).toEqual([
      {
        source_id: '000',
        file: 'a.txt',
        sha256: 'ab',
        date: '2024-05-25',
        title: '标题,含逗号',
        outlet: '重庆日报',
      },
    ]);
  });

  it('names the file and line of a broken quote', () => {
    const broken =
      'source_id,file,sha256,date,title,outlet\n000,a.txt,ab,2024,ok,o\n001,b.txt,"cd,2024,bad,o\n';
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
