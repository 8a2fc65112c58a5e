/** File writes that never leave a half-written file: write a temp file beside it, then rename. */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPath(path);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Writes every file only after all contents are computed; returns the paths that changed.
 * All temp files are written first (a full disk or a permission error stops the run before any
 * file is replaced), then each is renamed over its target.
 */
export function writeAllAtomic(files: ReadonlyMap<string, string>): string[] {
  const changed = [...files].filter(
    ([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content,
  );
  const staged: [string, string][] = [];
  try {
    for (const [path, content] of changed) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = tempPath(path);
      writeFileSync(tmp, content);
      staged.push([tmp, path]);
    }
    for (const [tmp, path] of staged) renameSync(tmp, path);
  } finally {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
  }
  return changed.map(([path]) => path);
}
