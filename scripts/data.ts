/**
 * `npm run data`: seeds/ → data/*.csv.
 *   --seeds DIR   articles to read (default seeds/)
 *   --out DIR     where to write (default data/)
 *   --check       write nothing; fail when data/ differs from what the seeds produce
 *   --if-stale    only report when something changed (used by `npm start`)
 * Nothing is written until every output has been computed, and each file is replaced atomically,
 * so a failed run leaves the previous data/ intact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './lib/build.ts';
import { parseCsv } from './lib/csv.ts';
import { writeAllAtomic } from './lib/fsutil.ts';
import { InputError, readSources } from './lib/sources.ts';
import { CsvError } from './lib/csv.ts';

const REFERENCE_DIR = 'data/reference';

function main(): number {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'data' },
      check: { type: 'boolean', default: false },
      'if-stale': { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const sources = readSources(values.seeds);
  const districtsFile = join(REFERENCE_DIR, 'districts.csv');
  const reference = {
    districts: parseCsv(readFileSync(districtsFile, 'utf8'), districtsFile, [
      'code',
      'name_zh',
      'name_en',
    ]),
  };
  const { files, warnings } = buildData(sources, reference);
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
        `data/ is not what ${values.seeds}/ produces; run \`npm run data\`. Differs: ${stale.map(([p]) => p).join(', ')}`,
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
  for (const [path, content] of outputs)
    console.log(`  ${path}: ${content.split('\n').length - 2} rows`);
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
