import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDecisions } from '../decisions.ts';
import { readCorrections, readReviewed } from '../corrections.ts';
import { rowHash, rowKey } from '../../../src/lib/row-key.ts';
import type { MachineRow } from '../../../src/lib/schema.ts';
import { mergeDecisions, type DeskDecision } from './decision-files.ts';

const files = {
  corrections: readFileSync('data/corrections.csv', 'utf8'),
  reviewed: readFileSync('data/reviewed.csv', 'utf8'),
};

const figure = {
  figure_id: 'x-10',
  subject_code: '500151',
  subject_zh: '铜梁区',
  subject_en: 'Tongliang',
  indicator_zh: '地区生产总值',
  indicator_en: 'GDP',
  value: '100000000000',
  unit: '元',
  qualifier: '',
  kind: 'target',
  period: '2027',
  pledge_id: '',
  value_start: '10',
  value_end: '15',
  quote: '铜梁区力争到2027年地区生产总值达到1000亿元。',
  start: '0',
  end: '26',
  source_id: 'x',
} as MachineRow<'figures'>;

const base = {
  key: rowKey('figures', figure),
  rowHash: rowHash('figures', figure),
  decidedBy: '编辑甲',
  decidedAt: '2026-11-30T08:00:00Z',
};

describe('mergeDecisions', () => {
  it('leaves the files byte for byte as they are when nothing is decided', () => {
    expect(mergeDecisions(files, [])).toEqual(files);
  });

  it('writes an accept to reviewed.csv, a fix and a reject to corrections.csv, each keyed on the row', () => {
    const fix: DeskDecision = {
      ...base,
      action: 'fix',
      fixes: [{ field: 'value', original: '100000000000', corrected: '120000000000' }],
      reason: 'value: 1000亿 → 1200亿',
    };
    const out = mergeDecisions(files, [fix]);
    expect(out.corrections.startsWith(files.corrections)).toBe(true);
    const { decisions } = readCorrections(out.corrections, 'c');
    expect(decisions).toHaveLength(1);
    const applied = applyDecisions('figures', 'figures', [figure], decisions);
    expect(applied.rows[0]).toMatchObject({ value: '120000000000', reviewed_by: '编辑甲' });
    expect(applied.lapsed).toEqual([]);

    const accept = mergeDecisions(files, [{ ...base, action: 'accept' }]);
    expect(readReviewed(accept.reviewed, 'r')).toHaveLength(1);
    expect(accept.corrections).toBe(files.corrections);

    const reject = mergeDecisions(files, [{ ...base, action: 'reject', reason: '不是目标' }]);
    const rejected = applyDecisions(
      'figures',
      'figures',
      [figure],
      readCorrections(reject.corrections, 'c').decisions,
    );
    expect(rejected.rows).toEqual([]);
  });

  it('replaces every earlier decision on the same row and keeps the misprints', () => {
    const first = mergeDecisions(files, [{ ...base, action: 'reject', reason: 'no' }]);
    const then = mergeDecisions(first, [{ ...base, action: 'accept' }]);
    expect(then.corrections).toBe(files.corrections);
    expect(readReviewed(then.reviewed, 'r')).toHaveLength(1);
    const cleared = mergeDecisions(then, [{ ...base, action: 'clear' }]);
    expect(cleared).toEqual(files);
    expect(readCorrections(cleared.corrections, 'c').misprints.length).toBeGreaterThan(0);
  });

  it('refuses an incomplete decision before writing anything', () => {
    expect(() => mergeDecisions(files, [{ ...base, action: 'reject', reason: ' ' }])).toThrow(
      /needs a reason/,
    );
    expect(() => mergeDecisions(files, [{ ...base, decidedBy: '', action: 'accept' }])).toThrow(
      /who decided/,
    );
    expect(() =>
      mergeDecisions(files, [
        {
          ...base,
          action: 'fix',
          reason: 'r',
          fixes: [{ field: 'value', original: '1', corrected: '1' }],
        },
      ]),
    ).toThrow(/equals the machine/);
  });

  it('starts a file that does not exist yet with its header', () => {
    const out = mergeDecisions({ corrections: null, reviewed: null }, [
      { ...base, action: 'accept', reason: '核对原文' },
    ]);
    expect(out.reviewed.split('\n')[0]).toBe(
      'dataset,source_id,start,end,at,row_hash,decided_by,decided_at,note',
    );
    expect(out.corrections.split('\n')[0]).toMatch(/^action,dataset,/);
  });
});
