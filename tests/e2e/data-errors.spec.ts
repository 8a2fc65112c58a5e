import { expect, test } from '@playwright/test';
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
  const header =
    'figure_id,subject_code,subject_zh,indicator_zh,value,unit,qualifier,kind,period,pledge_id,quote,start,end,source_id';
  const body = `${header}\nf1,500000,重庆市,x,1,个,,target,2027,,ok,0,1,000\nf2,500000,"重庆市,x,1\n`;
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
