/**
 * Byte budgets per entry: what the dashboard and each embed download before their first paint
 * and on their first load (JS+CSS+data, gzip level 9 per file, as a static host serves them),
 * read from a production build's manifest (the entry graph) and its files. No browser.
 *
 * An entry's first load is the closure over static imports of the modules it loads at start
 * (`paint` before the first paint, `later` after it), their CSS, and its data files. Every module
 * those chunks import dynamically must be accounted for: loaded at start by this entry, another
 * entry's root, or declared on demand in LAZY (with the reason). A new dynamic import that is none
 * of these fails the check, so new code (the data desk, another boundary vintage, pinyin…) is
 * either loaded lazily, on purpose, or counted.
 *
 * To raise a budget deliberately: change its number in BUDGETS in the same commit as the code
 * that needs it, and say in the commit message what the bytes buy and what `npm run bench`
 * measured before and after (bench/README.md, "Byte budgets").
 * Owns: the entry table, the budgets and the arithmetic. Knows nothing about the DOM.
 */
import { gzipSync } from 'node:zlib';
import { SCHEMAS, type DatasetName } from '../../src/lib/schema.ts';
import { EMBED_CHARTS, type EmbedChart } from '../../src/lib/embed.ts';
import { dashboardFirstDatasets, embedDatasets } from '../../src/lib/embed-datasets.ts';
import { DEFAULT_VIEW_STATE } from '../../src/lib/view-state.ts';

/** One chunk of Vite's build manifest (build.manifest), keyed by its source path. */
export interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export interface Entry {
  name: string;
  /** Manifest keys loaded before the first paint (the map, for the map's entries). */
  paint: string[];
  /** Manifest keys loaded at start after the first paint. */
  later: string[];
  data: readonly DatasetName[];
}

const HTML = 'index.html';
/** Svelte's runtime, imported dynamically by src/main.ts on every page (src/mount.ts). */
const MOUNT = 'src/mount.ts';
const DASHBOARD = 'src/App.svelte';
const EMBED = 'src/EmbedApp.svelte';

/** Each view's modules (src/components/views.ts). */
export const VIEW_SOURCES: Record<EmbedChart, string[]> = {
  map: ['src/components/map/MapPanel.svelte'],
  timeline: [
    'src/components/timeline/Timeline.svelte',
    'src/components/timeline/SessionCard.svelte',
  ],
  ranking: ['src/components/charts/RankingChart.svelte'],
  targets: ['src/components/charts/TargetsChart.svelte'],
  pledges: ['src/components/pledges/PledgeReader.svelte'],
  'sister-cities': ['src/components/charts/SisterCitiesChart.svelte'],
  loans: ['src/components/charts/LoansChart.svelte'],
  source: [],
};
/** The views the dashboard's first screen draws (src/App.svelte), the map first. */
const FIRST_SCREEN_VIEWS: EmbedChart[] = ['map', 'ranking'];

/** Modules no entry loads at start, each fetched when the reader asks for it. */
export const LAZY: Record<string, string> = {
  'src/PresentApp.svelte': 'the presentation mode (?mode=present), its own entry',
  'src/DeskApp.svelte': 'the data desk (?mode=desk), its own entry: it bundles the pipeline',
  'src/lib/geo/chongqing-2025.drawing.json': 'the 2025 boundaries, when a view shows them',
  'src/components/embed/ExportPanel.svelte': 'the download menu, when opened',
  'src/lib/export/png.ts': 'PNG export, when asked for',
  'src/lib/export/dom.ts': 'SVG/PNG export, when asked for',
};

export function entries(): Entry[] {
  const viewsOf = (charts: EmbedChart[]) => charts.flatMap((c) => VIEW_SOURCES[c]);
  return [
    {
      name: 'dashboard',
      paint: [HTML, MOUNT, DASHBOARD, ...VIEW_SOURCES.map],
      // The views under the first screen load when the reader comes near them (App.svelte).
      later: viewsOf(FIRST_SCREEN_VIEWS.slice(1)),
      data: dashboardFirstDatasets(DEFAULT_VIEW_STATE.metric),
    },
    ...EMBED_CHARTS.filter((c) => c !== 'source').map((chart) => ({
      name: `embed:${chart}`,
      paint: [HTML, MOUNT, EMBED, ...(chart === 'map' ? VIEW_SOURCES.map : [])],
      later: chart === 'map' ? [] : VIEW_SOURCES[chart],
      data: embedDatasets(chart, DEFAULT_VIEW_STATE.metric),
    })),
  ];
}

/**
 * Budgets in KB (1024 bytes) of gzip: `paint` is what the first paint needs (JS+CSS; for the map's
 * entries the map is drawn from its precomputed paths before any data arrives), `load` the whole
 * first load (JS+CSS+data). Set from what issue 15 achieved, with a small margin.
 */
export type Budgets = Record<string, { paint?: number; load: number }>;
export const BUDGETS: Budgets = {
  dashboard: { paint: 98, load: 136 },
  'embed:map': { paint: 91, load: 116 },
  'embed:timeline': { load: 95 },
  'embed:ranking': { load: 101 },
  'embed:targets': { load: 100 },
  'embed:pledges': { load: 101 },
  'embed:sister-cities': { load: 75 },
  'embed:loans': { load: 72 },
};

