/**
 * `npm run data`: seeds/ → data/*.csv.
 *   --seeds DIR   articles to read (default seeds/); DIR/manifest.csv is optional
 *   --out DIR     where to write (default data/)
 *   --check       write nothing; fail when the output folder differs from what the seeds produce
 *                 or holds what an interrupted run left
 *   --if-stale    only report when something changed (used by `npm start`)
 * Nothing is written until every output has been computed, and the files change as one set
 * (scripts/lib/fsutil.ts): a run stopped half-way is completed by the next. Every failure (bad
 * input, a bad flag, a folder that is a file) names the file and line and exits 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './lib/build.ts';
import { CsvError } from './lib/csv.ts';
import { leftovers, recoverInterruptedWrite, writeAllAtomic } from './lib/fsutil.ts';
import { readReference } from './lib/reference.ts';
import { InputError, checkFolder, readSources } from './lib/sources.ts';
import type { ReviewItem } from './lib/types.ts';

const USAGE = 'usage: npm run data -- [--seeds DIR] [--out DIR] [--check] [--if-stale]';

function printReview(review: readonly ReviewItem[]): void {
  if (review.length === 0) return;
  console.log(`review: ${review.length} value(s) need a human (data/review.csv):`);
  for (const r of review) {
    const quote = r.quote.replace(/\s+/g, ' ');
    console.log(
      `  ${r.dataset} ${r.source_id}:${r.start}-${r.end} “${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}” — ${r.reason}`,
    );
  }
}

/** Test hook: stop the process (as a crash would) after the k-th rename of the output set. */
function crashHook(): ((k: number) => void) | undefined {
  const at = Number(process.env.CQ_CRASH_AFTER_RENAME ?? '');
  if (!Number.isInteger(at) || at < 1) return undefined;
  return (k) => {
    if (k === at) process.exit(137);
  };
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'data' },
        check: { type: 'boolean', default: false },
        'if-stale': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new InputError('command line', 0, `${(error as Error).message}\n${USAGE}`);
  }
  const started = performance.now();
  checkFolder(values.seeds, '--seeds');
  try {
    checkFolder(values.out, '--out');
  } catch (error) {
    // A missing output folder is made; one that is a file is an error.
    if (!(error instanceof InputError) || !/no such folder/.test(error.message)) throw error;
  }
  if (values.check) {
    const left = leftovers(values.out);
    if (left.length) {
      console.error(
        `${values.out}/ holds what an interrupted run left: ${left.join(', ')}; run \`npm run data\` to complete or clean it`,
      );
      return 1;
    }
  } else {
    const recovered = recoverInterruptedWrite(values.out);
    for (const w of recovered.warnings) console.warn(`warning: ${w}`);
    if (recovered.completed.length)
      console.log(
        `completed an interrupted write: ${recovered.completed.length} file(s) in ${values.out}/`,
      );
    if (recovered.removed.length)
      console.log(`removed what an interrupted run left: ${recovered.removed.join(', ')}`);
  }
  const sources = readSources(values.seeds);
  const reference = readReference(values.out);
  const { files, warnings, counts, review } = buildData(sources, reference);
  for (const w of warnings) console.warn(`warning: ${w}`);

  const outputs = new Map([...files].map(([name, content]) => [join(values.out, name), content]));
  if (values.check) {
    const stale = [...outputs].filter(([path, content]) => {
      try {
        return readFileSync(path, 'utf8') !== content;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(
        `${values.out}/ is not what ${values.seeds}/ produces; run \`npm run data\`. Differs: ${stale.map(([p]) => p).join(', ')}`,
      );
      return 1;
    }
    console.log(`data check: ${outputs.size} files match ${sources.length} articles`);
    return 0;
  }
  const changed = writeAllAtomic(outputs, { root: values.out, afterRename: crashHook() });
  const ms = (performance.now() - started).toFixed(0);
  if (values['if-stale'] && changed.length === 0) return 0;
  console.log(
    `${sources.length} articles → ${outputs.size} files in ${values.out}/ (${changed.length} changed) in ${ms} ms`,
  );
  for (const [name, rows] of counts) console.log(`  ${join(values.out, name)}: ${rows} rows`);
  printReview(review);
  return 0;
}

/** A failure as one line naming the file: no stack trace (CQ_DEBUG=1 prints it). */
function describe(error: unknown): string {
  if (error instanceof InputError || error instanceof CsvError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && typeof e.path === 'string') {
    const what: Record<string, string> = {
      EISDIR: 'is a folder, not a file',
      ENOTDIR: 'a part of this path is a file, not a folder',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      ENOENT: 'no such file or folder',
      ENOSPC: 'no space left on the device',
      EROFS: 'read-only file system',
    };
    return `${e.path}: ${what[e.code] ?? e.message}`;
  }
  return `internal error: ${e instanceof Error ? e.message : String(e)} (CQ_DEBUG=1 prints the stack)`;
}

try {
  process.exit(main());
} catch (error) {
  console.error(`error: ${describe(error)}\nNothing was written.`);
  if (process.env.CQ_DEBUG) console.error(error);
  process.exit(2);
}
