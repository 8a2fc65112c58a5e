/**
 * `npm run bench:trace`: records a Chrome trace of one load (until the map is coloured: the main
 * thread's tasks and the request chain, bench/lib/load-summary.ts) and of hovers and clicks at 4×
 * CPU on each page and prints where the main thread's time goes (bench/lib/trace-summary.ts): script, style
 * recalculation and how many elements it touched, layout, pre-paint, paint and how large an area,
 * composite. Kept apart from `npm run bench`: tracing costs time itself, so traced runs never
 * feed the timed results.
 *   TRACE_PAGES=dashboard,embed   any of dashboard, embed, embed-phone, peer, floor
 *   TRACE_HOVERS=20 TRACE_CLICKS=5 TRACE_RATE=4
 *   TRACE_PROFILE=1   adds V8's sampling profiler (second pass of the load and of the interactions)
 *                     and lists the functions that take the time, mapped to the source through the
 *                     build's source maps
 *   TRACE_WHY=1       adds invalidation tracking: why style and layout were invalidated (slower)
 *   TRACE_BUILD=0     reuses the last build in bench/dist
 * Raw traces go to bench/dist/traces/<page>.json (open them in DevTools' Performance panel), the
 * summary to bench/dist/TRACE.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { APP_DIR, FLOOR_DIR, PEER_DIR, buildPages } from './lib/build.ts';
import { interiorPoints, loadBenchGeometry } from './lib/geometry.ts';
import {
  attachPeer,
  clickSelect,
  districtPoints,
  hoverSequence,
  openPage,
  settleAfterScroll,
  type Target,
} from './lib/measure.ts';
import { PAGES, PORTS } from './lib/pages.ts';
import { hotFunctions, type SourceLookup } from './lib/profile.ts';
import { describeLoad, summariseLoad, type Fetched } from './lib/load-summary.ts';
import {
  BUCKETS,
  byKind,
  mainThread,
  summariseTrace,
  type KindSummary,
  type TraceEvent,
} from './lib/trace-summary.ts';

const PAGE_IDS = (process.env.TRACE_PAGES ?? 'dashboard,embed').split(',');
const HOVERS = Number(process.env.TRACE_HOVERS ?? 20);
const CLICKS = Number(process.env.TRACE_CLICKS ?? 5);
const RATE = Number(process.env.TRACE_RATE ?? 4);
const PROFILE = process.env.TRACE_PROFILE === '1';
const OUT = 'bench/dist/traces';

const CATEGORIES = [
  ...(process.env.TRACE_WHY === '1'
    ? ['disabled-by-default-devtools.timeline.invalidationTracking']
    : []),
  ...(process.env.TRACE_EXTRA ?? '').split(',').filter(Boolean),
  // Marks the harness's own DevTools commands, so their tasks are left out.
  'devtools',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

type ProbeWindow = Window & {
  __cqProbe: {
    whenMark(name: string, ms: number): Promise<number | null>;
    armHover(code: string, ms: number): Promise<number | null>;
    pending?: Promise<number | null>;
  };
};

async function main(): Promise<void> {
  if (process.env.TRACE_BUILD !== '0') buildPages({ sourcemap: true });
  const geometry = loadBenchGeometry();
  const lngLat = interiorPoints(geometry.geojson);
  const servers = await Promise.all([
    serveStatic({ root: APP_DIR, port: PORTS.app }),
    serveStatic({ root: PEER_DIR, port: PORTS.peer }),
    serveStatic({ root: FLOOR_DIR, port: PORTS.floor }),
  ]);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
  const lines = [
    `Traced at ${new Date().toISOString()}, CPU ${RATE}×, ${HOVERS} hovers and ${CLICKS} clicks ` +
      `per page; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}.`,
    '',
  ];
  try {
    for (const id of PAGE_IDS) {
      const target = PAGES(servers[0]!.url, servers[1]!.url, servers[2]!.url).find(
        (t) => t.id === id,
      );
      if (!target) throw new Error(`TRACE_PAGES: unknown page ${id}`);
      const load = await recordLoad(browser, target);
      writeFileSync(`${OUT}/${id}.load.json`, JSON.stringify({ traceEvents: load.events }));
      const loadLines = describeLoad(target.label, summariseLoad(load.events), load.fetched);
      if (PROFILE) {
        const profiled = await recordLoad(browser, target, ['disabled-by-default-v8.cpu_profiler']);
        loadLines.push(...hotInLoad(profiled.events, target));
      }
      console.log(loadLines.join('\n'));
      lines.push(...loadLines);
      const events = await record(browser, target, lngLat, CATEGORIES);
      writeFileSync(`${OUT}/${id}.json`, JSON.stringify({ traceEvents: events }));
      const page = describe(target, byKind(summariseTrace(events)));
      if (PROFILE) {
        const profiled = await record(browser, target, lngLat, [
          ...CATEGORIES,
          'disabled-by-default-v8.cpu_profiler',
        ]);
        writeFileSync(`${OUT}/${id}.profiled.json`, JSON.stringify({ traceEvents: profiled }));
        page.push(...hot(profiled, target));
      }
      console.log(page.join('\n'));
      lines.push(...page);
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  writeFileSync('bench/dist/TRACE.md', lines.join('\n') + '\n');
  console.log('\nwritten to bench/dist/TRACE.md and bench/dist/traces/');
}

/** Traces one load from navigation until the map is coloured, with the page's request timings. */
async function recordLoad(
  browser: Browser,
  target: Target,
  extra: string[] = [],
): Promise<{ events: TraceEvent[]; fetched: Fetched[] }> {
  const { context, page } = await openPage(browser, target, RATE);
  try {
    await browser.startTracing(page, { categories: [...CATEGORIES, 'loading', ...extra] });
    await page.goto(target.url);
    // The probe's observer, not a polling waitForFunction (which runs on the page's main thread).
    await page.evaluate(() =>
      (window as unknown as ProbeWindow).__cqProbe.whenMark('cq:map-coloured', 60_000),
    );
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name.split('/').pop() ?? r.name, start: r.startTime, end: r.responseEnd };
      }),
    );
    const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
    return { events, fetched };
  } finally {
    await context.close();
  }
}

