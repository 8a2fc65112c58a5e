/**
 * One benchmark run of one page at one CPU rate, in a fresh browser context: load (marks, bytes,
 * heap), 100 hovers across districts, a click-select, and the metric and session switches when
 * the page has them. Anything the page does not offer yet comes back as null ("not yet
 * available"), never as a made-up number.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { installProbe, type ProbeApi, type Settled } from './probe.ts';
import { quantile } from './stats.ts';
import { METRICS, type MetricId } from '../../src/lib/view-state.ts';
import { METRIC_LABELS } from '../../src/lib/metrics.ts';
import { t } from '../../src/lib/i18n.ts';

/** ours: the app; peer: ECharts on a canvas; floor: a minimal Svelte + d3-geo SVG page. */
export type TargetKind = 'ours' | 'peer' | 'floor';
export interface Target {
  id: string;
  label: string;
  kind: TargetKind;
  url: string;
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
}

export interface Bytes {
  raw: Record<Category, number>;
  gzip: Record<Category, number>;
  files: { url: string; category: Category; raw: number; gzip: number }[];
}
export type Category = 'html' | 'jscss' | 'data' | 'other';

export interface RunResult {
  mapDrawn: number | null;
  mapPainted: number | null;
  /** cq:map-coloured: the shapes in their data colours (the peer and the floor: when drawn). */
  mapColoured: number | null;
  mapColouredPainted: number | null;
  dashboardReady: number | null;
  heapMB: number | null;
  hoverP50: number | null;
  hoverP90: number | null;
  hoverCount: number;
  hoverMisses: number;
  /** Long tasks over 50 ms while hovering (after load). */
  longTasksOver50: number | null;
  longestTaskMs: number | null;
  click: number | null;
  /** Click-select until the last change inside the viewport was painted. */
  clickVisible: number | null;
  switchMetric: number | null;
  switchSession: number | null;
  bytes: Bytes | null;
}

export interface RunOptions {
  rate: number;
  hovers: number;
  /** Marks known to be missing after the first run: do not wait for them again. */
  missingMarks: Set<string>;
  measureBytes: boolean;
  /** Interior points (lng, lat) per district code, for the peer's canvas. */
  points: Map<string, [number, number]>;
}

export const VIEWPORT = { width: 1280, height: 800 };
const HOVER_TIMEOUT_MS = 2000;
const QUIET_MS = 300;

type ProbeWindow = Window & {
  __cqProbe: ProbeApi & { pending?: Promise<number | null>; settling?: Promise<Settled> };
};

