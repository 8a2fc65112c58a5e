/**
 * `npm run bench`: builds the app, the ECharts peer and the Svelte + d3-geo floor, serves them on
 * 127.0.0.1, and measures them in headless Chromium, alternating pages run by run, at each CPU
 * rate. Writes the report to bench/RESULTS.md (full runs only; shorter development runs go to
 * bench/dist/RESULTS.partial.md). Traces are taken apart from these runs (bench/trace.ts).
 *   BENCH_RUNS=7   runs per page and rate (the report needs ≥ 7)
 *   BENCH_RATES=1,4  CPU throttling rates (CDP Emulation.setCPUThrottlingRate)
 *   BENCH_HOVERS=100 hovers per run
 *   BENCH_PORT=4310  first of the three ports the pages are served on
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { APP_DIR, FLOOR_DIR, PEER_DIR, buildPages } from './lib/build.ts';
import { loadBenchGeometry, interiorPoints } from './lib/geometry.ts';
import { measureRun, type RunResult, type Target } from './lib/measure.ts';
import { PAGES, PORTS } from './lib/pages.ts';
import { renderReport, type BenchReport } from './lib/report.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const HOVERS = Number(process.env.BENCH_HOVERS ?? 100);
const FULL_RUN_MIN = 7;

function version(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_BUILD !== '0') buildPages();
  const geometry = loadBenchGeometry();
  const points = interiorPoints(geometry.geojson);
  const app = await serveStatic({ root: APP_DIR, port: PORTS.app });
  const peer = await serveStatic({ root: PEER_DIR, port: PORTS.peer });
  const floor = await serveStatic({ root: FLOOR_DIR, port: PORTS.floor });
  const only = process.env.BENCH_PAGES?.split(',');
  const targets: Target[] = PAGES(app.url, peer.url, floor.url).filter(
    (t) => !only || only.includes(t.id),
  );
  const loads: number[] = [loadavg()[0]!];
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = new Map<string, RunResult[]>();
  const missingMarks = new Map(targets.map((t) => [t.id, new Set<string>()]));
  const started = Date.now();
  try {
    const embed = targets.find((t) => t.id === 'embed');
    const embedAvailable = embed ? await embedWired(browser, embed.url) : false;
    const active = targets.filter((t) => !t.id.startsWith('embed') || embedAvailable);
    for (let run = 0; run < RUNS; run++)
      for (const rate of RATES) {
        // Alternate which page goes first, so drift in machine load hits both alike.
        const order = run % 2 === 0 ? active : [...active].reverse();
        for (const target of order) {
          const result = await measureRun(browser, target, {
            rate,
            hovers: HOVERS,
            missingMarks: missingMarks.get(target.id)!,
            measureBytes: run === 0 && rate === RATES[0],
            points,
          });
          const key = `${target.id}@${rate}`;
          results.set(key, [...(results.get(key) ?? []), result]);
          console.log(
            `run ${run + 1}/${RUNS} ×${rate} ${target.label}: map ${fmt(result.mapDrawn)} ms, ` +
              `coloured ${fmt(result.mapColoured)} ms, hover p90 ${fmt(result.hoverP90)} ms ` +
              `(${result.hoverCount} ok, ${result.hoverMisses} missed), click visible ` +
              `${fmt(result.clickVisible)} / all ${fmt(result.click)} ms`,
          );
        }
        loads.push(loadavg()[0]!);
      }
    const report: BenchReport = {
      date: new Date().toISOString(),
      cores: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      chromium: browser.version(),
      versions: {
        node: process.version,
        svelte: pkgVersion('svelte'),
        vite: pkgVersion('vite'),
        echarts: pkgVersion('echarts'),
        playwright: pkgVersion('@playwright/test'),
      },
      gitCommit: version('git', ['rev-parse', '--short', 'HEAD']),
      runs: RUNS,
      rates: RATES,
      hovers: HOVERS,
      geometryOrigin: geometry.origin,
      targets,
      embedAvailable,
      results,
      elapsedS: (Date.now() - started) / 1000,
      loadAverages: loads,
    };
    const md = renderReport(report);
    const out = RUNS >= FULL_RUN_MIN ? 'bench/RESULTS.md' : 'bench/dist/RESULTS.partial.md';
    mkdirSync('bench/dist', { recursive: true });
    writeFileSync(out, md);
    console.log(`\n${md}\nwritten to ${out}`);
  } finally {
    await browser.close();
    await Promise.all([app.close(), peer.close(), floor.close()]);
  }
}

/** The embed counts once the app honours ?mode=embed: its embed view sets `cq:embed-ready`. */
async function embedWired(
  browser: import('@playwright/test').Browser,
  embedUrl: string,
): Promise<boolean> {
  const page = await browser.newPage();
  try {
    await page.goto(embedUrl, { waitUntil: 'networkidle' });
    return await page.evaluate(() => performance.getEntriesByName('cq:embed-ready').length > 0);
  } finally {
    await page.close();
  }
}

function pkgVersion(name: string): string {
  return version('node', ['-p', `require('${name}/package.json').version`]);
}

function fmt(v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(1);
}

await main();
