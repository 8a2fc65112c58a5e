import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowHash, rowKey } from '../../src/lib/row-key.ts';
import { makeRow } from '../../src/lib/rows.ts';
import {
  CORRECTION_COLUMNS,
  findCorrection,
  readCorrections,
  readReviewed,
  unusedCorrections,
} from './corrections.ts';
import { applyDecisions } from './decisions.ts';
import { readSources } from './sources.ts';

const HEADER = `${CORRECTION_COLUMNS.join(',')}\n`;
const REVIEWED_HEADER = 'dataset,source_id,start,end,at,row_hash,decided_by,decided_at,note\n';

describe('readCorrections', () => {
  it('reads the reviewed corrections file, and every misprint still matches its article', () => {
    const { misprints } = readCorrections(
      readFileSync('data/corrections.csv', 'utf8'),
      'data/corrections.csv',
    );
    expect(misprints.length).toBeGreaterThan(0);
    for (const m of misprints) expect(m.evidence).not.toBe('');
    const texts = new Map(readSources('seeds').map((s) => [s.id, s.text]));
    expect(unusedCorrections(misprints, texts)).toEqual([]);
    expect(findCorrection(misprints, 'sister_cities', '000', '斯亚贝巴')?.corrected).toBe(
      '亚的斯亚贝巴',
    );
    expect(findCorrection(misprints, 'pledges', '000', '李文天平')?.corrected).toBe('文天平');
  });

  it('names file and line for a broken quote', () => {
    const text = `${HEADER}misprint,sister_cities,000,,,,,a,b,fine,x,,,\nmisprint,sister_cities,000,,,,,"broken,b,reason\n`;
    expect(() => readCorrections(text, 'corrections.csv')).toThrow(/corrections\.csv:3/);
  });

  it('names file and line for a misprint without its evidence', () => {
    const text = `${HEADER}misprint,sister_cities,000,,,,,斯亚贝巴,亚的斯亚贝巴,typo,,,,\n`;
    expect(() => readCorrections(text, 'corrections.csv')).toThrow(
      /corrections\.csv:2: empty evidence/,
    );
  });

  it('refuses an unknown dataset and an unknown action, naming the line', () => {
    expect(() =>
      readCorrections(`${HEADER}misprint,sister_citys,000,,,,,a,b,r,e,,,\n`, 'c.csv'),
    ).toThrow(/c\.csv:2: unknown dataset "sister_citys"/);
    expect(() =>
      readCorrections(`${HEADER}delete,figures,000,1,2,,,,,r,,me,2026-01-01,x\n`, 'c.csv'),
    ).toThrow(/c\.csv:2: action "delete"/);
  });

  it('a fix needs its key, field, who, when and the row hash', () => {
    const ok = `${HEADER}fix,figures,000,10,20,12,value,5,6,misread,,desk,2026-11-30,abc\n`;
    expect(readCorrections(ok, 'c.csv').decisions[0]).toMatchObject({
      action: 'fix',
      key: { table: 'figures', source_id: '000', start: '10', end: '20', at: '12' },
      field: 'value',
      corrected: '6',
    });
    const noHash = `${HEADER}fix,figures,000,10,20,12,value,5,6,misread,,desk,2026-11-30,\n`;
    expect(() => readCorrections(noHash, 'c.csv')).toThrow(/c\.csv:2: empty row_hash/);
    const badEnd = `${HEADER}reject,figures,000,20,10,,,,,wrong,,desk,2026-11-30,abc\n`;
    expect(() => readCorrections(badEnd, 'c.csv')).toThrow(/c\.csv:2: end 10 is not after/);
  });

  it('rejects a missing column', () => {
    expect(() => readCorrections('dataset,source_id\nx,y\n', 'c.csv')).toThrow(/c\.csv:1: missing/);
  });

  it('reports a misprint whose original text is not in its article any more', () => {
    const stale = {
      dataset: 'x',
      source_id: 'a',
      original: '不在文中',
      corrected: 'y',
      reason: 'r',
      evidence: 'e',
      start: null,
      end: null,
    };
    expect(unusedCorrections([stale], new Map([['a', '文章正文']]))).toEqual([stale]);
  });
});

describe('applyDecisions', () => {
  const row = makeRow('figures', {
    figure_id: '000-12',
    subject_code: '500102',
    value: '5',
    unit: '元',
    kind: 'target',
    value_start: '12',
    value_end: '14',
    quote: 'q',
    start: '10',
    end: '20',
    source_id: '000',
  });
  const key = rowKey('figures', row);
  const line = (action: string, hash: string, extra = ',,') =>
    `${action},figures,000,${key.start},${key.end},${key.at},${extra},why,,desk,2026-11-30,${hash}\n`;

  it('a fix that still matches its row sets the field and marks the row reviewed', () => {
    const { decisions } = readCorrections(
      `${HEADER}${line('fix', rowHash('figures', row), 'value,5,6')}`,
      'c.csv',
    );
    const out = applyDecisions('figures', 'figures', [row], decisions);
    expect(out.rows[0]).toMatchObject({
      value: '6',
      reviewed_by: 'desk',
      reviewed_at: '2026-11-30',
    });
    expect(out.lapsed).toEqual([]);
  });

  it('a decision made on a row the rules now read differently lapses', () => {
    const { decisions } = readCorrections(`${HEADER}${line('reject', 'stale')}`, 'c.csv');
    const out = applyDecisions('figures', 'figures', [row], decisions);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]!.reviewed_by).toBe('');
    expect(out.lapsed).toHaveLength(1);
  });

  it('a reject keeps the row out; an accept marks it reviewed as read', () => {
    const rejected = readCorrections(
      `${HEADER}${line('reject', rowHash('figures', row))}`,
      'c.csv',
    ).decisions;
    expect(applyDecisions('figures', 'figures', [row], rejected).rows).toEqual([]);
    const accepted = readReviewed(
      `${REVIEWED_HEADER}figures,000,${key.start},${key.end},${key.at},${rowHash('figures', row)},ed,2026-11-29,ok\n`,
      'r.csv',
    );
    const out = applyDecisions('figures', 'figures', [row], accepted);
    expect(out.rows[0]).toMatchObject({ value: '5', reviewed_by: 'ed', reviewed_at: '2026-11-29' });
  });

  it('the hash ignores the English labels and the review columns', () => {
    expect(rowHash('figures', { ...row, indicator_en: 'x', reviewed_by: 'y' })).toBe(
      rowHash('figures', row),
    );
    expect(rowHash('figures', { ...row, value: '7' })).not.toBe(rowHash('figures', row));
  });
});
