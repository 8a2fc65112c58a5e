import { expect, test } from '@playwright/test';
import { SCHEMAS } from '../../src/lib/schema';
import { openDashboard, timelineItem } from './support/dashboard';

test('a CSV with a wrong header is named in the page and the rest still works', async ({
  page,
}) => {
  await page.route('**/data/pledges.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: 'pledge_id,event_id\n1,plenary-6-5\n' }),
  );
  await openDashboard(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/pledges.csv, line 1: missing column(s)');
  // Other views keep working.
  await expect(timelineItem(page, 'plenary-6-5')).toBeVisible();
  await expect(page.locator('[data-chart="sister-cities"] svg')).toBeVisible();
  await expect(page.locator('[data-chart="pledges"]')).toContainText('data/pledges.csv');
});

test('a malformed row is named by file and line, not a blank page', async ({ page }) => {
  const { columns } = SCHEMAS.figures;
  const good: Record<string, string> = {
    ...{ figure_id: 'f1', subject_code: '500000', subject_zh: '重庆市', indicator_zh: 'x' },
    ...{ value: '1', unit: '个', kind: 'target', period: '2027', quote: 'ok' },
    ...{ start: '0', end: '1', source_id: '000' },
  };
  const line2 = columns.map((c) => good[c] ?? '').join(',');
  // Line 3 opens a quote it never closes.
  const body = `${columns.join(',')}\n${line2}\nf2,500000,"重庆市,x,1\n`;
  await page.route('**/data/figures.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body }),
  );
  await openDashboard(page);
  await expect(page.getByRole('alert')).toContainText('data/figures.csv, line 3');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-chart="ranking"]')).toBeVisible();
});

test('a missing file is named too', async ({ page }) => {
  await page.route('**/data/loans.csv', (route) => route.fulfill({ status: 404, body: '' }));
  await openDashboard(page);
  await expect(page.getByRole('alert')).toContainText('data/loans.csv: HTTP 404');
  await expect(page.locator('[data-chart="targets"]')).toBeVisible();
});
