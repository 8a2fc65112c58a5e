/**
 * Where a page load's time goes until the map is coloured: the main thread's tasks from the
 * navigation to the `cq:map-coloured` mark (busy time, by bucket, and the long tasks with what
 * they ran), and when each file was asked for and arrived (the request chain). Pure: the events
 * and resource timings in, lines of Markdown out (bench/trace.ts records them).
 */
import { BUCKETS, bucketOf, type Bucket, type TraceEvent } from './trace-summary.ts';

/** A file's request as the page's Resource Timing saw it, ms from navigation start. */
export interface Fetched {
  name: string;
  start: number;
  end: number;
}

export interface LoadSummary {
  /** ms from navigation start to the mark; null when the trace has no such mark. */
  markMs: number | null;
  /** Main-thread time inside tasks before the mark, ms. */
  busyMs: number;
  buckets: Record<Bucket, number>;
  /** Tasks over `longMs`, with their start (ms from navigation) and largest inner events. */
  longTasks: { at: number; ms: number; inner: { name: string; ms: number }[] }[];
}

/** Summarises the main thread from navigation start up to `mark` (cq:map-coloured). */
export function summariseLoad(
  events: readonly TraceEvent[],
  mark = 'cq:map-coloured',
  longMs = 20,
): LoadSummary {
  const markEvent = events.find((e) => e.name === mark);
  // The renderer's main thread is the one that set the mark.
  const main = markEvent ?? null;
  const nav =
    events.find((e) => e.name === 'navigationStart' && (!main || e.pid === main.pid))?.ts ??
    events[0]?.ts ??
    0;
  const end = markEvent?.ts ?? Infinity;
  const onMain = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts < end,
  );
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= nav);
  const buckets = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  let busy = 0;
  const longTasks: LoadSummary['longTasks'] = [];
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    busy += task.dur ?? 0;
    const inner = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts < taskEnd)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    // Top-level events of the task only (events on one thread nest): a sweep, not a pairwise test.
    const top: TraceEvent[] = [];
    let topEnd = -Infinity;
    for (const e of inner) {
      if (e.ts < topEnd) continue;
      top.push(e);
      topEnd = e.ts + (e.dur ?? 0);
    }
    let counted = 0;
    for (const e of top) {
      const bucket = bucketOf(e.name);
      buckets[bucket] += e.dur ?? 0;
      counted += e.dur ?? 0;
    }
    buckets.other += Math.max(0, (task.dur ?? 0) - counted);
    if ((task.dur ?? 0) > longMs * 1000)
      longTasks.push({
        at: (task.ts - nav) / 1000,
        ms: (task.dur ?? 0) / 1000,
        inner: top
          .filter((e) => (e.dur ?? 0) >= 5000)
          .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
          .slice(0, 5)
          .map((e) => ({ name: e.name, ms: (e.dur ?? 0) / 1000 })),
      });
  }
  for (const b of BUCKETS) buckets[b] /= 1000;
  return {
    markMs: markEvent ? (markEvent.ts - nav) / 1000 : null,
    busyMs: busy / 1000,
    buckets,
    longTasks,
  };
}

const ms = (n: number) => n.toFixed(0);

/** The summary and the request chain as Markdown lines. */
export function describeLoad(title: string, s: LoadSummary, fetched: readonly Fetched[]): string[] {
  const out = [
    `### ${title}: load until the map is coloured`,
    '',
    `- map coloured at ${s.markMs === null ? 'n/a' : `${ms(s.markMs)} ms`}; main thread busy ` +
      `${ms(s.busyMs)} ms before it (${BUCKETS.filter((b) => s.buckets[b] >= 1)
        .map((b) => `${b} ${ms(s.buckets[b])}`)
        .join(', ')})`,
    `- tasks over 20 ms: ${
      s.longTasks
        .map(
          (t) =>
            `@${ms(t.at)} ${ms(t.ms)} ms (${t.inner.map((i) => `${i.name} ${ms(i.ms)}`).join(', ') || '–'})`,
        )
        .join('; ') || 'none'
    }`,
    `- requests (asked → arrived, ms from navigation): ${fetched
      .map((f) => `${f.name.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} ${ms(f.start)}→${ms(f.end)}`)
      .join(', ')}`,
    '',
  ];
  return out;
}
