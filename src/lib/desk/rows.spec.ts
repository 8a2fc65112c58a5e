import { describe, expect, it } from 'vitest';
import { rowKey } from '../row-key';
import type { DecisionInfo, DeskBuild } from './protocol';
import { deskRows, rowSpans } from './rows';

const fig = (start: number, extra: Record<string, string> = {}) => ({
  source_id: '005',
  start: String(start),
  end: String(start + 20),
  value_start: String(start + 5),
  value_end: String(start + 8),
  kind: 'actual',
  value: '1',
  unit: '个',
  reviewed_by: '',
  reviewed_at: '',
  ...extra,
});
const decision = (
  row: Record<string, string>,
  action: DecisionInfo['action'],
  reason = '',
): DecisionInfo => ({
  action,
  key: rowKey('figures', row),
  field: '',
  original: '',
  corrected: '',
  reason,
  decidedBy: '编辑甲',
  decidedAt: '2026-01-01',
  rowHash: 'x',
});

describe('deskRows', () => {
  const machine = fig(0);
  const reviewed = fig(30, { reviewed_by: '编辑甲', reviewed_at: '2026-01-01' });
  const lapsed = fig(60);
  const rejected = fig(90);
  const other = { ...fig(0), source_id: '004' };
  const held = fig(120, { kind: 'target' });
  const build = {
    tables: {
      figures: {
        rows: [machine, reviewed, lapsed, other],
        machine: [
          machine,
          { ...reviewed, reviewed_by: '', reviewed_at: '' },
          lapsed,
          rejected,
          other,
        ],
        lapsed: [decision(lapsed, 'fix')],
        rejected: [{ row: rejected, decision: decision(rejected, 'reject', '不是本区的数') }],
      },
    },
    review: [
      {
        dataset: 'figures',
        source_id: '005',
        start: 120,
        end: 140,
        at: '125',
        quote: '',
        reason: '不确定',
        candidate: held,
      },
    ],
  } as unknown as DeskBuild;

  it('lists held-back rows first, then to check again, machine-read, reviewed, rejected', () => {
    const rows = deskRows(build, '005');
    expect(rows.map((r) => [r.status, r.span.start])).toEqual([
      ['held', 125],
      ['lapsed', 65],
      ['machine', 5],
      ['reviewed', 35],
      ['rejected', 95],
    ]);
    expect(rows[0]!.note).toBe('不确定');
    expect(rows[0]!.kind).toBe('target');
    expect(rows[4]!.note).toBe('不是本区的数');
  });

  it('keeps to the article asked for, and draws no rejected row', () => {
    expect(deskRows(build, '004')).toHaveLength(1);
    const spans = rowSpans(deskRows(build, '005'));
    expect(spans).toHaveLength(4);
    expect(spans.find((s) => s.held)?.start).toBe(125);
  });
});
