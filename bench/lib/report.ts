/**
 * Turns the benchmark's runs into bench/RESULTS.md: setup, first-load bytes, timings per CPU
 * rate as median (min–max), ratios ours/peer, and the targets of issue 15 with a verdict each.
 * A metric the page does not offer yet is printed as "not yet available", never as a number.
 */
import type { Bytes, RunResult, Target } from './measure.ts';
import { summarise, type Summary } from './stats.ts';

export interface BenchReport {
  date: string;
  cores: number;
  cpuModel: string;
  chromium: string;
  versions: Record<string, string>;
  gitCommit: string;
  runs: number;
  rates: number[];
  hovers: number;
  geometryOrigin: string;
  targets: Target[];
  embedAvailable: boolean;
  /** `${target.id}@${rate}` → one result per run */
  results: Map<string, RunResult[]>;
  elapsedS: number;
  /** 1-minute load average before the first run and after each run (2 cores, shared). */
  loadAverages?: number[];
}

const NA = 'not yet available';
type NumKey = {
  [K in keyof RunResult]: RunResult[K] extends number | null ? K : never;
}[keyof RunResult];

const TIMINGS: [NumKey, string, string][] = [
  ['mapDrawn', 'map drawn (mark cq:map-drawn)', 'ms'],
  ['mapPainted', 'map painted (frame after the mark)', 'ms'],
  ['mapColoured', 'map coloured (mark cq:map-coloured)', 'ms'],
  ['mapColouredPainted', 'map coloured, painted', 'ms'],
  ['dashboardReady', 'dashboard ready (cq:dashboard-ready)', 'ms'],
  ['hoverP50', 'hover → highlight painted, p50', 'ms'],
  ['hoverP90', 'hover → highlight painted, p90', 'ms'],
  ['longTasksOver50', 'long tasks > 50 ms while hovering', ''],
  ['longestTaskMs', 'longest task while hovering', 'ms'],
  ['clickVisible', 'click-select → visible views updated', 'ms'],
  ['click', 'click-select → all views updated', 'ms'],
  ['switchMetric', 'switch metric → all views updated', 'ms'],
  ['switchSession', 'switch session → all views updated', 'ms'],
  ['heapMB', 'JS heap after load (after GC)', 'MB'],
];

function values(report: BenchReport, id: string, rate: number, key: NumKey): number[] {
  return (report.results.get(`${id}@${rate}`) ?? [])
    .map((r) => r[key])
    .filter((v): v is number => v !== null);
}

export function stat(report: BenchReport, id: string, rate: number, key: NumKey): Summary | null {
  return summarise(values(report, id, rate, key));
}

function num(v: number, unit: string): string {
  const digits = unit === 'MB' || Math.abs(v) < 100 ? 1 : 0;
  return v.toFixed(digits);
}

function cell(s: Summary | null, unit: string): string {
  if (!s) return NA;
  return `${num(s.median, unit)} (${num(s.min, unit)}–${num(s.max, unit)})`;
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
}

function kb(n: number): string {
  return (n / 1024).toFixed(1);
}

function firstBytes(report: BenchReport, id: string): Bytes | null {
  return report.results.get(`${id}@${report.rates[0]}`)?.[0]?.bytes ?? null;
}

/** JS+CSS+data, gzip, in bytes. */
export function loadGzip(b: Bytes | null): number | undefined {
  return b ? b.gzip.jscss + b.gzip.data : undefined;
}

function bytesSection(report: BenchReport): string[] {
  const out = [
    '## First load: bytes transferred',
    '',
    'Every response up to network idle after the page is ready, in KB (1 KB = 1024 bytes); gzip is',
    '`zlib` level 9 of each file, as a static host would serve it. Target compares JS+CSS+data (gzip).',
    '',
    '| page | JS+CSS gzip | data gzip | **JS+CSS+data gzip** | HTML gzip | JS+CSS raw | data raw |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const t of report.targets) {
    const b = firstBytes(report, t.id);
    if (!b) {
      out.push(`| ${t.label} | ${NA} | | | | | |`);
      continue;
    }
    out.push(
      `| ${t.label} | ${kb(b.gzip.jscss)} | ${kb(b.gzip.data)} | **${kb(loadGzip(b)!)}** | ` +
        `${kb(b.gzip.html)} | ${kb(b.raw.jscss)} | ${kb(b.raw.data)} |`,
    );
  }
  const peer = loadGzip(firstBytes(report, 'peer'));
  out.push('');
  for (const t of report.targets.filter((t) => t.kind !== 'peer'))
    out.push(
      `- ${t.label} / peer (JS+CSS+data gzip): ${ratio(loadGzip(firstBytes(report, t.id)), peer)}`,
    );
  out.push('', '<details><summary>Files</summary>', '');
  for (const t of report.targets) {
    const b = firstBytes(report, t.id);
    if (!b) continue;
    out.push(`**${t.label}**`, '');
    for (const f of b.files)
      out.push(
        `- ${new URL(f.url).pathname}${new URL(f.url).search} — ${f.category}, ${kb(f.raw)} KB raw, ${kb(f.gzip)} KB gzip`,
      );
    out.push('');
  }
  out.push('</details>', '');
  return out;
}

