/**
 * An article the data desk adds to seeds/: its source id, its file name and its manifest row.
 * Scripts never change an existing seed: a new article is a new file, and a text already in
 * seeds/ (same SHA-256) is not written again but listed once more in the manifest, under a new
 * id, as another outlet of it (scripts/lib/intake.ts reads it as a reprint).
 * Pure: used by the desk in the browser and by the dev server's save endpoint.
 */
import { InputError, checkDate, parseManifest, type ManifestEntry } from '../intake.ts';
import { csvLine, rawRecords } from './decision-files.ts';

export const MANIFEST_FILE = 'manifest.csv';
const MANIFEST_HEADER = ['id', 'file', 'sha256', 'date', 'title', 'outlet', 'url'];

export interface ArticleMeta {
  date: string;
  title: string;
  outlet: string;
  /** http(s) addresses, space-separated; '' when unknown. */
  url: string;
}

export interface ManifestArticle extends ArticleMeta {
  id: string;
  file: string;
  sha256: string;
}

/**
 * The next free source id: one more than the largest numeric id, as wide as they are
 * (`000`…`004` → `005`); `desk-001`… when the manifest has no numeric ids.
 */
export function nextSourceId(ids: readonly string[]): string {
  const taken = new Set(ids);
  const numeric = ids.filter((id) => /^\d+$/.test(id));
  const [prefix, width, first] = numeric.length
    ? ['', Math.max(...numeric.map((id) => id.length)), Math.max(...numeric.map(Number)) + 1]
    : ['desk-', 3, 1];
  for (let n = first; ; n++) {
    const id = `${prefix}${String(n).padStart(width, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** The file a new article is saved as: its id and the start of its SHA-256, as the seeds are. */
export function articleFileName(id: string, sha256: string): string {
  return `${id}_${sha256.slice(0, 16)}.txt`;
}

/** What is wrong with an article's manifest fields (the manifest's own checks), or null. */
export function metaProblem(meta: ArticleMeta): string | null {
  if (!meta.date.trim()) return 'date';
  if (!checkDate(meta.date.trim())) return 'date';
  if (!meta.outlet.trim()) return 'outlet';
  if (!meta.title.trim()) return 'title';
  return null;
}

/**
 * The manifest with rows for `articles` appended (every existing line kept as printed), checked
 * with the pipeline's own manifest reader: a duplicate id, a bad date, a title that would run as
 * a formula … throws an InputError naming the line, and nothing is written.
 */
export function manifestWith(
  manifest: string | null,
  articles: readonly ManifestArticle[],
  file = `seeds/${MANIFEST_FILE}`,
): { text: string; entries: ManifestEntry[] } {
  const body = manifest ?? '';
  const records = body.trim() ? rawRecords(body) : [`${MANIFEST_HEADER.join(',')}\n`];
  const header = records[0]!
    .replace(/^\uFEFF/, '')
    .trim()
    .split(',');
  if (!header.includes('url') && articles.some((a) => a.url))
    throw new InputError(file, 1, 'the manifest has no url column: add one to record addresses');
  const lines = articles.map((a) =>
    csvLine(header, {
      id: a.id,
      file: a.file,
      sha256: a.sha256,
      date: a.date.trim(),
      title: a.title.trim(),
      outlet: a.outlet.trim(),
      url: a.url.trim(),
    }),
  );
  const text = records.join('') + lines.join('');
  return { text, entries: parseManifest(text, file) };
}
