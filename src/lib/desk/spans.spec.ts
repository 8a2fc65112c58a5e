import { describe, expect, it } from 'vitest';
import { rowSpan, segments, spanKind, type Span } from './spans';

describe('spanKind', () => {
  it('names each table by the kind of fact it holds', () => {
    expect(spanKind('pledges', {})).toBe('statement');
    expect(spanKind('figures', { kind: 'target' })).toBe('target');
    expect(spanKind('figures', { kind: 'actual' })).toBe('result');
    expect(spanKind('goals', {})).toBe('target');
    expect(spanKind('loanCoverage', {})).toBe('loan');
    expect(spanKind('sisterCityTotals', {})).toBe('sisterCity');
    expect(spanKind('sessions', {})).toBe('event');
    expect(spanKind('districts', {})).toBeNull();
  });
});

describe('rowSpan', () => {
  it('is the value as printed where the row has its offsets, else the quote', () => {
    expect(rowSpan({ start: '3', end: '30', value_start: '12', value_end: '18' })).toEqual({
      start: 12,
      end: 18,
    });
    expect(rowSpan({ start: '3', end: '30', value_start: '', value_end: '' })).toEqual({
      start: 3,
      end: 30,
    });
    expect(rowSpan({ start: '', end: '' })).toBeNull();
  });
});

describe('segments', () => {
  const statement: Span = { start: 2, end: 20, kind: 'statement', id: 'p' };
  const value: Span = { start: 8, end: 12, kind: 'target', id: 'f' };

  it('cuts the text at every boundary and lists the covering spans, shortest first', () => {
    const out = segments(25, [statement, value]);
    expect(out.map((s) => [s.start, s.end, s.spans.map((x) => x.id).join('+')])).toEqual([
      [0, 2, ''],
      [2, 8, 'p'],
      [8, 12, 'f+p'],
      [12, 20, 'p'],
      [20, 25, ''],
    ]);
  });

  it('covers the whole text exactly once, whatever the spans', () => {
    const spans: Span[] = [
      { start: 5, end: 9, kind: 'event', id: 'a' },
      { start: 5, end: 9, kind: 'loan', id: 'b' },
      { start: 0, end: 3, kind: 'result', id: 'c' },
      { start: 40, end: 60, kind: 'result', id: 'outside' },
    ];
    const out = segments(30, spans);
    expect(out[0]!.start).toBe(0);
    expect(out.at(-1)!.end).toBe(30);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBe(out[i - 1]!.end);
    expect(out.find((s) => s.start === 5)!.spans.map((s) => s.id)).toEqual(['a', 'b']);
  });
});
