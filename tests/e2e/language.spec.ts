import { expect, test } from '@playwright/test';
import { openDashboard, rankingBar } from './support/dashboard';

test('the language switch turns every label, name and number into English and back', async ({
  page,
}) => {
  await openDashboard(page, '?district=500102');
  const target = page.locator('[data-figure-id="000-1968"]').first();
  await expect(target).toContainText('突破4000亿元');
  await expect(rankingBar(page, '500102')).toContainText('涪陵区');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByText('Plenary Sessions of the CPC Chongqing Municipal Committee', { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^After the plenary sessions, \d+ of the 38 districts and counties made statements/,
  );
  await expect(page.getByRole('heading', { name: 'The 6th committee’s sessions' })).toBeVisible();
  await expect(rankingBar(page, '500102')).toContainText('Fuling');
  await expect(target).toContainText('over 400 billion yuan');
  // What the target measures: the reviewed English from data/glossary.csv, marked as English.
  await expect(target).toContainText('industrial output');
  await expect(target.locator('[lang="en"]', { hasText: 'industrial output' })).toHaveCount(1);
  await expect(target).not.toContainText('工业产值');
  // A company's name, from the same glossary (districts have theirs in districts.csv).
  await expect(page.locator('[data-chart="targets"]')).toContainText('Mashang Consumer Finance');
  await expect(page.locator('[data-chart="targets"] [data-figure-id="000-1968"]')).toContainText(
    'Fuling',
  );
  await expect(page.locator('[data-chart="sister-cities"]')).toContainText(
    'Friendly-exchange cities',
  );

  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(target).toContainText('突破4000亿元');
  await expect(target).toContainText('工业产值');
});

test('the theme can be forced light or dark over the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDashboard(page);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: '深色' }).click();
  await expect(page).toHaveURL(/theme=dark/);
  await expect.poll(background).not.toBe(light);
  await page.getByRole('button', { name: '跟随系统' }).click();
  await expect.poll(background).toBe(light);
});
