import { describe, expect, it } from 'vitest';
import { rowHash, rowKey } from '../../src/lib/row-key.ts';
import { insertByPosition, releaseHeld } from './decisions.ts';
import type { Decision, ReviewItem } from './types.ts';

const candidate = {
  source_id: '007',
  start: '40',
  end: '60',
  value_start: '45',
  value: '12',
  unit: '个',
};
const held: ReviewItem = {
  dataset: 'figures',
  source_id: '007',
  start: 40,
  end: 60,
  at: '45',
  quote: '引语',
  reason: 'unsure',
  candidate,
};
const decision = (rowHash: string, action: Decision['action'] = 'accept'): Decision => ({
  action,
  key: rowKey('figures', candidate),
  field: '',
  original: '',
  corrected: '',
  reason: '',
  decidedBy: '编辑甲',
  decidedAt: '2026-01-01',
  rowHash,
  file: 'data/reviewed.csv',
  line: 2,
});

describe('releaseHeld: a held-back row a person decided on', () => {
  it('leaves review.csv and is published in its table when the decision matches the candidate', () => {
    const { review, released } = releaseHeld([held], [decision(rowHash('figures', candidate))]);
    expect(review).toEqual([]);
    expect(released.get('figures')).toEqual([candidate]);
  });
  it('stays held when the decision was made on a candidate that reads differently now', () => {
    const { review, released } = releaseHeld([held], [decision('0000000000000')]);
    expect(review).toEqual([held]);
    expect(released.size).toBe(0);
  });
  it('stays held when nobody decided', () => {
    expect(releaseHeld([held], []).review).toEqual([held]);
  });
});

describe('insertByPosition', () => {
  it('puts a released row where its source and offsets place it', () => {
    const row = (source_id: string, start: string) => ({
      source_id,
      start,
      end: String(Number(start) + 5),
    });
    const rows = [row('006', '10'), row('007', '10'), row('007', '90'), row('008', '0')];
    expect(
      insertByPosition(rows, [row('007', '40')]).map((r) => `${r.source_id}:${r.start}`),
    ).toEqual(['006:10', '007:10', '007:40', '007:90', '008:0']);
  });
});
