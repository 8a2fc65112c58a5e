import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossary, untranslated } from './glossary.ts';

const HEADER = 'zh,en\n';

describe('readGlossary', () => {
  it('reads the reviewed glossary', () => {
    const glossary = readGlossary(readFileSync('data/glossary.csv', 'utf8'), 'data/glossary.csv');
    expect(glossary.get('地区生产总值')).toBe('GDP');
    expect(glossary.get('空气质量优良天数')).toBe('days of good air quality');
    expect(glossary.get('两江新区')).toBe('Liangjiang New Area');
  });

  it('keeps quoted commas and quotes inside a translation', () => {
    const g = readGlossary(`${HEADER}甲,"a, ""b"""\n`, 'g.csv');
    expect(g.get('甲')).toBe('a, "b"');
  });

  it('names file and line for an empty translation', () => {
    expect(() => readGlossary(`${HEADER}甲,a\n乙,\n`, 'g.csv')).toThrow(/g\.csv:3: empty en/);
  });

  it('names file and line for a phrase listed twice', () => {
    expect(() => readGlossary(`${HEADER}甲,a\n甲,b\n`, 'g.csv')).toThrow(
      /g\.csv:3: "甲" is listed twice/,
    );
  });

  it('rejects a file without the two columns', () => {
    expect(() => readGlossary('zh\n甲\n', 'g.csv')).toThrow(/g\.csv:1: missing/);
  });
});

describe('untranslated', () => {
  it('lists each phrase the glossary lacks once, in order', () => {
    const g = new Map([['甲', 'a']]);
    expect(untranslated(['乙', '甲', '丙', '乙', ''], g)).toEqual(['乙', '丙']);
  });
});