/**
 * The chunks the page's first script statically imports: it runs (and asks for the data files)
 * only once they have arrived, so each is a round trip before the data requests. There should be
 * none (a shared import once split a tiny module into such a chunk; bench/README.md, third pass).
 */
export function entryWaitsFor(manifest: Manifest): string[] {
  return (manifest[HTML]?.imports ?? []).map((key) => manifest[key]?.file ?? key);
}

/** The files a set of manifest keys loads: each chunk, its static imports, their CSS. */
export function closure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build has no module ${key} (scripts/lib/budget.ts is stale)`);
    seen.add(key);
    if (!chunk.file.endsWith('.html')) files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const i of chunk.imports ?? []) visit(i);
  };
  keys.forEach(visit);
  return files;
}

/** Dynamic imports reachable from the entry's chunks that nothing accounts for. */
export function unaccounted(
  manifest: Manifest,
  entry: Entry,
  lazy: Record<string, string> = LAZY,
): string[] {
  const loaded = new Set([...entry.paint, ...entry.later]);
  const roots = new Set([HTML, DASHBOARD, EMBED]);
  const allViews = new Set(Object.values(VIEW_SOURCES).flat());
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    for (const i of chunk.imports ?? []) visit(i);
    for (const d of chunk.dynamicImports ?? []) {
      // Views are loaded by name: an entry that does not draw a view does not fetch it.
      if (loaded.has(d) || roots.has(d) || d in lazy || allViews.has(d)) continue;
      out.add(d);
    }
  };
  loaded.forEach(visit);
  return [...out].sort();
}

export interface EntrySize {
  name: string;
  /** gzip bytes before the first paint (JS+CSS). */
  paint: number;
  /** gzip bytes of the whole first load: JS+CSS, then data. */
  code: number;
  data: number;
  load: number;
  files: { file: string; gzip: number }[];
}

/** Sizes of an entry; `read` gives a built file's bytes (relative to the build folder). */
export function sizeOf(
  manifest: Manifest,
  entry: Entry,
  read: (file: string) => Uint8Array,
): EntrySize {
  const gz = new Map<string, number>();
  const gzip = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(read(file), { level: 9 }).length);
    return gz.get(file)!;
  };
  const paintFiles = closure(manifest, entry.paint);
  const codeFiles = new Set([...paintFiles, ...closure(manifest, entry.later)]);
  const dataFiles = [...new Set(entry.data)].map((d) => `data/${SCHEMAS[d].file}`);
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzip(f), 0);
  const paint = sum(paintFiles);
  const code = sum(codeFiles);
  const data = sum(dataFiles);
  return {
    name: entry.name,
    paint,
    code,
    data,
    load: code + data,
    files: [...codeFiles, ...dataFiles].map((file) => ({ file, gzip: gzip(file) })),
  };
}

export interface Verdict {
  name: string;
  ok: boolean;
  line: string;
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** One line per entry and budget, and whether it holds. */
export function judge(sizes: readonly EntrySize[], budgets: Budgets = BUDGETS): Verdict[] {
  const out: Verdict[] = [];
  for (const s of sizes) {
    const b = budgets[s.name];
    if (!b) {
      out.push({ name: s.name, ok: false, line: `${s.name}: no budget (add one to BUDGETS)` });
      continue;
    }
    const check = (what: string, bytes: number, limitKb: number) =>
      out.push({
        name: `${s.name} ${what}`,
        ok: bytes <= limitKb * 1024,
        line: `${s.name} ${what}: ${kb(bytes)} KB gzip of ${limitKb} KB`,
      });
    if (b.paint !== undefined) check('first paint', s.paint, b.paint);
    check(`first load (code ${kb(s.code)} + data ${kb(s.data)})`, s.load, b.load);
  }
  return out;
}

export interface BuildCheck {
  ok: boolean;
  /** One line per finding: unaccounted dynamic imports, then each budget (`ok  ` or `FAIL`). */
  lines: string[];
  sizes: EntrySize[];
}

/** Checks a build (its manifest and files) against the budgets: what `npm run budget` prints. */
export function checkBuild(
  manifest: Manifest,
  read: (file: string) => Uint8Array,
  budgets: Budgets = BUDGETS,
  lazy: Record<string, string> = LAZY,
  list: Entry[] = entries(),
): BuildCheck {
  const lines: string[] = [];
  let ok = true;
  const sizes = list.map((entry) => {
    for (const key of unaccounted(manifest, entry, lazy)) {
      ok = false;
      lines.push(
        `FAIL ${entry.name}: ${key} is imported dynamically but not accounted for: count it in ` +
          `the entry's load or declare it on demand in LAZY (scripts/lib/budget.ts)`,
      );
    }
    return sizeOf(manifest, entry, read);
  });
  for (const v of judge(sizes, budgets)) {
    ok &&= v.ok;
    lines.push(`${v.ok ? 'ok  ' : 'FAIL'} ${v.line}`);
  }
  return { ok, lines, sizes };
}
