import { describe, expect, it } from 'vitest';
import { byKind, summariseTrace, type TraceEvent } from './trace-summary';

const MAIN = { pid: 1, tid: 1 };
const mark = (name: string, ts: number): TraceEvent => ({
  ...MAIN,
  name,
  cat: 'blink.user_timing',
  ph: 'I',
  ts,
});
const x = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({
  ...MAIN,
  name,
  ph: 'X',
  ts,
  dur,
  tdur: dur / 2,
  ...(args ? { args } : {}),
});

describe('summariseTrace', () => {
  it('splits each task of a window into self times by bucket', () => {
    const events = [
      mark('cq-trace:hover:start', 0),
      // A 10 ms task: 6 ms of event handler, of which 2 ms forced a layout; 1 ms of paint.
      x('RunTask', 100, 10_000),
      x('EventDispatch', 200, 6_000),
      x('FunctionCall', 300, 5_000, { data: { url: 'http://x/assets/app-1.js' } }),
      x('Layout', 1_000, 2_000, {
        beginData: { dirtyObjects: 5, totalObjects: 900 },
        endData: { layoutRoots: [{ nodeName: '#document' }] },
      }),
      x('Paint', 7_000, 1_000, { data: { nodeName: "DIV class='frame svelte-abc'" } }),
      x('UpdateLayoutTree', 8_500, 500, { elementCount: 12 }),
      mark('cq-trace:hover:end', 20_000),
      // Outside every window: not counted.
      x('RunTask', 30_000, 5_000),
    ];
    const [w] = summariseTrace(events);
    expect(w!.kind).toBe('hover');
    expect(w!.busyMs).toBeCloseTo(10);
    expect(w!.cpuMs).toBeCloseTo(5);
    expect(w!.buckets.layout).toBeCloseTo(2);
    expect(w!.buckets.script).toBeCloseTo(4);
    expect(w!.buckets.paint).toBeCloseTo(1);
    expect(w!.buckets.style).toBeCloseTo(0.5);
    expect(w!.buckets.other).toBeCloseTo(2.5);
    expect(w!.layout).toMatchObject({ count: 1, forced: 1, fromDocument: 1, totalObjects: 900 });
    expect(w!.style).toMatchObject({ count: 1, elements: 12 });
    expect(w!.paint.nodes).toEqual(["DIV class='frame'"]);
    expect(w!.scriptByUrl['app-1.js']).toBeCloseTo(3);
  });

  it('leaves out tasks that ran the harness’s DevTools commands', () => {
    const events = [
      mark('cq-trace:click:start', 0),
      x('RunTask', 100, 4_000),
      x('DevToolsSession::DispatchProtocolCommand', 200, 3_000),
      x('RunTask', 5_000, 60_000),
      mark('cq-trace:click:end', 70_000),
    ];
    const [w] = summariseTrace(events);
    expect(w!.harnessMs).toBeCloseTo(4);
    expect(w!.busyMs).toBeCloseTo(60);
    expect(w!.longTasks).toBe(1);
  });

  it('gives medians per kind of interaction', () => {
    const events = [10, 20, 30].flatMap((ms, i) => [
      mark('cq-trace:hover:start', i * 100_000),
      x('RunTask', i * 100_000 + 1, ms * 1000),
      mark('cq-trace:hover:end', i * 100_000 + 90_000),
    ]);
    const [k] = byKind(summariseTrace(events));
    expect(k).toMatchObject({ kind: 'hover', n: 3, busyMs: 20 });
  });
});
