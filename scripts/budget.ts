/**
 * `npm run budget`: builds the app with its manifest (into .tmp/budget, or reads BUDGET_DIR's
 * build) and checks each entry's first paint and first load against its byte budget
 * (scripts/lib/budget.ts). Part of `npm test`. Prints one line per budget; exits 1 when one is
 * over, a dynamic import is unaccounted for, or the page's first script imports another chunk.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBuild, entryWaitsFor, type Manifest } from './lib/budget.ts';

const dir = process.env.BUDGET_DIR ?? '.tmp/budget';
if (!process.env.BUDGET_DIR)
  execFileSync('npx', ['vite', 'build', '--manifest', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_OUT_DIR: dir },
  });
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
const read = (file: string) => readFileSync(join(dir, file));

const { ok: withinBudget, lines, sizes } = checkBuild(manifest, read);
lines.forEach((line) => console.log(line));
const waits = entryWaitsFor(manifest);
console.log(
  waits.length
    ? `FAIL the page's first script waits for ${waits.join(', ')} before it asks for the data`
    : "ok   the page's first script imports no other chunk (it asks for the data at once)",
);
const ok = withinBudget && !waits.length;
if (process.env.BUDGET_FILES === '1')
  for (const s of sizes) {
    console.log(`\n${s.name}`);
    for (const f of s.files.sort((a, b) => b.gzip - a.gzip))
      console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${f.file}`);
  }
process.exit(ok ? 0 : 1);
