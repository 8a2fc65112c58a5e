import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDashboard } from './support/dashboard';

/**
 * The first screen leads with the finding and the map: at 1280×800 the top of the map lies within
 * the first 800 px with at least half of it on screen, the ranking shows beside it, the headline
 * states what the data shows (and follows the session picked in the strip), and the detailed
 * timeline is further down. On a phone the map comes first, at full width.
 */

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element is laid out').not.toBeNull();
  return b!;
}

const mainMap = (page: Page) => page.locator('[data-testid="district-map"] svg.main');

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the map and the ranking are on the first screen, under a headline that states the finding', async ({
    page,
  }) => {
    await openDashboard(page);
    const map = await box(mainMap(page));
    expect(map.y).toBeLessThan(800);
    const onScreen = Math.min(800, map.y + map.height) - Math.max(0, map.y);
    expect(onScreen / map.height).toBeGreaterThanOrEqual(0.5);
    const ranking = await box(page.locator('#ranking-title'));
    expect(ranking.y + ranking.height).toBeLessThan(800);
    await expect(page.locator('[data-chart="ranking"] button[data-code]').first()).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^历次全会后，38个区县中\d+个作出表态/,
    );
    // The session strip is on the first screen; the detailed timeline is below the map.
    const strip = await box(page.getByRole('group', { name: '选择会议' }));
    expect(strip.y + strip.height).toBeLessThan(map.y);
    const timeline = await box(page.locator('section.timeline'));
    expect(timeline.y).toBeGreaterThan(map.y + map.height);
    await page.screenshot({ path: 'tests/screenshots/first-screen-1280.png' });
  });

  test('the session strip picks a session, and the headline follows', async ({ page }) => {
    await openDashboard(page);
    const strip = page.getByRole('group', { name: '选择会议' });
    await strip.getByRole('button', { name: '五次全会' }).click();
    await expect(page).toHaveURL(/session=plenary-6-5/);
    await expect(strip.getByRole('button', { name: '五次全会' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The count the ranking shows for this session is the headline's.
    const districts = await page
      .locator('[data-chart="ranking"] button[data-code] .value')
      .evaluateAll((els) => els.filter((e) => !/^0\s/.test(e.textContent ?? '')).length);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^五次全会后，38个区县中${districts}个作出表态`),
    );
    await strip.getByRole('button', { name: '全部会议' }).click();
    await expect(page).not.toHaveURL(/session=/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map comes first, at full width, within the first screen', async ({ page }) => {
    await openDashboard(page);
    const map = await box(mainMap(page));
    expect(map.y).toBeLessThan(844);
    expect(map.width).toBeGreaterThanOrEqual(390 - 2 * 24);
    // No view is drawn above the map; the display settings wait at the end.
    const firstView = await page
      .locator('main section, main figure')
      .first()
      .evaluate((el) => el.closest('.map-panel') !== null);
    expect(firstView).toBe(true);
    const settings = await box(page.getByRole('navigation', { name: '显示设置' }));
    expect(settings.y).toBeGreaterThan(map.y + map.height);
    await page.screenshot({ path: 'tests/screenshots/first-screen-390.png' });
  });
});
