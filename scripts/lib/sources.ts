/**
 * Reads a folder of articles: `manifest.csv` (id,file,sha256,date,title,outlet) when present,
 * otherwise every `.txt` file. Rejects unreadable input (not UTF-8, empty, binary) with an error
 * naming the file and line, before anything is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';

export const MANIFEST_COLUMNS = ['id', 'file', 'sha256', 'date', 'title', 'outlet'] as const;
/** Columns a manifest may add: `url`, where the article is online (several for a reprint). */
export const MANIFEST_OPTIONAL_COLUMNS = ['url'] as const;

export interface Source {
  id: string;
  file: string;
  sha256: string;
  /** Publication date, YYYY-MM-DD; empty when neither the manifest nor the text gives one. */
  date: string;
  title: string;
  outlet: string;
  /** Where the article can be read online: http(s) URLs, space-separated; empty when unknown. */
  url: string;
  text: string;
  /** True when the date came from the manifest rather than being inferred. */
  dateFromManifest: boolean;
}

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'InputError';
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes an article's bytes, naming the file and line of the first problem. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 1, 'file is empty');
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new InputError(file, lineAt(bytes, nul), 'binary data (NUL byte), not a text article');
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
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new InputError(file, 1, 'file has no text');
  return text;
}

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

export function readSources(dir: string): Source[] {
  const manifestPath = join(dir, 'manifest.csv');
  if (!existsSync(manifestPath)) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    if (files.length === 0) throw new InputError(dir, 0, 'no .txt articles and no manifest.csv');
    return files.map((file) => {
      const bytes = readFileSync(join(dir, file));
      return {
        id: file.replace(/\.txt$/, ''),
        file,
        sha256: sha256(bytes),
        date: '',
        title: '',
        outlet: '',
        url: '',
        text: decodeArticle(bytes, join(dir, file)),
        dateFromManifest: false,
      };
    });
  }
  const rows = parseCsv(readFileSync(manifestPath, 'utf8'), manifestPath, MANIFEST_COLUMNS);
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const line = index + 2;
    const id = row.id?.trim() ?? '';
    const file = row.file?.trim() ?? '';
    if (!id) throw new InputError(manifestPath, line, 'empty id');
    if (seen.has(id))
      throw new InputError(
        manifestPath,
        line,
        `duplicate id "${id}" (first on line ${seen.get(id)})`,
      );
    seen.set(id, line);
    const path = join(dir, file);
    if (!file || !existsSync(path))
      throw new InputError(manifestPath, line, `file "${file}" does not exist in ${dir}`);
    const date = row.date?.trim() ?? '';
    if (date && !checkDate(date))
      throw new InputError(
        manifestPath,
        line,
        `date "${date}" is not a real YYYY-MM-DD, YYYY-MM or YYYY date`,
      );
    const bytes = readFileSync(path);
    const digest = sha256(bytes);
    const expected = row.sha256?.trim() ?? '';
    if (expected && expected !== digest) {
      throw new InputError(
        manifestPath,
        line,
        `sha256 of ${file} is ${digest}, manifest says ${expected}: the article changed`,
      );
    }
    const url = (row.url ?? '').trim().split(/\s+/).filter(Boolean);
    const bad = url.find((u) => !/^https?:\/\/[^\s"<>]+$/.test(u));
    if (bad) throw new InputError(manifestPath, line, `url "${bad}" is not an http(s) address`);
    return {
      id,
      file,
      sha256: digest,
      date,
      title: row.title?.trim() ?? '',
      outlet: row.outlet?.trim() ?? '',
      url: url.join(' '),
      text: decodeArticle(bytes, path),
      dateFromManifest: date !== '',
    };
  });
}
