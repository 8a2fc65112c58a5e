/**
 * Where the main thread's milliseconds go in a Chrome trace, per interaction window: script,
 * style recalculation (and how many elements it touched), layout (and how many objects, from
 * which root, forced or not), pre-paint, paint (and how large an area), composite, GC, other.
 * Windows are delimited by user-timing marks the harness sets (`cq-trace:<kind>:start` / `:end`).
 * Pure: knows nothing about browsers or files (bench/trace.ts records, this summarises).
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an X event, µs: unlike dur, it does not grow when others use the CPU. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export type Bucket =
  'script' | 'gc' | 'style' | 'layout' | 'prepaint' | 'paint' | 'composite' | 'other';
export const BUCKETS: Bucket[] = [
  'script',
  'gc',
  'style',
  'layout',
  'prepaint',
  'paint',
  'composite',
  'other',
];

/** Trace event names by bucket; anything else inside a task counts as `other`. */
const NAMES: Record<Exclude<Bucket, 'other'>, string[]> = {
  script: [
    'FunctionCall',
    'EvaluateScript',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'FireIdleCallback',
    'RunMicrotasks',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'v8.run',
    'v8.callFunction',
    'V8.Execute',
    'XHRReadyStateChange',
    'XHRLoad',
    'V8.BytecodeBudgetInterrupt',
    'V8.StackGuard',
    'V8.HandleInterrupts',
    'ParseHTML',
  ],
  gc: [
    'MinorGC',
    'MajorGC',
    'V8.GCScavenger',
    'V8.GCFinalizeMC',
    'V8.GCIncrementalMarking',
    'V8.GC_HEAP_ENSURE_SWEEPING_COMPLETED',
    'V8.GC_TIME_TO_SAFEPOINT',
    'BlinkGC.AtomicPhase',
    'ThreadState::performIdleLazySweep',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  prepaint: ['PrePaint', 'HitTest', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'PaintImage', 'Decode Image'],
  composite: ['Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'UpdateLayerTree'],
};
const BUCKET_OF = new Map<string, Bucket>(
  Object.entries(NAMES).flatMap(([b, names]) => names.map((n) => [n, b as Bucket])),
);
/** The bucket a trace event's time counts in (anything unnamed is `other`). */
export function bucketOf(name: string): Bucket {
  return BUCKET_OF.get(name) ?? 'other';
}
const SCRIPT_ROOTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.run']);

export interface WindowSummary {
  kind: string;
  /** Wall time of the window, ms (from the start mark to the end mark). */
  wallMs: number;
  /** Main-thread time inside tasks, ms, and its split by bucket (self times). */
  busyMs: number;
  /** The same tasks' CPU time (thread time), ms: the figure to compare on a busy machine. */
  cpuMs: number;
  buckets: Record<Bucket, number>;
  /** Tasks longer than 50 ms, and the longest task, ms. */
  longTasks: number;
  longestTaskMs: number;
  style: { count: number; elements: number; maxElements: number };
  layout: {
    count: number;
    /** Layouts run from inside a script (forced synchronous layout). */
    forced: number;
    dirtyObjects: number;
    /** Largest layout tree seen (objects), and whether a layout started at the document. */
    totalObjects: number;
    fromDocument: number;
  };
  /** Paint: the layers whose display items were re-recorded (#document = the whole page's). */
  paint: { count: number; nodes: string[] };
  /** Raster (off the main thread): tiles re-rasterised, their area in px² and the time, ms. */
  raster: { tiles: number; areaPx: number; ms: number };
  /** Tasks that ran the harness's own DevTools commands (page.evaluate): left out above, ms. */
  harnessMs: number;
  /** Why style and layout were invalidated (with TRACE_WHY's invalidation tracking). */
  why: string[];
  /** Self time of script by the script's URL (file name only; '' = the harness's own). */
  scriptByUrl: Record<string, number>;
}

interface Span {
  name: string;
  start: number;
  end: number;
  cpu?: number;
  args?: Record<string, unknown>;
}

/** The renderer main thread (pid, tid) whose user-timing marks include `cq-trace:`. */
export function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mark = events.find((e) => e.name.startsWith('cq-trace:') && e.cat?.includes('user_timing'));
  return mark ? { pid: mark.pid, tid: mark.tid } : null;
}

/** X events, and B/E pairs matched per thread, as spans (µs), sorted by start then length. */
function spansOf(events: readonly TraceEvent[], pid: number, tid: number): Span[] {
  const out: Span[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined)
      out.push({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur, args: e.args });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const i = open.map((o) => o.name).lastIndexOf(e.name);
      if (i < 0) continue;
      const [b] = open.splice(i, 1);
      out.push({ name: b!.name, start: b!.ts, end: e.ts, args: { ...b!.args, ...e.args } });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Software raster tiles are 256×256 CSS px at device scale 1. */
const TILE_PX = 256 * 256;

function fileOf(url: unknown): string {
  if (typeof url !== 'string' || !url) return '';
  const path = url.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

function empty(kind: string, wallMs: number): WindowSummary {
  return {
    kind,
    wallMs,
    busyMs: 0,
    cpuMs: 0,
    buckets: Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>,
    longTasks: 0,
    longestTaskMs: 0,
    style: { count: 0, elements: 0, maxElements: 0 },
    layout: { count: 0, forced: 0, dirtyObjects: 0, totalObjects: 0, fromDocument: 0 },
    paint: { count: 0, nodes: [] },
    raster: { tiles: 0, areaPx: 0, ms: 0 },
    harnessMs: 0,
    why: [],
    scriptByUrl: {},
  };
}

/**
 * Summarises every window between `cq-trace:<kind>:start` and the next `cq-trace:<kind>:end`
 * on the page's main thread. A task counts toward the window it starts in.
 */
export function summariseTrace(events: readonly TraceEvent[]): WindowSummary[] {
  const main = mainThread(events);
  if (!main) return [];
  const marks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.name.startsWith('cq-trace:'))
    .sort((a, b) => a.ts - b.ts);
  const windows: { kind: string; start: number; end: number }[] = [];
  let open: { kind: string; start: number } | null = null;
  for (const m of marks) {
    const [, kind, edge] = m.name.split(':');
    if (edge === 'start') open = { kind: kind!, start: m.ts };
    else if (edge === 'end' && open && open.kind === kind) {
      windows.push({ ...open, end: m.ts });
      open = null;
    }
  }
  const spans = spansOf(events, main.pid, main.tid);
  const raster = events.filter(
    (e) => e.pid === main.pid && e.name === 'RasterTask' && e.ph === 'X' && e.dur !== undefined,
  );
  const invalidations = events.filter(
    (e) =>
      e.pid === main.pid &&
      (e.name === 'StyleRecalcInvalidationTracking' || e.name === 'LayoutInvalidationTracking'),
  );
  return windows.map((w) => {
    const out = summariseWindow(w, spans);
    for (const r of raster)
      if (r.ts >= w.start && r.ts < w.end) {
        out.raster.tiles++;
        out.raster.areaPx += TILE_PX;
        out.raster.ms += r.dur! / 1000;
      }
    out.why = invalidations
      .filter((e) => e.ts >= w.start && e.ts < w.end)
      .map((e) => {
        const d = (e.args?.data ?? {}) as { reason?: string; nodeName?: string; subtree?: boolean };
        const node = (d.nodeName ?? '').replace(/ svelte-[\w-]+/g, '').replace(/ class=''/, '');
        const kind = e.name.startsWith('Style') ? 'style' : 'layout';
        return `${kind}: ${d.reason ?? '?'} on ${node}${d.subtree ? ' (subtree)' : ''}`;
      });
    return out;
  });
}

function summariseWindow(
  w: { kind: string; start: number; end: number },
  spans: readonly Span[],
): WindowSummary {
  const out = empty(w.kind, (w.end - w.start) / 1000);
  // Top-level tasks that start inside the window, with everything nested in them.
  const tasks = spans.filter((s) => s.name === 'RunTask' && s.start >= w.start && s.start < w.end);
  for (const task of tasks) {
    const ms = (task.end - task.start) / 1000;
    const inside = spans.filter(
      (s) => s !== task && s.start >= task.start && s.end <= task.end && s.name !== 'RunTask',
    );
    // The harness's own commands (needs the `devtools` trace category) are not the page's work.
    if (inside.some((s) => s.name === 'DevToolsSession::DispatchProtocolCommand')) {
      out.harnessMs += ms;
      continue;
    }
    out.busyMs += ms;
    out.cpuMs += (task.cpu ?? task.end - task.start) / 1000;
    if (ms > 50) out.longTasks++;
    out.longestTaskMs = Math.max(out.longestTaskMs, ms);
    attribute(task, inside, out);
  }
  out.paint.nodes = [...new Set(out.paint.nodes)];
  return out;
}

/** Self time of each span goes to its bucket (a nested span's time to the nested one). */
function attribute(task: Span, inside: readonly Span[], out: WindowSummary): void {
  type Frame = { span: Span; bucket: Bucket; url: string; child: number };
  const root: Frame = { span: task, bucket: 'other', url: '', child: 0 };
  const stack: Frame[] = [root];
  const close = (f: Frame) => {
    const self = (f.span.end - f.span.start - f.child) / 1000;
    out.buckets[f.bucket] += self;
    if (f.bucket === 'script') out.scriptByUrl[f.url] = (out.scriptByUrl[f.url] ?? 0) + self;
  };
  for (const s of inside) {
    while (stack.length > 1 && s.start >= stack[stack.length - 1]!.span.end) close(stack.pop()!);
    const parent = stack[stack.length - 1]!;
    const end = Math.min(s.end, parent.span.end);
    parent.child += end - s.start;
    const named = BUCKET_OF.get(s.name);
    const inScript = stack.some((f) => f.bucket === 'script');
    const data = (s.args?.data ?? {}) as Record<string, unknown>;
    const url = SCRIPT_ROOTS.has(s.name) ? fileOf(data.url) : parent.url;
    // Unnamed work inside a script (V8 internals) is script; elsewhere it is other.
    const bucket = named ?? (parent.bucket === 'script' ? 'script' : 'other');
    stack.push({ span: { ...s, end }, bucket, url, child: 0 });
    record(s, out, inScript);
  }
  while (stack.length) close(stack.pop()!);
}

function record(s: Span, out: WindowSummary, inScript: boolean): void {
  const args = s.args ?? {};
  if (s.name === 'UpdateLayoutTree') {
    const n = Number(args.elementCount ?? 0);
    out.style.count++;
    out.style.elements += n;
    out.style.maxElements = Math.max(out.style.maxElements, n);
  } else if (s.name === 'Layout') {
    const begin = (args.beginData ?? {}) as Record<string, unknown>;
    const end = (args.endData ?? {}) as { layoutRoots?: { nodeName?: string }[] };
    out.layout.count++;
    if (inScript) out.layout.forced++;
    out.layout.dirtyObjects += Number(begin.dirtyObjects ?? 0);
    out.layout.totalObjects = Math.max(out.layout.totalObjects, Number(begin.totalObjects ?? 0));
    if (end.layoutRoots?.some((r) => r.nodeName === '#document')) out.layout.fromDocument++;
  } else if (s.name === 'Paint') {
    const data = (args.data ?? {}) as { nodeName?: string };
    out.paint.count++;
    if (data.nodeName) out.paint.nodes.push(data.nodeName.replace(/ svelte-[\w-]+/g, ''));
  }
}

export interface KindSummary {
  kind: string;
  n: number;
  /** Medians per interaction. */
  busyMs: number;
  cpuMs: number;
  buckets: Record<Bucket, number>;
  styleCount: number;
  styleElements: number;
  layoutCount: number;
  layoutForced: number;
  layoutDirty: number;
  layoutTotal: number;
  layoutFromDocument: number;
  paintCount: number;
  rasterTiles: number;
  rasterAreaPx: number;
  rasterMs: number;
  harnessMs: number;
  /** Totals over all interactions of the kind. */
  longTasks: number;
  longestTaskMs: number;
  paintNodes: string[];
  scriptByUrl: Record<string, number>;
  /** The most frequent invalidation reasons, with how many interactions had them. */
  why: [string, number][];
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = (s.length - 1) / 2;
  return (s[Math.floor(m)]! + s[Math.ceil(m)]!) / 2;
}

/** One line per kind of interaction: medians per interaction, and totals where noted. */
export function byKind(windows: readonly WindowSummary[]): KindSummary[] {
  const kinds = [...new Set(windows.map((w) => w.kind))];
  return kinds.map((kind) => {
    const ws = windows.filter((w) => w.kind === kind);
    const m = (f: (w: WindowSummary) => number) => median(ws.map(f));
    const urls = new Set(ws.flatMap((w) => Object.keys(w.scriptByUrl)));
    return {
      kind,
      n: ws.length,
      busyMs: m((w) => w.busyMs),
      cpuMs: m((w) => w.cpuMs),
      buckets: Object.fromEntries(BUCKETS.map((b) => [b, m((w) => w.buckets[b])])) as Record<
        Bucket,
        number
      >,
      styleCount: m((w) => w.style.count),
      styleElements: m((w) => w.style.elements),
      layoutCount: m((w) => w.layout.count),
      layoutForced: m((w) => w.layout.forced),
      layoutDirty: m((w) => w.layout.dirtyObjects),
      layoutTotal: m((w) => w.layout.totalObjects),
      layoutFromDocument: m((w) => w.layout.fromDocument),
      paintCount: m((w) => w.paint.count),
      rasterTiles: m((w) => w.raster.tiles),
      rasterAreaPx: m((w) => w.raster.areaPx),
      rasterMs: m((w) => w.raster.ms),
      harnessMs: m((w) => w.harnessMs),
      longTasks: ws.reduce((n, w) => n + w.longTasks, 0),
      longestTaskMs: Math.max(0, ...ws.map((w) => w.longestTaskMs)),
      paintNodes: [...new Set(ws.flatMap((w) => w.paint.nodes))],
      scriptByUrl: Object.fromEntries([...urls].map((u) => [u, m((w) => w.scriptByUrl[u] ?? 0)])),
      why: tally(ws.flatMap((w) => [...new Set(w.why)])).slice(0, 8),
    };
  });
}

function tally(xs: string[]): [string, number][] {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]);
}
