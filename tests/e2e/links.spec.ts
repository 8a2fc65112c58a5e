/**
 * Only http and https addresses become links, whatever the data say: a reference fact whose
 * source_url is `javascript:` or `data:` is shown without a link, in the dashboard (chart and
 * table view) and in the embed footers.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { showEveryView } from './support/dashboard';

const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  ' JavaScript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:window.__pwned=1',
];

/** data/sister_city_totals.csv with every reference row's source_url made hostile. */
function hostileTotals(): string {
  const text = readFileSync('data/sister_city_totals.csv', 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  let i = 0;
  const rows = parsed.data.map((r) =>
    r.source_url ? { ...r, source_url: HOSTILE_URLS[i++ % HOSTILE_URLS.length]! } : r,
  );
  expect(i).toBeGreaterThan(1);
  return Papa.unparse(rows, { columns: parsed.meta.fields });
}

async function linkProtocols(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map(
      (a) => new URL((a as HTMLAnchorElement).href).protocol,
    ),
  );
}

for (const query of ['?view=table', '?mode=embed&chart=sister-cities&view=table']) {
  test(`no link but http(s), whatever source_url holds (${query})`, async ({ page }) => {
    const body = hostileTotals();
    await page.route('**/data/sister_city_totals.csv', (route) =>
      route.fulfill({ contentType: 'text/csv; charset=utf-8', body }),
    );
    await page.goto(`./${query}`);
    await page.waitForLoadState('networkidle');
    if (!query.includes('mode=embed')) await showEveryView(page);
    await expect(page.locator('[data-chart="sister-cities"]').first()).toContainText('2023');
    const protocols = await linkProtocols(page);
    expect(protocols.length).toBeGreaterThan(0);
    expect(protocols.filter((p) => p !== 'http:' && p !== 'https:')).toEqual([]);
    expect(
      await page.evaluate(
        () => 'no script ran: ' + String((window as { __pwned?: unknown }).__pwned),
      ),
    ).toBe('no script ran: undefined');
  });
}
