import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCorrection, readCorrections, unusedCorrections } from './corrections.ts';
import { readSources } from './sources.ts';

const HEADER = 'dataset,source_id,original,corrected,reason\n';

describe('readCorrections', () => {
  it('reads the reviewed corrections file, and every fix still matches its article', () => {
    const corrections = readCorrections(
      readFileSync('data/corrections.csv', 'utf8'),
      'data/corrections.csv',
    );
    expect(corrections.length).toBeGreaterThan(0);
    const texts = new Map(readSources('seeds').map((s) => [s.id, s.text]));
    expect(unusedCorrections(corrections, texts)).toEqual([]);
    expect(findCorrection(corrections, 'sister_cities', '000', '斯亚贝巴')?.corrected).toBe(
      '亚的斯亚贝巴',
    );
  });

  it('names file and line for a broken quote', () => {
    const text = `${HEADER}sister_cities,000,a,b,fine\nsister_cities,000,"broken,b,reason\n`;
    expect(() => readCorrections(text, 'corrections.csv')).toThrow(/corrections\.csv:3/);
  });

  it('names file and line for an empty field', () => {
    const text = `${HEADER}sister_cities,000,斯亚贝巴,,no fix given\n`;
    expect(() => readCorrections(text, 'corrections.csv')).toThrow(
      /corrections\.csv:2: empty corrected/,
    );
  });

  it('rejects a missing column', () => {
    expect(() => readCorrections('dataset,source_id\nx,y\n', 'c.csv')).toThrow(/c\.csv:1: missing/);
  });

  it('reports a fix whose original text is not in its article any more', () => {
    const stale = {
      dataset: 'x',
      source_id: 'a',
      original: '不在文中',
      corrected: 'y',
      reason: 'r',
    };
    expect(unusedCorrections([stale], new Map([['a', '文章正文']]))).toEqual([stale]);
  });
});
