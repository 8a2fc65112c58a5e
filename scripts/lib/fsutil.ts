/**
 * Writing a set of generated files all or nothing. The folder also holds hand-edited inputs and
 * is in git, so it cannot be swapped whole; instead:
 *   1. every new content is written (and flushed) into a staging folder, `.cq-staging/`;
 *   2. a journal listing the renames is put in place with one rename: the commit point;
 *   3. each staged file is renamed over its target; then the journal and staging folder go.
 * A run that stops before 2 left only the staging folder, which the next run deletes (roll
 * back: nothing was replaced). A run that stops after 2 left the journal, and the next run
 * completes its renames before anything else (roll forward). `leftovers` lists what an
 * interrupted run left, for `--check`.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export const JOURNAL = '.cq-write-journal.json';
export const STAGING = '.cq-staging';
/** Temp files of the earlier per-file writer (`.sources.csv.1234.tmp`), cleaned on the next run. */
const ORPHAN_TEMP = /^\..+\.\d+\.tmp$/;

interface JournalEntry {
  /** Paths relative to the root. */
  staged: string;
  target: string;
  /** SHA-256 of the new content, to tell a finished rename from a lost staged file. */
  sha256: string;
}

interface Journal {
  version: 1;
  files: JournalEntry[];
}

export interface WriteOptions {
  /** Folder holding the journal and the staging folder; default: the targets' common folder. */
  root?: string;
  /** Called after the k-th rename of a set (1-based): tests stop the run there to simulate a crash. */
  afterRename?: (k: number) => void;
}

export interface Recovery {
  /** Targets the interrupted set's renames were completed for. */
  completed: string[];
  /** Leftovers deleted: a staging folder of a set never committed, orphaned temp files. */
  removed: string[];
  warnings: string[];
}

const digest = (content: string) => createHash('sha256').update(content).digest('hex');

function writeDurably(path: string, content: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function commonFolder(paths: readonly string[]): string {
  const dirs = paths.map((p) => resolve(dirname(p)));
  let common = dirs[0] ?? resolve('.');
  for (const d of dirs)
    while (d !== common && !d.startsWith(common.endsWith(sep) ? common : common + sep))
      common = dirname(common);
  return common;
}

function readContent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function orphanTemps(folders: Iterable<string>): string[] {
  const out: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder))
      if (ORPHAN_TEMP.test(name)) out.push(join(folder, name));
  }
  return out;
}

function readJournal(path: string): Journal | null {
  try {
    const journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    return journal.version === 1 && Array.isArray(journal.files) ? journal : null;
  } catch {
    return null;
  }
}

/** What an interrupted write left in `root`: the journal, the staging folder, orphan temp files. */
export function leftovers(root: string): string[] {
  return [join(root, JOURNAL), join(root, STAGING)]
    .filter((p) => existsSync(p))
    .concat(orphanTemps([root]));
}

/** Completes (journal present) or rolls back (staging only) an interrupted set; cleans temps. */
export function recoverInterruptedWrite(
  root: string,
  afterRename?: (k: number) => void,
  extraFolders: readonly string[] = [],
): Recovery {
  const recovery: Recovery = { completed: [], removed: [], warnings: [] };
  const journalPath = join(root, JOURNAL);
  const staging = join(root, STAGING);
  if (existsSync(journalPath)) {
    const journal = readJournal(journalPath);
    if (!journal) {
      recovery.warnings.push(`${journalPath}: unreadable journal of an interrupted write, removed`);
    } else {
      let k = 0;
      for (const entry of journal.files) {
        const staged = resolve(root, entry.staged);
        const target = resolve(root, entry.target);
        // Only paths inside the root: a journal is ours, but a damaged one must not move files around.
        const outside = [staged, target].some((p) => {
          const rel = relative(resolve(root), p);
          return rel.startsWith('..') || isAbsolute(rel);
        });
        if (outside) {
          recovery.warnings.push(`${journalPath}: entry outside ${root} ignored`);
          continue;
        }
        if (existsSync(staged)) {
          renameSync(staged, target);
          recovery.completed.push(target);
          afterRename?.(++k);
        } else if (digest(readContent(target) ?? '') !== entry.sha256) {
          recovery.warnings.push(
            `${target}: the interrupted write lost its new content; this run writes it again`,
          );
        }
      }
    }
    rmSync(journalPath, { force: true });
  }
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    recovery.removed.push(staging);
  }
  for (const temp of orphanTemps(new Set([root, ...extraFolders]))) {
    rmSync(temp, { force: true });
    recovery.removed.push(temp);
  }
  return recovery;
}

/**
 * Writes every file whose content changed, as one set (see the top of this file); returns the
 * paths that changed. An interrupted earlier set in the same root is completed first.
 */
export function writeAllAtomic(
  files: ReadonlyMap<string, string>,
  options: WriteOptions = {},
): string[] {
  const root = resolve(options.root ?? commonFolder([...files.keys()]));
  recoverInterruptedWrite(
    root,
    undefined,
    [...files.keys()].map((p) => dirname(resolve(p))),
  );
  const changed = [...files].filter(([path, content]) => readContent(path) !== content);
  if (changed.length === 0) return [];

  const staging = join(root, STAGING);
  const journal: Journal = { version: 1, files: [] };
  try {
    mkdirSync(staging, { recursive: true });
    changed.forEach(([path, content], i) => {
      mkdirSync(dirname(path), { recursive: true });
      const staged = join(staging, `${i}`);
      writeDurably(staged, content);
      journal.files.push({
        staged: relative(root, staged),
        target: relative(root, resolve(path)),
        sha256: digest(content),
      });
    });
    const pending = join(staging, 'journal');
    writeDurably(pending, JSON.stringify(journal, null, 1));
    renameSync(pending, join(root, JOURNAL)); // the commit point
  } catch (error) {
    // Nothing was replaced yet: roll back.
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  // From here on there is no clean-up on failure: the journal lets the next run complete the set.
  let k = 0;
  for (const entry of journal.files) {
    renameSync(join(root, entry.staged), join(root, entry.target));
    options.afterRename?.(++k);
  }
  rmSync(join(root, JOURNAL), { force: true });
  rmSync(staging, { recursive: true, force: true });
  return changed.map(([path]) => path);
}
