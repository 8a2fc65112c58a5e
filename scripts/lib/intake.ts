/**
 * Reading articles in, the pure part: decoding bytes, the size limit, checking manifest rows and
 * ids, and finding reprints (the same text under several ids). It works on text and bytes handed
 * to it and never touches the file system, so the data desk can run it in a browser worker;
 * scripts/lib/sources.ts is the thin Node part that reads folders and files.
 */
import { FORMULA_START } from '../../src/lib/export/csv.ts';
import { SOURCE_ID } from '../../src/lib/view-state.ts';
import type { SourceText } from '../../src/lib/desk/protocol.ts';
import { parseCsv } from './csv.ts';

export const MANIFEST_COLUMNS = ['id', 'file', 'sha256', 'date', 'title', 'outlet'] as const;
/** Columns a manifest may add: `url`, where the article is online (several for a reprint). */
export const MANIFEST_OPTIONAL_COLUMNS = ['url'] as const;

/**
 * Largest article accepted, in bytes of its file. News articles are tens of KB; 10 MB leaves room
 * for a whole newspaper page and still bounds what one file can cost (the rules are linear).
 */
export const MAX_ARTICLE_BYTES = 10_000_000;

/** What the app can route in a permalink: the pipeline takes the app's own rule. */
export const SOURCE_ID_RULE = SOURCE_ID;

/**
 * A source as read in: the fields the desk's worker hands back (SourceText), plus where its date
 * came from. `sameTextAs` is absent until reprints are found.
 */
export interface Source extends Omit<SourceText, 'sameTextAs'> {
  /** True when the date came from the manifest rather than being inferred. */
  dateFromManifest: boolean;
  /**
   * The first id (in id order) with byte-identical text, when this source is a reprint of it;
   * empty or absent otherwise. A reprint keeps its own row in sources.csv; its facts are read
   * once, under that id.
   */
  sameTextAs?: string;
}

/** Bad input: names the file and, where there is one, the 1-based line. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
    this.name = 'InputError';
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}

/** 'UTF-16LE' / 'UTF-16BE' when the bytes start with that byte-order mark, else null. */
function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/**
 * Strict UTF-8 text (a BOM is allowed and removed). UTF-16 is named by its BOM, a NUL byte
 * means binary, any other invalid byte names its line.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const utf16 = utf16Bom(bytes);
  if (utf16)
    throw new InputError(
      file,
      1,
      `${utf16} text (byte-order mark ${utf16 === 'UTF-16LE' ? 'FF FE' : 'FE FF'}): re-save it as UTF-8`,
    );
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, lineAt(bytes, nul), 'binary data (NUL byte), not text');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new InputError(
      file,
      lineAt(bytes, firstInvalidUtf8(bytes)),
      'not valid UTF-8 (GBK? re-save it as UTF-8)',
    );
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The size limit as a message, or null when `size` bytes are within it. */
export function sizeProblem(size: number): string | null {
  return size > MAX_ARTICLE_BYTES
    ? `${(size / 1e6).toFixed(1)} MB is over the ${MAX_ARTICLE_BYTES / 1e6} MB limit for one article (news articles are tens of KB): split it or check it is an article`
    : null;
}

/** Decodes an article's bytes, naming the file and line of the first problem. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 1, 'file is empty');
  const tooBig = sizeProblem(bytes.length);
  if (tooBig) throw new InputError(file, 0, tooBig);
  const text = decodeUtf8(bytes, file);
  if (text.trim() === '') throw new InputError(file, 1, 'file has no text');
  return text;
}

/**
 * A publication date as archives know it: the day (2024-05-25), the month (2017-07) or only the
 * year (2025). Null when the text is not such a date or names no real day (2024-13-45).
 */
export function checkDate(text: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= last ? text : null;
}

/** A manifest row, checked: the file name is still to be read. */
export interface ManifestEntry {
  id: string;
  file: string;
  /** SHA-256 the manifest records (lowercase hex), or empty. */
  sha256: string;
  date: string;
  title: string;
  outlet: string;
  url: string;
  /** Line of the manifest, for messages. */
  line: number;
}

/** Why a file name in a manifest cannot be read inside the seeds folder, or null. */
function fileNameProblem(file: string): string | null {
  if (!file) return 'empty file name';
  if (/^[/\\]|^[A-Za-z]:/.test(file)) return `file "${file}" is an absolute path`;
  if (file.split(/[/\\]/).includes('..')) return `file "${file}" leaves the seeds folder (..)`;
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\0-\x1f]/.test(file)) return `file "${file}" has control characters`;
  return null;
}

/**
 * Parses and checks `manifest.csv` (already decoded): the header, at least one article, ids the
 * app can route, each id once (both lines named), real dates, http(s) URLs, safe file names, and
 * no title or outlet that a spreadsheet would run as a formula.
 */