/** Loads the page untraced, then traces the hovers and clicks, each in its own marked window. */
async function record(
  browser: Browser,
  target: Target,
  lngLat: Map<string, [number, number]>,
  categories: string[],
): Promise<TraceEvent[]> {
  const { context, page } = await openPage(browser, target, RATE);
  try {
    await page.goto(target.url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => performance.getEntriesByName('cq:map-drawn').length > 0);
    if (target.kind === 'peer') await attachPeer(page);
    const points = await districtPoints(page, target.kind, lngLat);
    await page.mouse.move(1, 1);
    await settleAfterScroll(page);
    await browser.startTracing(page, { categories });
    const latencies: number[] = [];
    for (const code of hoverSequence([...points.keys()], HOVERS)) {
      const [x, y] = points.get(code)!;
      await page.evaluate((c) => {
        const p = (window as unknown as ProbeWindow).__cqProbe;
        p.pending = p.armHover(c, 2000);
        performance.mark('cq-trace:hover:start');
      }, code);
      await page.mouse.move(x, y);
      const ms = await page.evaluate(() => (window as unknown as ProbeWindow).__cqProbe.pending!);
      await page.evaluate(() => performance.mark('cq-trace:hover:end'));
      if (ms !== null) latencies.push(ms);
    }
    const clicks: string[] = [];
    for (let i = 0; i < CLICKS; i++) {
      // Spread over the districts, never the same twice.
      const which = Math.floor(((i + 0.5) / CLICKS) * points.size);
      const settled = await clickSelect(page, points, which, async () => {
        await page.evaluate(() => void performance.mark('cq-trace:click:start'));
      });
      await page.evaluate(() => performance.mark('cq-trace:click:end'));
      clicks.push(`${fmt(settled?.visible)}/${fmt(settled?.all)}`);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as
      { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    latencies.sort((a, b) => a - b);
    console.log(
      `${target.label}: hover latency under tracing p50 ${fmt(latencies[latencies.length >> 1])} ms; ` +
        `clicks visible/all ${clicks.join(', ')} ms`,
    );
    return events;
  } finally {
    await context.close();
  }
}

function fmt(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined ? 'n/a' : v.toFixed(digits);
}

/** One table per page: per-interaction medians of each bucket and what style/layout/paint did. */
function describe(target: Target, kinds: KindSummary[]): string[] {
  const vp = target.viewport ?? { width: 1280, height: 800 };
  const screen = vp.width * vp.height;
  const out = [
    `### ${target.label} (${vp.width}×${vp.height})`,
    '',
    `| per interaction (median ms) | busy | CPU | ${BUCKETS.join(' | ')} | raster (other threads) |`,
    `|---|${'---:|'.repeat(BUCKETS.length + 3)}`,
  ];
  for (const k of kinds)
    out.push(
      `| ${k.kind} (n=${k.n}) | ${fmt(k.busyMs)} | ${fmt(k.cpuMs)} | ` +
        `${BUCKETS.map((b) => fmt(k.buckets[b])).join(' | ')} | ${fmt(k.rasterMs)} |`,
    );
  out.push('');
  for (const k of kinds) {
    out.push(
      `- ${k.kind}: style recalculation ×${fmt(k.styleCount, 0)}, ${fmt(k.styleElements, 0)} elements; ` +
        `layout ×${fmt(k.layoutCount, 0)} (${fmt(k.layoutForced, 0)} forced, ${fmt(k.layoutFromDocument, 0)} from the document), ` +
        `${fmt(k.layoutDirty, 0)} dirty of ${fmt(k.layoutTotal, 0)} objects; ` +
        `paint ×${fmt(k.paintCount, 0)}; raster ${fmt(k.rasterTiles, 0)} tiles ` +
        `(${fmt(k.rasterAreaPx / screen, 2)} screens); ` +
        `tasks > 50 ms: ${k.longTasks} (longest ${fmt(k.longestTaskMs)} ms)`,
    );
    out.push(`  - painted: ${k.paintNodes.slice(0, 8).join(', ') || 'nothing'}`);
    const urls = Object.entries(k.scriptByUrl)
      .filter(([, ms]) => ms >= 0.1)
      .sort((a, b) => b[1] - a[1])
      .map(([u, ms]) => `${u || '(probe and harness)'} ${fmt(ms)}`);
    out.push(`  - script by file (ms): ${urls.join(', ') || 'none'}`);
    if (k.why.length)
      out.push(`  - invalidated: ${k.why.map(([w, n]) => `${w} ×${n}`).join('; ')}`);
  }
  out.push('');
  return out;
}

/** The functions with the most self time from navigation until the map is coloured. */
function hotInLoad(events: TraceEvent[], target: Target): string[] {
  const mark = events.find((e) => e.name === 'cq:map-coloured');
  if (!mark) return [];
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === mark.pid)?.ts ?? 0;
  const { functions, files } = hotFunctions(
    events,
    mark.pid,
    [{ start: nav, end: mark.ts }],
    sourceLookup(target),
  );
  const out = ['- load, self time until the map is coloured (profiled load, ms):'];
  for (const f of functions) out.push(`  - ${fmt(f.ms, 1)} ${f.where}`);
  if (files.length) {
    out.push('- load, time under each of our files (inclusive, ms):');
    for (const f of files) out.push(`  - ${fmt(f.ms, 1)} ${f.where}`);
  }
  out.push('');
  return out;
}

/** The functions with the most self time per interaction, from the profiled pass. */
function hot(events: TraceEvent[], target: Target): string[] {
  const main = mainThread(events);
  if (!main) return [];
  const lookup = sourceLookup(target);
  const marks = events
    .filter((e) => e.pid === main.pid && e.name.startsWith('cq-trace:'))
    .sort((a, b) => a.ts - b.ts);
  const out: string[] = [];
  for (const kind of ['hover', 'click']) {
    const windows: { start: number; end: number }[] = [];
    let start: number | null = null;
    for (const m of marks) {
      if (m.name === `cq-trace:${kind}:start`) start = m.ts;
      else if (m.name === `cq-trace:${kind}:end` && start !== null) {
        windows.push({ start, end: m.ts });
        start = null;
      }
    }
    const { functions, files } = hotFunctions(events, main.pid, windows, lookup);
    out.push(`- ${kind}, self time per interaction (profiled pass, ms):`);
    for (const f of functions.filter((f) => f.where !== '(program)'))
      out.push(`  - ${fmt(f.ms, 2)} ${f.where}`);
    if (files.length) {
      out.push(`- ${kind}, time under each of our files (inclusive, ms):`);
      for (const f of files) out.push(`  - ${fmt(f.ms, 2)} ${f.where}`);
    }
  }
  out.push('');
  return out;
}

/** Maps the app's minified positions to its sources through bench/dist/app/assets/*.map. */
function sourceLookup(target: Target): SourceLookup | null {
  if (target.kind !== 'ours') return null;
  const consumers = new Map<string, SourceMapConsumer | null>();
  return (url, line, column) => {
    const file = new URL(url).pathname.replace(/^\//, '');
    if (!consumers.has(file)) {
      const map = `${APP_DIR}/${file}.map`;
      consumers.set(
        file,
        existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null,
      );
    }
    const pos = consumers.get(file)?.originalPositionFor({ line: line + 1, column });
    if (!pos?.source) return null;
    return {
      source: pos.source.replace(/^(\.\.\/)+/, ''),
      line: pos.line ?? 0,
      name: pos.name ?? null,
    };
  };
}

await main();