/** Ours against the peer: the pages of kind `ours`. */
function ourTargets(report: BenchReport): Target[] {
  return report.targets.filter((t) => t.kind === 'ours');
}

function timingSection(report: BenchReport, rate: number): string[] {
  const ours = ourTargets(report);
  const vs = (t: Target) => `${t.label.replace(/^ours: /, '')} / peer`;
  const out = [
    `## Timings at CPU ${rate}× ${rate === 1 ? '(no throttling)' : 'throttling'}`,
    '',
    `Median (min–max) of ${report.runs} runs per page; times from navigation start.`,
    '',
    `| metric | ${report.targets.map((t) => t.label).join(' | ')} | ${ours.map(vs).join(' | ')} |`,
    `|---|${'---:|'.repeat(report.targets.length + ours.length)}`,
  ];
  for (const [key, label, unit] of TIMINGS) {
    const s = (id: string) => stat(report, id, rate, key);
    const peer = s('peer')?.median;
    out.push(
      `| ${label}${unit ? ` (${unit})` : ''} | ` +
        `${report.targets.map((t) => cell(s(t.id), unit)).join(' | ')} | ` +
        `${ours.map((t) => ratio(s(t.id)?.median, peer)).join(' | ')} |`,
    );
  }
  const misses = (id: string) =>
    (report.results.get(`${id}@${rate}`) ?? []).reduce((n, r) => n + r.hoverMisses, 0);
  out.push(
    '',
    `Hovers whose highlight never came (2 s timeout), all runs: ` +
      `${report.targets.map((t) => `${t.label} ${misses(t.id)}`).join(', ')}.`,
    '',
  );
  return out;
}

interface Verdict {
  name: string;
  status: 'holds' | 'missed' | 'not yet measurable';
  detail: string;
}

export function verdicts(report: BenchReport): Verdict[] {
  const slow = Math.max(...report.rates);
  const out: Verdict[] = [];
  const na = (name: string) => out.push({ name, status: 'not yet measurable', detail: NA });
  const limitRatio = (
    name: string,
    ours: number | undefined,
    peer: number | undefined,
    max: number,
  ) => {
    if (ours === undefined || peer === undefined) return na(name);
    const r = ours / peer;
    out.push({
      name,
      status: r <= max ? 'holds' : 'missed',
      detail:
        `${r.toFixed(2)}× (limit ${max}×)` +
        (r > max ? `, over by ${((r / max - 1) * 100).toFixed(0)}%` : ''),
    });
  };
  const limitMs = (name: string, ms: number | undefined, max: number) => {
    if (ms === undefined) return na(name);
    out.push({
      name,
      status: ms <= max ? 'holds' : 'missed',
      detail: `${num(ms, 'ms')} ms` + (ms > max ? `, over by ${(ms - max).toFixed(1)} ms` : ''),
    });
  };
  const median = (id: string, key: NumKey) => stat(report, id, slow, key)?.median;
  const peerLoad = loadGzip(firstBytes(report, 'peer'));
  // Bytes only count once the page draws the map: a page without a map is trivially small.
  const drawn = (id: string) =>
    report.rates.some((rate) => values(report, id, rate, 'mapDrawn').length > 0);
  const load = (id: string) => (drawn(id) ? loadGzip(firstBytes(report, id)) : undefined);
  limitRatio(
    'dashboard first load (JS+CSS+data, gzip) ≤ 0.5× peer',
    load('dashboard'),
    peerLoad,
    0.5,
  );
  limitRatio(
    'map embed first load (JS+CSS+data, gzip) ≤ 0.35× peer',
    load('embed'),
    peerLoad,
    0.35,
  );
  for (const [id, label] of [
    ['dashboard', 'dashboard'],
    ['embed', 'map embed'],
  ] as const) {
    limitRatio(
      `${label}: map coloured ≤ 0.8× peer's map drawn at ${slow}×`,
      median(id, 'mapColoured'),
      median('peer', 'mapColoured') ?? median('peer', 'mapDrawn'),
      0.8,
    );
    limitMs(`${label}: hover p90 ≤ 33 ms at ${slow}×`, median(id, 'hoverP90'), 33);
    limitRatio(
      `${label}: hover p90 ≤ 0.4× peer at ${slow}×`,
      median(id, 'hoverP90'),
      median('peer', 'hoverP90'),
      0.4,
    );
    const tasks = report.rates.flatMap((rate) => values(report, id, rate, 'longTasksOver50'));
    const longest = Math.max(
      0,
      ...report.rates.flatMap((rate) => values(report, id, rate, 'longestTaskMs')),
    );
    if (!tasks.length) na(`${label}: no long task > 50 ms while hovering`);
    else
      out.push({
        name: `${label}: no long task > 50 ms while hovering`,
        status: tasks.every((n) => n === 0) ? 'holds' : 'missed',
        detail: `${tasks.reduce((a, b) => a + b, 0)} such tasks over all runs and rates; longest task ${longest.toFixed(0)} ms`,
      });
  }
  limitMs(
    `dashboard: click-select → visible views updated ≤ 100 ms at ${slow}×`,
    median('dashboard', 'clickVisible'),
    100,
  );
  return out;
}

