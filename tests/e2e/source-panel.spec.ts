import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { openDashboard } from './support/dashboard';

const FIGURE_ID = '000-1968';
const figure = Papa.parse<Record<string, string>>(readFileSync('data/figures.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.find((row) => row.figure_id === FIGURE_ID)!;
const source = Papa.parse<Record<string, string>>(readFileSync('data/sources.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.find((row) => row.source_id === figure.source_id)!;

test('a figure opens its article with the exact quote highlighted, as text', async ({ page }) => {
  await openDashboard(page);
  await page
    .locator(`[data-chart="targets"] [data-figure-id="${FIGURE_ID}"]`)
    .getByRole('button', { name: '出处' })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`quote=${figure.source_id}%3A${figure.start}-${figure.end}`),
  );
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(source.title!);
  await expect(panel).toContainText(source.outlet!);
  const mark = panel.locator('mark');
  await expect(mark).toHaveText(figure.quote!);
  // The article is text: the highlight holds no markup of its own.
  expect(await mark.evaluate((el) => el.children.length)).toBe(0);
  await expect(mark).toBeInViewport();

  // The open quote survives a reload, and Escape closes it.
  await page.reload();
  await expect(page.getByRole('dialog').locator('mark')).toHaveText(figure.quote!);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/quote=/);
});

test('a statement in the pledge reader opens its sentence in the article', async ({ page }) => {
  await openDashboard(page, '?district=500102');
  const pledge = page.locator('[data-chart="pledges"] article[data-pledge-id]').first();
  // The statement as the data holds it (textContent does not depend on layout).
  const quote = (await pledge.locator('blockquote').textContent()) ?? '';
  expect(quote.trim()).not.toBe('');
  await pledge.getByRole('button', { name: '查看原文' }).click();
  await expect(page.getByRole('dialog').locator('mark')).toHaveText(quote.trim());
});
