import { describe, expect, it } from 'vitest';
import { describeLoad, summariseLoad } from './load-summary.ts';
import type { TraceEvent } from './trace-summary.ts';

const ev = (name: string, ts: number, dur?: number, tid = 1): TraceEvent => ({
  name,
  ph: dur === undefined ? 'R' : 'X',
  ts,
  dur,
  pid: 7,
  tid,
});

describe('summariseLoad', () => {
  // Navigation at 1 s; a 30 ms task (script 25 of it), a 10 ms layout task, the mark at 1.1 s,
  // a task after the mark, and another thread's task, both left out.
  const events: TraceEvent[] = [
    ev('navigationStart', 1_000_000),
    ev('RunTask', 1_010_000, 30_000),
    ev('v8.evaluateModule', 1_012_000, 25_000),
    ev('FunctionCall', 1_013_000, 20_000),
    ev('RunTask', 1_050_000, 10_000),
    ev('Layout', 1_051_000, 9_000),
    { ...ev('cq:map-coloured', 1_100_000), cat: 'blink.user_timing' },
    ev('RunTask', 1_200_000, 50_000),
    ev('RunTask', 1_020_000, 80_000, 2),
  ];
  const s = summariseLoad(events);

  it('measures up to the mark on the thread that set it', () => {
    expect(s.markMs).toBe(100);
    expect(s.busyMs).toBe(40);
  });

  it('counts nested events once, in their outermost bucket', () => {
    expect(s.buckets.script).toBe(25);
    expect(s.buckets.layout).toBe(9);
    expect(s.buckets.other).toBe(6);
  });

  it('lists tasks over 20 ms with what they ran', () => {
    expect(s.longTasks).toEqual([
      { at: 10, ms: 30, inner: [{ name: 'v8.evaluateModule', ms: 25 }] },
    ]);
  });

  it('writes the request chain without the files’ hashes', () => {
    const lines = describeLoad('ours', s, [{ name: 'MapPanel-CGvKOi4I.js', start: 12, end: 40 }]);
    expect(lines.join('\n')).toContain('MapPanel.js 12→40');
    expect(lines.join('\n')).toContain('map coloured at 100 ms');
  });
});
