/**
 * The data desk's build worker: fetches the published corpus (seeds/manifest.csv and its
 * articles) and the pipeline's inputs (data/reference/*.csv, the decision files, the glossaries)
 * as the site serves them, adds the desk's new articles, and runs `buildData`, the same function
 * `npm run data` runs, off the page's thread, reporting progress. Sources are read by the
 * pipeline's own intake (scripts/lib/intake.ts): the same checks, reprints and size limit.
 */
import { buildData, type Reference } from '../../scripts/lib/build.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import {
  decodeUtf8,
  parseManifest,
  sourcesFromManifest,
  type ArticleFile,
  type ManifestEntry,
} from '../../scripts/lib/intake.ts';
import type { Decision } from '../../scripts/lib/types.ts';
import { sha256Hex } from '../lib/desk/sha256';
import type {
  BuildRequest,
  DecisionInfo,
  DeskBuild,
  HeldRow,
  WorkerMessage,
} from '../lib/desk/protocol';

const post = (message: WorkerMessage) => self.postMessage(message);

async function fetchBytes(url: URL): Promise<Uint8Array | null> {
  const response = await fetch(url, { cache: 'no-store' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A text input of the pipeline as the project holds it (named as `npm run data` names it). */
async function fetchText(baseUrl: string, path: string): Promise<string | null> {
  const bytes = await fetchBytes(new URL(path, baseUrl));
  return bytes === null ? null : decodeUtf8(bytes, path);
}

async function required(baseUrl: string, path: string, columns: readonly string[]) {
  const text = await fetchText(baseUrl, path);
  if (text === null) throw new Error(`${path}: not found`);
  return parseCsv(text, path, columns);
}

const info = ({ file: _file, line: _line, ...d }: Decision): DecisionInfo => d;

async function build(request: BuildRequest): Promise<DeskBuild> {
  const started = performance.now();
  const { baseUrl } = request;
  post({ type: 'progress', step: 'fetch', done: 0, total: 1 });
  const [manifestText, corrections, reviewed, glossary, goalGlossary] = (await Promise.all(
    [
      'seeds/manifest.csv',
      'data/corrections.csv',
      'data/reviewed.csv',
      'data/glossary.csv',
      'data/goal_glossary.csv',
    ].map((p) => fetchText(baseUrl, p)),
  )) as [string | null, string | null, string | null, string | null, string | null];
  const reference: Reference = {
    districts: await required(baseUrl, 'data/reference/districts.csv', [
      'code',
      'name_zh',
      'name_en',
    ]),
    sessions: await required(baseUrl, 'data/reference/plenary-sessions.csv', [
      'event_id',
      'date_start',
      'date_end',
      'date_precision',
      'kind',
      'name_zh',
      'name_en',
      'source_url',
    ]),
    sisterCityTotals: await required(baseUrl, 'data/reference/sister-city-totals.csv', ['as_of']),
    corrections: corrections === null ? null : { text: corrections, file: 'data/corrections.csv' },
    reviewed: reviewed === null ? null : { text: reviewed, file: 'data/reviewed.csv' },
    glossary: glossary === null ? null : { text: glossary, file: 'data/glossary.csv' },
    goalGlossary:
      goalGlossary === null ? null : { text: goalGlossary, file: 'data/goal_glossary.csv' },
  };
  const published = manifestText === null ? [] : parseManifest(manifestText, 'seeds/manifest.csv');
  const fetched = new Map<string, Uint8Array>();
  let done = 0;
  for (const entry of published) {
    if (fetched.has(entry.file)) continue;
    const bytes = await fetchBytes(new URL(`seeds/${entry.file}`, baseUrl));
    if (bytes === null) throw new Error(`seeds/${entry.file}: not found`);
    fetched.set(entry.file, bytes);
    post({ type: 'progress', step: 'fetch', done: ++done, total: published.length });
  }
  // The new articles, listed as the save would list them in the manifest.
  const added: ManifestEntry[] = request.articles.map((a, i) => ({
    id: a.id,
    file: a.file,
    sha256: '',
    date: a.date,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    line: published.length + 2 + i,
  }));
  for (const a of request.articles) if (!fetched.has(a.file)) fetched.set(a.file, a.bytes);
  const read = (entry: ManifestEntry): ArticleFile => {
    const bytes = fetched.get(entry.file)!;
    return { file: entry.file, path: `seeds/${entry.file}`, bytes, sha256: sha256Hex(bytes) };
  };
  const sources = sourcesFromManifest([...published, ...added], read, 'seeds/manifest.csv');
  const result = buildData(sources, reference, {
    onProgress: (step, d, total) => post({ type: 'progress', step, done: d, total }),
  });
  const tables: DeskBuild['tables'] = {};
  for (const [name, table] of Object.entries(result.decided)) {
    if (!table) continue;
    (tables as Record<string, unknown>)[name] = {
      rows: table.rows,
      machine: table.machine,
      lapsed: table.lapsed.map(info),
      rejected: table.rejected.map((r) => ({ row: r.row, decision: info(r.decision) })),
    };
  }
  const review: HeldRow[] = result.review.map((r) => ({ ...r }));
  return {
    files: Object.fromEntries(result.files),
    tables,
    review,
    warnings: result.warnings,
    sources: sources.map((s) => ({ ...s, sameTextAs: s.sameTextAs ?? '' })),
    inputs: { corrections, reviewed, manifest: manifestText },
    ms: Math.round(performance.now() - started),
  };
}

self.onmessage = (event: MessageEvent<BuildRequest>) => {
  build(event.data).then(
    (result) => post({ type: 'built', build: result }),
    (error: Error) => post({ type: 'failed', message: error.message }),
  );
};
