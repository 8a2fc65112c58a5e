import { expect, test } from '@playwright/test';
import { mapDistrict, openDashboard, rankingBar, timelineItem } from './support/dashboard';

test('a shared link opens exactly the view it describes', async ({ page }) => {
  await openDashboard(
    page,
    '?district=500102&session=plenary-6-5&metric=targets&lang=en&view=table',
  );
  // The headline states the selected session's finding (src/lib/headline.ts).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^After the 5th plenary, /);
  await expect(timelineItem(page, 'plenary-6-5')).toHaveAttribute('aria-selected', 'true');
  await expect(mapDistrict(page, '500102')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Numeric targets', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Tables instead of charts.
  await expect(page.locator('[data-chart="ranking"] table')).toBeVisible();
  await expect(page.locator('[data-chart="pledges"] h3')).toHaveText('Fuling');
});

test('clicking writes the view into the URL', async ({ page }) => {
  await openDashboard(page);
  await rankingBar(page, '500102').click();
  await expect(page).toHaveURL(/\?district=500102$/);
  await timelineItem(page, 'plenary-6-2').click();
  await expect(page).toHaveURL(/\?district=500102&session=plenary-6-2$/);
  await page.getByRole('button', { name: '量化目标数' }).click();
  await expect(page).toHaveURL(/metric=targets/);
});

test('back and forward step through selections', async ({ page }) => {
  await openDashboard(page);
  await rankingBar(page, '500102').click();
  await timelineItem(page, 'plenary-6-5').click();
  await expect(page).toHaveURL(/session=plenary-6-5/);
  await page.goBack();
  await expect(page).not.toHaveURL(/session=/);
  await expect(timelineItem(page, 'plenary-6-5')).toHaveAttribute('aria-selected', 'false');
  await expect(rankingBar(page, '500102')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(rankingBar(page, '500102')).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await page.goForward();
  await expect(timelineItem(page, 'plenary-6-5')).toHaveAttribute('aria-selected', 'true');
});

test('unknown or invalid values fall back to the default view without an error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDashboard(
    page,
    '?district=999999&session=plenary-9-9&metric=gdp&lang=fr&view=%3Cscript%3E&slide=-4',
  );
  await expect(page.getByText('中共重庆市委全会', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^历次全会后，/);
  await expect(page.getByRole('button', { name: '表态条数' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('[data-chart="ranking"] ol')).toBeVisible();
  await expect(page).not.toHaveURL(/district=|session=/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