export function renderReport(report: BenchReport): string {
  const v = Object.entries(report.versions)
    .map(([k, ver]) => `${k} ${ver}`)
    .join(', ');
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); method in bench/README.md.',
    '',
    `- Date: ${report.date} (commit ${report.gitCommit})`,
    `- Machine: ${report.cores} cores (${report.cpuModel}); shared with other jobs, so expect noise`,
    `- Browser: headless Chromium ${report.chromium} (Debian), viewport 1280×800 (the phone embed 390×844)`,
    `- Load average (1 min) before the first run and after each run: ${
      report.loadAverages?.map((l) => l.toFixed(2)).join(', ') ?? 'not recorded'
    }`,
    `- Packages: ${v}`,
    `- Runs: ${report.runs} per page and CPU rate, pages alternating; CPU rates ${report.rates.map((r) => `${r}×`).join(', ')}; ${report.hovers} hovers per run`,
    `- Geometry for both pages: ${report.geometryOrigin}`,
    `- Pages: ${report.targets.map((t) => t.label).join('; ')}`,
    `- Map embed (?mode=embed&chart=map): ${report.embedAvailable ? 'measured' : `${NA} (the app does not honour the mode yet)`}`,
    `- Duration: ${report.elapsedS.toFixed(0)} s`,
    '',
    ...bytesSection(report),
    ...report.rates.flatMap((r) => timingSection(report, r)),
    '## Targets (ours vs peer, same run)',
    '',
    '| target | verdict | measured |',
    '|---|---|---|',
    ...verdicts(report).map((x) => `| ${x.name} | ${x.status} | ${x.detail} |`),
    '',
    '## Closing note',
    '',
    ...closingNote(report),
    '',
  ];
  return lines.join('\n');
}

function closingNote(report: BenchReport): string[] {
  const out: string[] = [];
  const peer = loadGzip(firstBytes(report, 'peer'));
  const dash = loadGzip(firstBytes(report, 'dashboard'));
  const embed = loadGzip(firstBytes(report, 'embed'));
  if (dash !== undefined && peer !== undefined)
    out.push(
      `First load (JS+CSS+data, gzip): dashboard ${kb(dash)} KB, ` +
        (embed !== undefined ? `map embed ${kb(embed)} KB, ` : '') +
        `peer ${kb(peer)} KB — ratios ${ratio(dash, peer)}` +
        (embed !== undefined ? ` and ${ratio(embed, peer)}` : '') +
        '.',
    );
  for (const rate of report.rates) {
    const m = (id: string, key: NumKey) => stat(report, id, rate, key)?.median;
    const parts: string[] = [];
    for (const [key, label] of [
      ['mapDrawn', 'map drawn'],
      ['mapColoured', 'map coloured'],
      ['dashboardReady', 'dashboard ready'],
      ['hoverP50', 'hover p50'],
      ['hoverP90', 'hover p90'],
      ['clickVisible', 'click-select (visible views)'],
      ['click', 'click-select (all views)'],
      ['heapMB', 'heap'],
    ] as [NumKey, string][]) {
      const ours = m('dashboard', key);
      const theirs = m('peer', key);
      const unit = key === 'heapMB' ? ' MB' : ' ms';
      if (ours === undefined) parts.push(`${label} ${NA}`);
      else
        parts.push(
          `${label} ${num(ours, unit.trim())}${unit}` +
            (theirs !== undefined
              ? ` vs ${num(theirs, unit.trim())}${unit} (${ratio(ours, theirs)})`
              : ''),
        );
    }
    out.push(`At ${rate}× CPU (medians, ours vs peer): ${parts.join('; ')}.`);
  }
  const missed = verdicts(report).filter((x) => x.status !== 'holds');
  out.push(
    missed.length === 0
      ? 'All targets hold.'
      : `Not met or not yet measurable: ${missed.map((x) => `${x.name} (${x.detail})`).join('; ')}.`,
  );
  return out.map((l) => `${l}\n`);
}
