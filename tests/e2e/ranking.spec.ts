/**
 * The ranking: no bars at zero (districts not reported are listed apart, collapsed), full names
 * of autonomous counties, and tied districts share a rank in the table.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDataset } from '../../src/lib/load';
import { openDashboard } from './support/dashboard';
import { statementRows } from './support/statements';

const districts = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
// One row per statement (a statement printed in passages counts once).
const pledges = statementRows();

test('tied districts share a rank in the table, and the next rank skips', async ({ page }) => {
  await openDashboard(page, '?view=table');
  const counts = new Map<string, number>();
  for (const p of pledges)
    if (districts.some((d) => d.code === p.district_code))
      counts.set(p.district_code, (counts.get(p.district_code) ?? 0) + 1);
  const expected = [...counts.values()]
    .sort((a, b) => b - a)
    .map((n) => String(1 + [...counts.values()].filter((m) => m > n).length));
  const rows = page.locator('[data-chart="ranking"] tbody:not(.apart) tr');
  const ranks = await rows.evaluateAll((els) =>
    els.map((e) => e.querySelector('td')!.textContent!.trim()),
  );
  expect(ranks).toEqual(expected);
  expect(new Set(ranks).size).toBeLessThan(ranks.length);
  // Not reported: after the ranked rows, without a rank.
  await expect(page.locator('[data-chart="ranking"] tbody.apart tr').first()).toContainText(
    '未见报道',
  );
});

test('autonomous counties keep their full names in the ranking', async ({ page }) => {
  const long = districts.filter((d) => d.kind === 'autonomous_county');
  expect(long.length).toBeGreaterThan(0);
  // Give each autonomous county a statement (an invented one) so it has a bar of its own.
  const csv = readFileSync('data/pledges.csv', 'utf8').replace(/\n?$/, '\n');
  const header = csv
    .replace(/^\uFEFF/, '')
    .split('\n')[0]!
    .split(',');
  const extra = long
    .map((d, i) =>
      header
        .map((c) =>
          c === 'pledge_id'
            ? `test-${i}`
            : c === 'district_code'
              ? d.code
              : c === 'quote'
                ? '表示'
                : '',
        )
        .join(','),
    )
    .join('\n');
  await page.route('**/data/pledges.csv', (route) =>
    route.fulfill({ body: `${csv}${extra}\n`, contentType: 'text/csv; charset=utf-8' }),
  );
  await openDashboard(page);
  for (const d of long) {
    const name = page.locator(`[data-chart="ranking"] ol.bars button[data-code="${d.code}"] .name`);
    await expect(name).toHaveText(d.name_zh);
    const cut = await name.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
    expect(cut, d.name_zh).toBe(false);
  }
  await page.locator('[data-chart="ranking"]').screenshot({
    path: 'tests/screenshots/ranking-full-names.png',
  });
});
