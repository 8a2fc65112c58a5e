/**
 * `npm run data`: seeds/ → data/*.csv.
 *   --seeds DIR   articles to read (default seeds/); DIR/manifest.csv is optional
 *   --out DIR     where to write (default data/)
 *   --check       write nothing; fail when the output folder differs from what the seeds produce
 *   --if-stale    only report when something changed (used by `npm start`)
 * Nothing is written until every output has been computed, and each file is replaced atomically,
 * so a failed run leaves the previous output intact. Unreadable input (not UTF-8, empty, binary,
 * a broken CSV) stops the run with an error naming the file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './lib/build.ts';
import { dataDirs } from './lib/data-dir.ts';
import { CsvError } from './lib/csv.ts';
import { writeAllAtomic } from './lib/fsutil.ts';
import { readReference } from './lib/reference.ts';
import { InputError, readSources } from './lib/sources.ts';
import type { ReviewItem } from './lib/types.ts';

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

function main(): number {
  // CQ_DATA_DIR points both at a scratch copy of data/ and seeds/ (scripts/lib/data-dir.ts).
  const dirs = dataDirs();
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: dirs.seeds },
      out: { type: 'string', default: dirs.data },
      check: { type: 'boolean', default: false },
      'if-stale': { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  if (!existsSync(values.seeds)) throw new InputError(values.seeds, 0, 'no such folder');
  const sources = readSources(values.seeds);
  const reference = readReference(values.out, dirs.reference);
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
  const changed = writeAllAtomic(outputs);
  const ms = (performance.now() - started).toFixed(0);
  if (values['if-stale'] && changed.length === 0) return 0;
  console.log(
    `${sources.length} articles → ${outputs.size} files in ${values.out}/ (${changed.length} changed) in ${ms} ms`,
  );
  for (const [name, rows] of counts) console.log(`  ${join(values.out, name)}: ${rows} rows`);
  printReview(review);
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  if (error instanceof InputError || error instanceof CsvError) {
    console.error(`error: ${error.message}\nNothing was written.`);
    process.exit(2);
  }
  throw error;
}
