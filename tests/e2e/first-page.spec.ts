import { expect, test } from '@playwright/test';
import { serveStatic } from './support/static-server';
import { watchForeignRequests } from './support/origin';

test('shows the product title in Chinese and English', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
  await page.goto('./');
  await expect(page.getByText('中共重庆市委全会', { exact: true })).toBeVisible();
  await expect(
    page.getByText('Plenary Sessions of the CPC Chongqing Municipal Committee'),
  ).toBeVisible();
  // The headline states what the data shows (src/lib/headline.ts).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /全会后，\d+个区县中\d+个作出表态/,
  );
  await page.screenshot({ path: 'tests/screenshots/first-page-1280.png', fullPage: true });
  expect(foreign).toEqual([]);
});

test('switches the interface to English', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('link', { name: '中文' })).toBeVisible();
});

test('the built site works from a sub-path of a plain static server', async ({ page }) => {
  const server = await serveStatic({ prefix: '/news/graphics/cq-plenary/' });
  try {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const foreign = watchForeignRequests(page, new URL(server.url).origin);
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/个作出表态/);
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await server.close();
  }
});
