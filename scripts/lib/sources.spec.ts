import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDate, decodeArticle, readSources, sha256 } from './sources';
import { parseCsv } from './csv';

describe('seeds/', () => {
  it('every seed still has the SHA-256 recorded in seeds/manifest.csv', () => {
    const manifest = parseCsv(readFileSync('seeds/manifest.csv', 'utf8'), 'seeds/manifest.csv');
    expect(manifest).toHaveLength(5);
    for (const row of manifest) {
      expect(sha256(readFileSync(join('seeds', row.file!))), row.file).toBe(row.sha256);
    }
  });

  it('reads the five seeds with dates from the manifest', () => {
    const sources = readSources('seeds');
    expect(sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(sources.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.date))).toBe(true);
    expect(sources[0]!.text).toContain('市委六届五次全会');
  });
});

describe('unreadable input', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'cq-src-'));

  it('names the file and line of a GBK-encoded article', () => {
    // "第一行\n重庆" in GBK: the second line is not UTF-8.
    const bytes = Uint8Array.from([0x61, 0x0a, 0xd6, 0xd8, 0xc7, 0xec]);
    expect(() => decodeArticle(bytes, 'x.txt')).toThrow(/x\.txt:2: not valid UTF-8/);
  });

  it('rejects empty and binary files', () => {
    expect(() => decodeArticle(new Uint8Array(), 'e.txt')).toThrow(/e\.txt:1: file is empty/);
    expect(() => decodeArticle(Uint8Array.from([0x61, 0x0a, 0x0a, 0]), 'b.txt')).toThrow(
      /b\.txt:3: binary/,
    );
  });

  it('names the manifest line of a missing file and of a duplicate id', () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), '重庆');
    writeFileSync(
      join(d, 'manifest.csv'),
      'id,file,sha256,date,title,outlet\n1,a.txt,,2024-01-01,t,o\n2,gone.txt,,,,\n',
    );
    expect(() => readSources(d)).toThrow(/manifest\.csv:3: file "gone\.txt" does not exist/);
    writeFileSync(
      join(d, 'manifest.csv'),
      'id,file,sha256,date,title,outlet\n1,a.txt,,,,\n1,a.txt,,,,\n',
    );
    expect(() => readSources(d)).toThrow(/manifest\.csv:3: duplicate id "1" \(first on line 2\)/);
  });
});

describe('paths and names', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'cq-src-'));

  it('refuses a manifest file that leaves the folder, by .. or through a symlink', () => {
    const outside = dir();
    writeFileSync(join(outside, 'secret.txt'), '机密');
    const d = join(outside, 'seeds');
    mkdirSync(d);
    writeFileSync(
      join(d, 'manifest.csv'),
      'id,file,sha256,date,title,outlet\na,../secret.txt,,,,\n',
    );
    expect(() => readSources(d)).toThrow(/manifest\.csv:2: file "\.\.\/secret\.txt" leaves/);
    symlinkSync(join(outside, 'secret.txt'), join(d, 'link.txt'));
    writeFileSync(join(d, 'manifest.csv'), 'id,file,sha256,date,title,outlet\na,link.txt,,,,\n');
    expect(() => readSources(d)).toThrow(/manifest\.csv:2: file "link\.txt" resolves to .*outside/);
  });

  it('refuses a symlinked article outside the folder without a manifest too', () => {
    const outside = dir();
    writeFileSync(join(outside, 'secret.txt'), '机密');
    const d = join(outside, 'seeds');
    mkdirSync(d);
    symlinkSync(join(outside, 'secret.txt'), join(d, 'a.txt'));
    expect(() => readSources(d)).toThrow(/a\.txt.*outside/);
  });

  it('reads .TXT in any case and gives Chinese file names a valid id', () => {
    const d = dir();
    writeFileSync(join(d, 'UPPER.TXT'), '重庆');
    writeFileSync(join(d, '重庆日报 2024.05.25.txt'), '重庆日报');
    writeFileSync(join(d, 'notes.md'), 'not an article');
    const ids = readSources(d).map((s) => s.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain('UPPER');
    expect(ids.find((id) => id !== 'UPPER')).toMatch(/^2024-05-25-[0-9a-f]{8}$/);
  });

  it('names a folder called x.txt instead of failing to read it', () => {
    const d = dir();
    mkdirSync(join(d, 'x.txt'));
    expect(() => readSources(d)).toThrow(/x\.txt: is a folder, not an article file/);
  });

  it('reads one text under two ids (a reprint) once, naming the first id on the second', () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), '重庆');
    writeFileSync(
      join(d, 'manifest.csv'),
      'id,file,sha256,date,title,outlet\nx2,a.txt,,,t,晨报\nx1,a.txt,,,t,日报\n',
    );
    expect(readSources(d).map((s) => [s.id, s.outlet, s.sameTextAs])).toEqual([
      ['x1', '日报', ''],
      ['x2', '晨报', 'x1'],
    ]);
  });
});

describe('checkDate', () => {
  it('accepts a day, a month or a year, as archives know them', () => {
    expect(checkDate('2024-05-25')).toBe('2024-05-25');
    expect(checkDate('2017-07')).toBe('2017-07');
    expect(checkDate('2025')).toBe('2025');
    expect(checkDate('2024-02-29')).toBe('2024-02-29');
  });
  it('refuses what names no real day', () => {
    for (const bad of ['2024-13-45', '2023-02-29', '2024-00', '24-05-25', '2024/05/25', ''])
      expect(checkDate(bad)).toBeNull();
  });
});
