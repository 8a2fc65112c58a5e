import { describe, expect, it } from 'vitest';
import {
  MAX_ARTICLE_BYTES,
  SOURCE_ID_RULE,
  decodeArticle,
  decodeUtf8,
  idFromFileName,
  markReprints,
  parseManifest,
  sourcesFromFiles,
  type ArticleFile,
  type Source,
} from './intake';

const HEADER = 'id,file,sha256,date,title,outlet';
const enc = (s: string) => new TextEncoder().encode(s);

describe('decoding', () => {
  it('names UTF-16 by its byte-order mark instead of calling it binary', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]);
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x61]);
    expect(() => decodeArticle(le, 'a.txt')).toThrow(
      /a\.txt:1: UTF-16LE text .*re-save it as UTF-8/,
    );
    expect(() => decodeUtf8(be, 'm.csv')).toThrow(/m\.csv:1: UTF-16BE text/);
  });

  it('reads CSV input strictly: GBK names its line, a BOM is allowed', () => {
    // "id\n重庆" with 重庆 in GBK.
    const gbk = Uint8Array.from([0x69, 0x64, 0x0a, 0xd6, 0xd8, 0xc7, 0xec]);
    expect(() => decodeUtf8(gbk, 'corrections.csv')).toThrow(/corrections\.csv:2: not valid UTF-8/);
    expect(decodeUtf8(enc('\uFEFFzh,en\n'), 'g.csv')).toBe('zh,en\n');
  });

  it(`refuses an article over ${MAX_ARTICLE_BYTES / 1e6} MB, saying what the limit is`, () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    expect(() => decodeArticle(big, 'big.txt')).toThrow(
      /^big\.txt: 10\.0 MB is over the 10 MB limit for one article/,
    );
    expect(decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61), 'ok.txt')).toHaveLength(
      MAX_ARTICLE_BYTES,
    );
  });
});

describe('parseManifest', () => {
  it('refuses an empty manifest and one with only its header: they would empty data/', () => {
    expect(() => parseManifest('', 'm.csv')).toThrow(/m\.csv:1: manifest is empty/);
    expect(() => parseManifest(`${HEADER}\n`, 'm.csv')).toThrow(/m\.csv:1: .*header only/);
    expect(() => parseManifest(`${HEADER}\n\n\n`, 'm.csv')).toThrow(/header only/);
  });

  it('names both lines of an id listed twice', () => {
    expect(() =>
      parseManifest(`${HEADER}\na,a.txt,,,,\nb,b.txt,,,,\na,c.txt,,,,\n`, 'm.csv'),
    ).toThrow(/m\.csv:4: duplicate id "a" \(first on line 2\)/);
  });

  it('refuses ids the app cannot route, impossible dates and file names leaving the folder', () => {
    const row = (cells: string) => `${HEADER}\n${cells}\n`;
    expect(() => parseManifest(row('重庆日报 2024.05.25,a.txt,,,,'), 'm.csv')).toThrow(
      /m\.csv:2: id "重庆日报 2024\.05\.25" is not a source id/,
    );
    expect(() => parseManifest(row('a,a.txt,,2024-13-45,,'), 'm.csv')).toThrow(
      /m\.csv:2: date "2024-13-45" is not a real/,
    );
    for (const file of ['../secret.txt', 'sub/../../x.txt', '/etc/passwd', 'C:\\x.txt'])
      expect(() => parseManifest(row(`a,${file},,,,`), 'm.csv'), file).toThrow(/m\.csv:2: file/);
    expect(() => parseManifest(row('a,a.txt,abc,,,'), 'm.csv')).toThrow(/not 64 hex digits/);
  });

  it('refuses a title or outlet a spreadsheet would run as a formula, but not a number', () => {
    const row = (title: string, outlet = 'o') =>
      `${HEADER}\na,a.txt,,,"${title.replace(/"/g, '""')}",${outlet}\n`;
    for (const title of ["+1+cmd|' /C calc'!A0", '=HYPERLINK("x")', '-1+cmd|x', '@SUM(1)', '\t=1'])
      expect(() => parseManifest(row(title), 'm.csv'), title).toThrow(
        /m\.csv:2: title ".*" starts with .* formula/,
      );
    expect(() => parseManifest(row('t', '=x'), 'm.csv')).toThrow(/m\.csv:2: outlet/);
    expect(parseManifest(row('2024'), 'm.csv')[0]!.title).toBe('2024');
    expect(parseManifest(row('重庆-成都'), 'm.csv')[0]!.title).toBe('重庆-成都');
  });
});

describe('ids without a manifest', () => {
  it('keeps a file name that is a valid id, and makes a slug plus a short hash of any other', () => {
    expect(idFromFileName('000.txt')).toBe('000');
    expect(idFromFileName('a_b-C.TXT')).toBe('a_b-C');
    const chinese = idFromFileName('重庆日报 2024.05.25.txt');
    expect(chinese).toMatch(/^2024-05-25-[0-9a-f]{8}$/);
    expect(idFromFileName('重庆日报.txt')).toMatch(/^article-[0-9a-f]{8}$/);
    expect(idFromFileName('重庆晨报.txt')).not.toBe(idFromFileName('重庆日报.txt'));
    expect(idFromFileName(`${'x '.repeat(60)}.txt`)).toMatch(SOURCE_ID_RULE);
    for (const name of ['重庆日报 2024.05.25.txt', '重庆日报.txt', `${'长'.repeat(80)}.txt`])
      expect(idFromFileName(name)).toMatch(SOURCE_ID_RULE);
  });

  it('names both files when two give the same id', () => {
    const file = (name: string): ArticleFile => ({
      file: name,
      path: `d/${name}`,
      bytes: enc('重庆'),
      sha256: name,
    });
    expect(() => sourcesFromFiles([file('a.txt'), file('a.TXT')], 'd')).toThrow(
      /d\/a\.TXT: gives the source id "a", as d\/a\.txt does/,
    );
  });
});

describe('markReprints', () => {
  const source = (id: string, sha256: string): Source => ({
    id,
    file: `${id}.txt`,
    sha256,
    date: '',
    title: '',
    outlet: id,
    url: '',
    text: 'x',
    dateFromManifest: false,
  });

  it('points every later id with the same text at the first id, in id order', () => {
    const marked = markReprints([source('c', 'h1'), source('a', 'h1'), source('b', 'h2')]);
    expect(marked.map((s) => [s.id, s.sameTextAs])).toEqual([
      ['a', ''],
      ['b', ''],
      ['c', 'a'],
    ]);
  });
});
