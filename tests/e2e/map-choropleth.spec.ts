import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseDataset } from '../../src/lib/load';
import { pointInside } from './support/hit';
import { vintageUnits } from '../../src/lib/vintages';

// The units the default view draws: the 2016 boundaries the seeds' dates fall in.
const districts = vintageUnits(
  parseDataset('districts', readFileSync('data/districts.csv', 'utf8')),
  '2016',
);
const map = (page: Page) => page.getByTestId('district-map');

test.describe('district map', () => {
  test('draws all 38 districts, each with a code and an accessible name', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./');
    const shapes = map(page).locator('svg.main [data-code]');
    await expect(shapes).toHaveCount(38);
    const codes = await shapes.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes.sort()).toEqual(districts.map((d) => d.code).sort());
    for (const d of districts) {
      const shape = map(page).locator(`svg.main [data-code="${d.code}"]`);
      await expect(shape).toBeVisible();
      await expect(shape).toHaveAttribute('aria-label', new RegExp(d.name_zh));
    }
    await expect(page.getByText(/示意图，非经审核的标准地图/)).toBeVisible();
    await page.locator('.map-panel').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: 'tests/screenshots/map-1280x720.png' });
  });

  test('hovering any district shows its name in both languages', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./');
    const tooltip = map(page).getByRole('tooltip');
    for (const d of districts) {
      // Hit-test like a reader: a point inside the shape where the shape is topmost.
      const point = await pointInside(map(page).locator(`svg.main [data-code="${d.code}"]`));
      if (!point) {
        // Too small to hit on the whole-city map: the inset covers it (map-inset.spec.ts).
        expect(['500103', '500104', '500105', '500108'], d.name_zh).toContain(d.code);
        continue;
      }
      await page.mouse.move(point[0], point[1]);
      await expect(tooltip).toContainText(d.name_zh);
      await expect(tooltip).toContainText(d.name_en);
    }
  });

  test('draws missing data as missing: hatched, with a "no data" legend entry', async ({
    page,
  }) => {
    await page.route('**/data/pledges.csv', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('./?metric=statements');
    await expect(map(page).locator('svg.main [data-code].nodata')).toHaveCount(38);
    await expect(page.getByText('无数据 / no data')).toBeVisible();
    const fill = await map(page)
      .locator('svg.main [data-code="500101"]')
      .evaluate((e) => getComputedStyle(e).fill);
    expect(fill).toMatch(/^url\(/);
  });

  test('fits a phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const svg = map(page).locator('svg.main');
    await expect(svg.locator('[data-code]')).toHaveCount(38);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(300);
    await page.locator('.map-panel').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: 'tests/screenshots/map-390x844.png' });
  });
});

test.describe('district map motion and accessibility', () => {
  test('recolouring animates briefly, and not at all with reduced motion', async ({ page }) => {
    await page.goto('./');
    const shape = map(page).locator('svg.main [data-code="500101"]');
    const duration = () => shape.evaluate((e) => getComputedStyle(e).transitionDuration);
    expect(await duration()).toBe('0.24s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
  });

  test('axe finds no serious violation in the map panel, in the map and tile layouts', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(map(page).locator('svg.main [data-code]')).toHaveCount(38);
    const serious = async () =>
      (await new AxeBuilder({ page }).include('.map-panel').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.length}`);
    expect(await serious()).toEqual([]);
    await map(page).locator('..').getByRole('button', { name: '方格图' }).click();
    expect(await serious()).toEqual([]);
  });
});
