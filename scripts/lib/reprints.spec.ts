import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyString, rowKey } from '../../src/lib/row-key';
import { SCHEMAS, type DatasetName } from '../../src/lib/schema';
import { REPRINT, writeReprintCorpus } from '../../tests/e2e/support/reprint-corpus';
import { buildData, type BuildResult } from './build';
import { parseCsv } from './csv';
import { readReference } from './reference';
import { FACT_KEY, editedReprints } from './reprints';
import { readSources } from './sources';

let dir: string;
let built: BuildResult;
const table = (name: DatasetName) =>
  parseCsv(built.files.get(SCHEMAS[name].file)!, SCHEMAS[name].file);

beforeAll(() => {
  dir = writeReprintCorpus();
  built = buildData(readSources(dir), readReference('data'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXTRACTED = Object.keys(FACT_KEY) as DatasetName[];

describe('identical reprints (one file under two ids, or two files with one text)', () => {
  it('keep a row per outlet in sources.csv, pointing at the first id', () => {
    const sources = table('sources');
    const row = (id: string) => sources.find((s) => s.source_id === id)!;
    expect(row('000').same_text_as).toBe('');
    expect(row(REPRINT.sameFile)).toMatchObject({
      same_text_as: '000',
      outlet: '上游新闻',
      date: '2024-05-26',
      url: 'https://example.com/upstream/1',
    });
    expect(row(REPRINT.copy)).toMatchObject({ same_text_as: '000', outlet: '华龙网' });
  });

  it('are read once: no row of theirs, and the first id’s rows list them in also_in', () => {
    for (const name of EXTRACTED) {
      const rows = table(name);
      expect(
        rows.filter((r) => [REPRINT.sameFile, REPRINT.copy].includes(r.source_id!)),
        name,
      ).toEqual([]);
      for (const r of rows.filter((x) => x.source_id === '000'))
        expect(r.also_in?.split(' '), `${name} ${r.start}`).toEqual(
          expect.arrayContaining([REPRINT.copy, REPRINT.sameFile]),
        );
    }
    expect(table('figures').filter((r) => r.source_id === '000').length).toBeGreaterThan(5);
  });
});

describe('a reprint with small edits', () => {
  it('gives one row per fact: the first source’s, listing the reprint', () => {
    let shared = 0;
    for (const name of EXTRACTED) {
      const rows = table(name);
      const key = FACT_KEY[name]!;
      const original = new Set(rows.filter((r) => r.source_id === '003').map(key));
      const again = rows.filter((r) => r.source_id === REPRINT.edited && original.has(key(r)));
      expect(again, name).toEqual([]);
      shared += rows.filter(
        (r) => r.source_id === '003' && r.also_in?.includes(REPRINT.edited),
      ).length;
    }
    expect(shared).toBeGreaterThan(10);
  });

  it('keeps independent articles apart: their facts stay their own rows', () => {
    const own = (name: DatasetName) =>
      table(name).filter((r) => r.source_id === REPRINT.independent);
    expect(own('sisterCities').map((r) => r.city_zh)).toContain('塞维利亚');
    expect(own('loans').map((r) => r.value)).toContain('250000');
    for (const name of EXTRACTED)
      for (const r of table(name)) expect(r.also_in ?? '').not.toContain(REPRINT.independent);
  });
});

it('every extracted row has its own key (the app keys lists by it)', () => {
  for (const name of EXTRACTED) {
    const keys = table(name).map((r) => keyString(rowKey(name, r)));
    expect(new Set(keys).size, name).toBe(keys.length);
  }
});

describe('editedReprints', () => {
  const article = (id: string, sentences: string[]) => {
    const text = sentences.join('');
    let at = 0;
    return {
      id,
      text,
      sentences: sentences.map((s) => ({ start: at, end: (at += s.length) })),
    };
  };
  const S = [
    '这是第一句足够长的测试句子用来比较。',
    '第二句话讲的是另外一件事情而且很长。',
    '第三句话同样是我们自己写的测试文字。',
    '第四句话只在原文里出现过一次而已啊。',
  ];
  it('pairs articles sharing most of their sentences, even when one is shortened', () => {
    const pairs = editedReprints([
      article('a', S),
      article('b', ['新的导语句子也足够长的吧啊。', ...S.slice(0, 3)]),
    ]);
    expect([...(pairs.get('a') ?? [])]).toEqual(['b']);
    expect(editedReprints([article('a', S), article('c', S.slice(0, 2))]).get('c')).toEqual(
      new Set(['a']),
    );
  });

  it('does not pair articles sharing one sentence of four, or only short ones', () => {
    const other = [
      '完全不同的一句话在这里写得足够长。',
      '还有一句话也完全不同而且足够长啊。',
      '第三句也不一样并且同样足够长的吧。',
    ];
    expect(editedReprints([article('a', S), article('d', [S[0]!, ...other])]).size).toBe(0);
    const short = ['短句。', '又短。', '还短。'];
    expect(editedReprints([article('e', short), article('f', short)]).size).toBe(0);
  });
});
