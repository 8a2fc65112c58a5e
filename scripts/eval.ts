/**
 * `npm run data:eval`: runs the pipeline on the evaluation articles (tests/fixtures/eval: the
 * kinds of article issue 11's held-out set contains, written for this project) and prints the
 * facts found, the facts missed and the traps fallen into. Writes nothing.
 *   --dir DIR   another folder with a manifest.csv and expected.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './lib/build.ts';
import { evaluate } from './lib/eval.ts';
import { readReference } from './lib/reference.ts';
import { readSources } from './lib/sources.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'tests/fixtures/eval' } },
});
const dir = values.dir;
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const { files } = buildData(readSources(dir), readReference('data'));
const result = evaluate(files, expected);
const pct = ((100 * result.found) / result.facts).toFixed(1);
console.log(`facts found: ${result.found} of ${result.facts} (${pct}%)`);
for (const m of result.missed) {
  const { a, t, ...rest } = m;
  console.log(`  missed ${a} ${t} ${JSON.stringify(rest)}`);
}
console.log(`traps fallen into: ${result.traps.length}`);
for (const { trap, row } of result.traps)
  console.log(`  trap ${trap.a} ${trap.t}: ${trap.why} — ${row.quote?.slice(0, 60) ?? ''}`);
