/**
 * Time axes are proportional to time on the slides as in the dashboard (slide 5 once spaced 1982,
 * 2015, Dec 2023, Apr 2024 and May 2024 evenly), and each series keeps one colour everywhere.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDataset } from '../../src/lib/load';
import { openDashboard } from './support/dashboard';

const totals = parseDataset(
  'sisterCityTotals',
  readFileSync('data/sister_city_totals.csv', 'utf8'),
);
const day = (iso: string) => {
  const [y, m = '1', d = '1'] = iso.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
};

test('slide 5 places the sister-city dates in proportion to the time between them', async ({
  page,
}) => {
  await page.goto('./?mode=present&slide=5');
  const dots = page.locator('.present-screen circle.sister[data-as-of]');
  await expect(dots).toHaveCount(totals.length);
  const xs = await dots.evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-as-of')!, e.getBoundingClientRect().x] as const),
  );
  const [first, ...rest] = xs;
  const last = xs.at(-1)!;
  const pxPerDay = (last[1] - first![1]) / (day(last[0]) - day(first![0]));
  for (const [asOf, x] of rest)
    expect(Math.abs(x - first![1] - (day(asOf) - day(first![0])) * pxPerDay), asOf).toBeLessThan(2);
  // Dec 2023 and May 2024 sit close together; 1982 and 2015 far apart.
  expect(xs[3]![1] - xs[2]![1]).toBeLessThan((xs[1]![1] - xs[0]![1]) / 20);
  await page.screenshot({ path: 'tests/screenshots/present-slide5-time-axis.png' });
});

test('sister and friendly-exchange cities keep their colours from dashboard to slides', async ({
  page,
}) => {
  await openDashboard(page, '?theme=light');
  const dashboard = await page
    .locator('[data-chart="sister-cities"] polyline.line')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).stroke));
  await page.goto('./?mode=present&slide=5');
  await expect(page.locator('.present-screen polyline.line')).toHaveCount(2);
  const slides = await page
    .locator('.present-screen polyline.line')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).stroke));
  // Sister cities first, then friendly-exchange cities, in both.
  expect(dashboard).toHaveLength(2);
  expect(slides).toEqual(dashboard);
});
