/**
 * Reads a folder of articles, the Node part: `manifest.csv` (id,file,sha256,date,title,outlet
 * and optional url) when present, otherwise every `.txt` file (any case). Every path must stay
 * inside the folder once symlinks are resolved; the checks on bytes and rows are the pure
 * scripts/lib/intake.ts. Unreadable input stops the run with an error naming the file and line,
 * before anything is written.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import {
  InputError,
  decodeUtf8,
  isArticleName,
  parseManifest,
  sizeProblem,
  sourcesFromFiles,
  sourcesFromManifest,
  type ArticleFile,
  type Source,
} from './intake.ts';

export {
  InputError,
  MANIFEST_COLUMNS,
  MANIFEST_OPTIONAL_COLUMNS,
  MAX_ARTICLE_BYTES,
  checkDate,
  decodeArticle,
  type Source,
} from './intake.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A folder that exists and is a folder, or an InputError naming it. */
export function checkFolder(dir: string, what: string): void {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new InputError(dir, 0, `no such folder (${what})`);
  }
  if (!stat.isDirectory()) throw new InputError(dir, 0, `is a file, not a folder (${what})`);
}

/**
 * Reads `name` inside `dir`: refuses a path that leaves the folder once symlinks are resolved, a
 * folder, and a file over the size limit (before reading it). `where` names the manifest line
 * that listed it, for messages.
 */
function readInside(dir: string, name: string, where: { file: string; line: number }): ArticleFile {
  const path = join(dir, name);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new InputError(where.file, where.line, `file "${name}" does not exist in ${dir}`);
  }
  const inside = relative(realpathSync(dir), real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new InputError(
      where.file,
      where.line,
      `file "${name}" resolves to ${real}, outside ${dir}: articles must be inside the seeds folder`,
    );
  const stat = statSync(real);
  if (!stat.isFile()) throw new InputError(path, 0, 'is a folder, not an article file');
  const tooBig = sizeProblem(stat.size);
  if (tooBig) throw new InputError(path, 0, tooBig);
  const bytes = readFileSync(real);
  return { file: name, path, bytes, sha256: sha256(bytes) };
}

/** True when something (a file, a folder, a dangling link) has this name. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export function readSources(dir: string): Source[] {
  checkFolder(dir, '--seeds');
  const manifestPath = join(dir, 'manifest.csv');
  if (!exists(manifestPath)) {
    const names = readdirSync(dir).filter(isArticleName).sort();
    const files = names.map((name) => readInside(dir, name, { file: join(dir, name), line: 0 }));
    return sourcesFromFiles(files, dir);
  }
  const manifest = readInside(dir, 'manifest.csv', { file: manifestPath, line: 0 });
  const entries = parseManifest(decodeUtf8(manifest.bytes, manifestPath), manifestPath);
  return sourcesFromManifest(
    entries,
    (entry) => readInside(dir, entry.file, { file: manifestPath, line: entry.line }),
    manifestPath,
  );
}