export function parseManifest(text: string, file: string): ManifestEntry[] {
  if (text.trim() === '')
    throw new InputError(
      file,
      1,
      `manifest is empty: it needs the header ${MANIFEST_COLUMNS.join(',')} and one row per article`,
    );
  const rows = parseCsv(text, file, MANIFEST_COLUMNS);
  if (rows.length === 0)
    throw new InputError(
      file,
      1,
      'manifest lists no article (header only): nothing to read, and writing would empty data/',
    );
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const line = index + 2;
    const id = row.id?.trim() ?? '';
    if (!id) throw new InputError(file, line, 'empty id');
    if (!SOURCE_ID_RULE.test(id))
      throw new InputError(
        file,
        line,
        `id "${id}" is not a source id: 1–40 of A–Z a–z 0–9 _ - (the app links to quotes by id)`,
      );
    const first = seen.get(id);
    if (first !== undefined)
      throw new InputError(file, line, `duplicate id "${id}" (first on line ${first})`);
    seen.set(id, line);
    const name = row.file?.trim() ?? '';
    const badName = fileNameProblem(name);
    if (badName) throw new InputError(file, line, badName);
    const date = row.date?.trim() ?? '';
    if (date && !checkDate(date))
      throw new InputError(
        file,
        line,
        `date "${date}" is not a real YYYY-MM-DD, YYYY-MM or YYYY date`,
      );
    const sha256 = (row.sha256 ?? '').trim().toLowerCase();
    if (sha256 && !/^[0-9a-f]{64}$/.test(sha256))
      throw new InputError(file, line, `sha256 "${row.sha256}" is not 64 hex digits`);
    const url = (row.url ?? '').trim().split(/\s+/).filter(Boolean);
    const bad = url.find((u) => !/^https?:\/\/[^\s"<>]+$/i.test(u));
    if (bad) throw new InputError(file, line, `url "${bad}" is not an http(s) address`);
    const title = row.title?.trim() ?? '';
    const outlet = row.outlet?.trim() ?? '';
    for (const [column, value] of [
      ['title', row.title ?? ''],
      ['outlet', row.outlet ?? ''],
    ] as const)
      if (FORMULA_START.test(value) || FORMULA_START.test(value.trim()))
        throw new InputError(
          file,
          line,
          `${column} "${value.trim().slice(0, 40)}" starts with ${JSON.stringify(value.trim()[0] ?? value[0])}, which a spreadsheet runs as a formula: reword it`,
        );
    return { id, file: name, sha256, date, title, outlet, url: url.join(' '), line };
  });
}

/** FNV-1a (32 bits) of a string's UTF-8 bytes, as 8 hex digits: a short, stable name hash. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** True for a file name the pipeline reads as an article when there is no manifest. */
export function isArticleName(name: string): boolean {
  return /\.txt$/i.test(name) && !name.startsWith('.');
}

/**
 * The source id of an article file read without a manifest: its name without `.txt` when that is
 * a valid id, else an ASCII slug of the name plus a short hash of the whole name
 * (`重庆日报 2024.05.25.txt` → `2024-05-25-1a2b3c4d`), so a permalink to its quotes works.
 */
export function idFromFileName(name: string): string {
  const stem = name.replace(/\.txt$/i, '');
  if (SOURCE_ID_RULE.test(stem)) return stem;
  const slug = stem
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 31)
    .replace(/-$/, '');
  return `${slug || 'article'}-${fnv1a(name)}`;
}

/** An article's file as read: its name in the folder, where it was read (for messages), bytes. */
export interface ArticleFile {
  file: string;
  path: string;
  bytes: Uint8Array;
  /** SHA-256 of the bytes, lowercase hex (computed by the caller: node:crypto or SubtleCrypto). */
  sha256: string;
}

/**
 * Marks reprints: sources with the same SHA-256 are one text; every one after the first (in id
 * order) gets `sameTextAs` = that first id.
 */
export function markReprints(sources: readonly Source[]): Source[] {
  const firstOf = new Map<string, string>();
  const sorted = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  for (const s of sorted) if (!firstOf.has(s.sha256)) firstOf.set(s.sha256, s.id);
  return sorted.map((s) => {
    const first = firstOf.get(s.sha256)!;
    return { ...s, sameTextAs: first === s.id ? '' : first };
  });
}

/** Sources from checked manifest rows and their files (read by the caller, by file name). */
export function sourcesFromManifest(
  entries: readonly ManifestEntry[],
  read: (entry: ManifestEntry) => ArticleFile,
  manifestFile: string,
): Source[] {
  return markReprints(
    entries.map((entry) => {
      const article = read(entry);
      if (entry.sha256 && entry.sha256 !== article.sha256)
        throw new InputError(
          manifestFile,
          entry.line,
          `sha256 of ${entry.file} is ${article.sha256}, manifest says ${entry.sha256}: the article changed`,
        );
      return {
        id: entry.id,
        file: entry.file,
        sha256: article.sha256,
        date: entry.date,
        title: entry.title,
        outlet: entry.outlet,
        url: entry.url,
        text: decodeArticle(article.bytes, article.path),
        dateFromManifest: entry.date !== '',
      };
    }),
  );
}

/** Sources from a folder's article files when there is no manifest: ids from the file names. */
export function sourcesFromFiles(files: readonly ArticleFile[], folder: string): Source[] {
  if (files.length === 0) throw new InputError(folder, 0, 'no .txt articles and no manifest.csv');
  const byId = new Map<string, string>();
  return markReprints(
    files.map((f) => {
      const id = idFromFileName(f.file);
      const other = byId.get(id);
      if (other !== undefined)
        throw new InputError(
          f.path,
          0,
          `gives the source id "${id}", as ${other} does: rename one`,
        );
      byId.set(id, f.path);
      return {
        id,
        file: f.file,
        sha256: f.sha256,
        date: '',
        title: '',
        outlet: '',
        url: '',
        text: decodeArticle(f.bytes, f.path),
        dateFromManifest: false,
      };
    }),
  );
}
