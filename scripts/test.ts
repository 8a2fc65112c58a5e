/**
 * `npm test`: the data check, type check, lint, byte budgets, unit tests and browser tests, in that
 * order.
 * Every step runs even when an earlier one fails, and the last line sums them up:
 * each test counts once; a check (data, types, lint, budgets) counts as one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TMP = '.tmp';
mkdirSync(TMP, { recursive: true });
const UNIT_JSON = join(TMP, 'vitest.json');
const E2E_JSON = join(TMP, 'playwright.json');

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name: string, cmd: string, args: string[]): void {
  const ok = run(cmd, args);
  total[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function unit(): void {
  rmSync(UNIT_JSON, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${UNIT_JSON}`,
  ]);
  const report = readJson(UNIT_JSON) as
    | {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      }
    | undefined;
  if (!report) {
    total.failed += 1;
    lines.push('FAIL unit tests (no report)');
    return;
  }
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  total.passed += report.numPassedTests;
  total.failed += failed;
  total.skipped += report.numPendingTests + report.numTodoTests;
  lines.push(
    `${failed ? 'FAIL' : 'ok  '} unit tests: ${report.numPassedTests} passed, ${failed} failed`,
  );
}

function e2e(): void {
  rmSync(E2E_JSON, { force: true });
  if (!run('npx', ['tsx', 'scripts/ensure-chromium.ts'])) {
    total.failed += 1;
    lines.push('FAIL browser tests: no system Chromium');
    return;
  }
  const ok = run('npx', ['playwright', 'test'], { PW_JSON: E2E_JSON });
  const report = readJson(E2E_JSON) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (!report) {
    total.failed += 1;
    lines.push('FAIL browser tests (no report)');
    return;
  }
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failed = unexpected + flaky + (ok || unexpected > 0 ? 0 : 1);
  total.passed += expected;
  total.failed += failed;
  total.skipped += skipped;
  lines.push(`${failed ? 'FAIL' : 'ok  '} browser tests: ${expected} passed, ${failed} failed`);
}

check('data matches seeds (npm run data:check)', 'npm', ['run', '-s', 'data:check']);
check('types (npm run check)', 'npm', ['run', '-s', 'check']);
check('lint (npm run lint)', 'npm', ['run', '-s', 'lint']);
check('byte budgets (npm run budget)', 'npm', ['run', '-s', 'budget']);
unit();
e2e();

console.log('\n' + lines.join('\n'));
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`summary: ${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 ? 1 : 0);