function category(url: string): Category {
  const path = new URL(url).pathname;
  if (/\.(m?js|css)$/.test(path)) return 'jscss';
  if (/\.(csv|json)$/.test(path)) return 'data';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

/**
 * A fresh context (empty cache) at the target's viewport, the probe installed before any page
 * script, the CPU throttled: the same setup for the timed runs and the traced ones.
 */
export async function openPage(
  browser: Browser,
  target: Target,
  rate: number,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: target.viewport ?? VIEWPORT,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(); give the page a no-op one.
  await page.addInitScript({
    content: `var __name = (f) => f;\n(${installProbe.toString()})();`,
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

export async function measureRun(
  browser: Browser,
  target: Target,
  options: RunOptions,
): Promise<RunResult> {
  const { context, page, cdp } = await openPage(browser, target, options.rate);
  try {
    const files: Promise<Bytes['files'][number] | null>[] = [];
    if (options.measureBytes)
      page.on('response', (r) =>
        files.push(
          r.body().then(
            (body) => ({
              url: r.url(),
              category: category(r.url()),
              raw: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
            }),
            () => null,
          ),
        ),
      );
    await page.goto(target.url, { waitUntil: 'load' });
    const markTimeout = 10_000 * options.rate;
    const mark = async (name: string): Promise<number | null> => {
      if (options.missingMarks.has(name)) return null;
      const t = await page.evaluate(
        ([n, ms]) => (window as unknown as ProbeWindow).__cqProbe.whenMark(n, ms),
        [name, markTimeout] as const,
      );
      if (t === null) options.missingMarks.add(name);
      return t;
    };
    const mapDrawn = await mark('cq:map-drawn');
    const painted = (name: string) =>
      page.evaluate((n) => (window as unknown as ProbeWindow).__cqProbe.whenPainted(n), name);
    const mapPainted = mapDrawn === null ? null : await painted('cq:map-drawn');
    const mapColoured = await mark('cq:map-coloured');
    const mapColouredPainted = mapColoured === null ? null : await painted('cq:map-coloured');
    const dashboardReady = target.kind === 'ours' ? await mark('cq:dashboard-ready') : null;
    await page.waitForLoadState('networkidle');
    const bytes = options.measureBytes ? sumBytes(await Promise.all(files)) : null;
    const heapMB = await heap(cdp);

    if (target.kind === 'peer') await attachPeer(page);
    const points = await districtPoints(page, target.kind, options.points);
    const hover = await hoverAround(page, points, options.hovers);
    const click = await clickSelect(page, points);
    const switchMetric = target.kind === 'ours' ? await switchMetricOnce(page) : null;
    const switchSession = target.kind === 'ours' ? await switchSessionOnce(page) : null;
    return {
      mapDrawn,
      mapPainted,
      mapColoured,
      mapColouredPainted,
      dashboardReady,
      heapMB,
      ...hover,
      click: click?.all ?? null,
      clickVisible: click?.visible ?? null,
      switchMetric,
      switchSession,
      bytes,
    };
  } finally {
    await context.close();
  }
}

function sumBytes(files: (Bytes['files'][number] | null)[]): Bytes {
  const zero = (): Record<Category, number> => ({ html: 0, jscss: 0, data: 0, other: 0 });
  const out: Bytes = { raw: zero(), gzip: zero(), files: [] };
  for (const f of files) {
    if (!f) continue;
    out.files.push(f);
    out.raw[f.category] += f.raw;
    out.gzip[f.category] += f.gzip;
  }
  return out;
}

async function heap(cdp: CDPSession): Promise<number | null> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Routes the peer's ECharts events into the probe: hover → mouseover, click → selectchanged. */
export async function attachPeer(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Params = { data?: { code?: string } };
    const w = window as unknown as ProbeWindow & {
      __cqPeer: { chart: { on(e: string, f: (p: Params) => void): void } };
    };
    w.__cqPeer.chart.on('mouseover', (p) => w.__cqProbe.effect(p.data?.code ?? null));
    w.__cqPeer.chart.on('selectchanged', () => w.__cqProbe.effect(null));
  });
}

/**
 * A viewport point inside each district. Ours: hit-tested in the page's own SVG (so only a real
 * map counts, not a list of buttons). Peer: the district's interior point through ECharts'
 * convertToPixel.
 */
export async function districtPoints(
  page: Page,
  kind: TargetKind,
  lngLat: Map<string, [number, number]>,
): Promise<Map<string, [number, number]>> {
  if (kind === 'peer') {
    const pts = await page.evaluate(
      (entries) => {
        const w = window as unknown as {
          __cqPeer: {
            chart: {
              convertToPixel(f: object, v: number[]): number[];
              getDom(): HTMLElement;
            };
          };
        };
        const { chart } = w.__cqPeer;
        chart.getDom().scrollIntoView({ block: 'center' });
        const box = chart.getDom().getBoundingClientRect();
        return entries.map(([code, p]) => {
          const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, p);
          return [code, [box.left + x!, box.top + y!]] as [string, [number, number]];
        });
      },
      [...lngLat],
    );
    return new Map(pts);
  }
  const pts = await page.evaluate(() => {
    const shapes = [...document.querySelectorAll('svg [data-code]')];
    const root = shapes[0]?.closest('svg');
    if (!root) return [];
    (window as unknown as ProbeWindow).__cqProbe.mapRoot = root;
    root.scrollIntoView({ block: 'center' });
    const found: [string, [number, number]][] = [];
    const seen = new Set<string>();
    for (const el of shapes) {
      const code = el.getAttribute('data-code')!;
      if (seen.has(code)) continue;
      const r = el.getBoundingClientRect();
      const N = 9;
      let best: [number, number] | null = null;
      let bestD = Infinity;
      for (let i = 1; i < N; i++)
        for (let j = 1; j < N; j++) {
          const x = r.left + (r.width * i) / N;
          const y = r.top + (r.height * j) / N;
          const hit = document.elementFromPoint(x, y)?.closest('[data-code]');
          const d = (i - N / 2) ** 2 + (j - N / 2) ** 2;
          if (hit?.getAttribute('data-code') === code && d < bestD) [best, bestD] = [[x, y], d];
        }
      if (best) {
        seen.add(code);
        found.push([code, best]);
      }
    }
    return found;
  });
  return new Map(pts);
}

/** A fixed pseudo-random order of districts, never the same twice in a row. */
export function hoverSequence(codes: string[], n: number): string[] {
  let seed = 20220527;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: string[] = [];
  while (out.length < n && codes.length > 1) {
    const c = codes[Math.floor(rand() * codes.length)]!;
    if (c !== out[out.length - 1]) out.push(c);
  }
  return out;
}

async function hoverAround(
  page: Page,
  points: Map<string, [number, number]>,
  n: number,
): Promise<
  Pick<
    RunResult,
    'hoverP50' | 'hoverP90' | 'hoverCount' | 'hoverMisses' | 'longTasksOver50' | 'longestTaskMs'
  >
> {
  if (points.size < 2)
    return {
      hoverP50: null,
      hoverP90: null,
      hoverCount: 0,
      hoverMisses: 0,
      longTasksOver50: null,
      longestTaskMs: null,
    };
  await page.mouse.move(1, 1);
  // districtPoints scrolled the map into the middle of the screen: what that scroll set off (the
  // dashboard draws the views it brought near) is the scroll's cost, not the hovers'. Let it end.
  await settleAfterScroll(page);
  const start = await page.evaluate(() => performance.now());
  const latencies: number[] = [];
  let misses = 0;
  for (const code of hoverSequence([...points.keys()], n)) {
    const [x, y] = points.get(code)!;
    await page.evaluate(
      ([c, ms]) => {
        const p = (window as unknown as ProbeWindow).__cqProbe;
        p.pending = p.armHover(c, ms);
      },
      [code, HOVER_TIMEOUT_MS] as const,
    );
    await page.mouse.move(x, y);
    const ms = await page.evaluate(() => (window as unknown as ProbeWindow).__cqProbe.pending!);
    if (ms === null) misses++;
    else latencies.push(ms);
  }
  const tasks = await page.evaluate(
    (t0) => (window as unknown as ProbeWindow).__cqProbe.longTasks.filter((t) => t.start >= t0),
    start,
  );
  return {
    hoverP50: latencies.length ? quantile(latencies, 0.5) : null,
    hoverP90: latencies.length ? quantile(latencies, 0.9) : null,
    hoverCount: latencies.length,
    hoverMisses: misses,
    longTasksOver50: tasks.filter((t) => t.duration > 50).length,
    longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

/** Click a district and wait until every view has finished changing (QUIET_MS without change). */
export async function clickSelect(
  page: Page,
  points: Map<string, [number, number]>,
  which = Math.floor(points.size / 2),
  /** Called once the pointer has arrived, right before the press (the trace's window). */
  beforePress?: () => Promise<void>,
): Promise<Settled | null> {
  const first = [...points.values()][which];
  if (!first) return null;
  // Arrive first, so the clock starts at the press, not at a hover on the way.
  await page.mouse.move(first[0], first[1]);
  await page.waitForTimeout(200);
  await beforePress?.();
  return settleAfter(page, () => page.mouse.click(first[0], first[1]));
}

/**
 * Switches the metric through the page's own control: a <select> offering the metric ids, or
 * the toggle buttons named after the metrics. Null when the page has neither.
 */
async function switchMetricOnce(page: Page): Promise<number | null> {
  const picker = page.locator(`select:has(option[value="${METRICS[0]}"])`).first();
  if (await picker.isVisible().catch(() => false)) {
    const current = await picker.inputValue();
    const next = METRICS[(METRICS.indexOf(current as MetricId) + 1) % METRICS.length]!;
    await picker.scrollIntoViewIfNeeded();
    const s = await settleAfter(page, async () => {
      await picker.selectOption(next);
    });
    return s.all;
  }
  for (const m of METRICS) {
    const button = page
      .getByRole('button', { name: METRIC_LABELS[m].zh, exact: true, pressed: false })
      .first();
    if (!(await button.isVisible().catch(() => false))) continue;
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    if (!box) return null;
    return clickAndSettle(page, box.x + box.width / 2, box.y + box.height / 2);
  }
  return null;
}

async function clickAndSettle(page: Page, x: number, y: number): Promise<number | null> {
  await page.mouse.move(x, y);
  await page.waitForTimeout(200);
  return (await settleAfter(page, () => page.mouse.click(x, y))).all;
}

/** A session on the timeline (an option of the sessions listbox) other than the selected one. */
async function switchSessionOnce(page: Page): Promise<number | null> {
  const option = page
    .getByRole('listbox', { name: t('laneSessions', 'zh') })
    .locator('[role="option"][aria-selected="false"]')
    .first();
  if (!(await option.isVisible().catch(() => false))) return null;
  await option.scrollIntoViewIfNeeded();
  const box = await option.boundingBox();
  if (!box) return null;
  return clickAndSettle(page, box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits out work a scroll set off: 300 ms, then two idle periods of the main thread. */
export async function settleAfterScroll(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++)
      await new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 5000 }));
  });
}

export async function settleAfter(page: Page, act: () => Promise<void>): Promise<Settled> {
  await page.evaluate(
    ([quiet, ms]) => {
      const p = (window as unknown as ProbeWindow).__cqProbe;
      p.settling = p.armSettle(quiet, ms);
    },
    [QUIET_MS, 10_000] as const,
  );
  await act();
  return page.evaluate(() => (window as unknown as ProbeWindow).__cqProbe.settling!);
}
