import { expect, test } from '@playwright/test';
import { mapDistrict, openDashboard, rankingBar } from './support/dashboard';

const FULING = '500102';

test('selecting a district on the map highlights it in the ranking and opens its pledges', async ({
  page,
}) => {
  await openDashboard(page);
  await mapDistrict(page, FULING).click();
  await expect(page).toHaveURL(/district=500102/);
  await expect(rankingBar(page, FULING)).toHaveAttribute('aria-pressed', 'true');
  const reader = page.locator('[data-chart="pledges"]');
  await expect(reader.getByRole('heading', { level: 3, name: '涪陵区' })).toBeVisible();
  const pledges = reader.locator('article[data-pledge-id]');
  await expect(pledges.first()).toBeVisible();
  // Figures in the statement are marked.
  await expect(pledges.first().locator('mark').first()).toBeVisible();
});

test('selecting a district in the ranking selects it on the map and in the reader', async ({
  page,
}) => {
  await openDashboard(page);
  await rankingBar(page, FULING).click();
  await expect(mapDistrict(page, FULING)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-chart="pledges"] select')).toHaveValue(FULING);
});

test('hovering a district on the map highlights its bar in the ranking', async ({ page }) => {
  await openDashboard(page);
  await mapDistrict(page, FULING).hover();
  await expect(rankingBar(page, FULING)).toHaveClass(/hovered/);
  await page.mouse.move(0, 0);
  await expect(rankingBar(page, FULING)).not.toHaveClass(/hovered/);
});

test('the municipal bodies’ statements are reachable from the pledge reader', async ({ page }) => {
  await openDashboard(page);
  const reader = page.locator('[data-chart="pledges"]');
  await reader.locator('select').selectOption({ label: '市级部门' });
  await expect(page).toHaveURL(/district=500000/);
  await expect(reader.getByRole('heading', { level: 3, name: '市级部门' })).toBeVisible();
  await expect(reader.locator('article[data-pledge-id]').first()).toBeVisible();
});
