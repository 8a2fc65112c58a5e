import { expect, test } from '@playwright/test';
import { showEveryView } from './support/dashboard';

// The dashboard at a phone, a laptop and a large desktop, for a person to look at.
const SIZES = [
  { name: '390', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

for (const size of SIZES) {
  test(`the dashboard lays out at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?district=500101&session=plenary-6-5');
    await page.waitForFunction(() => performance.getEntriesByName('cq:dashboard-ready').length > 0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Nothing is wider than the screen: the page never scrolls sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The views under the first screen are drawn as the reader scrolls down to them; then a
    // full-page screenshot holds them all: text that is not rendered has no innerText.
    await showEveryView(page);
    const views = page.locator('[data-chart]');
    expect(await views.count()).toBeGreaterThanOrEqual(5);
    for (const text of await views.allInnerTexts()) expect(text.trim()).not.toBe('');
    await page.screenshot({
      path: `tests/screenshots/dashboard-${size.name}.png`,
      fullPage: true,
    });
  });
}

test('the dashboard in English and dark, with a source open, at 1280×800', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('./?district=500102&session=plenary-6-5&lang=en&quote=000:1868-1975');
  await page.waitForFunction(() => performance.getEntriesByName('cq:dashboard-ready').length > 0);
  await expect(page.getByRole('dialog').locator('mark')).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/dashboard-en-dark-1280.png' });
});

test('the timeline keeps the selected session in sight on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?session=plenary-6-7');
  await page.waitForFunction(() => performance.getEntriesByName('cq:dashboard-ready').length > 0);
  // The detailed timeline is below the map: scrolled to, the selected session is in sight
  // without scrolling its track sideways.
  const item = page.locator('[data-event-id="plenary-6-7"][role="option"]');
  await page.locator('[data-later="timeline"]').scrollIntoViewIfNeeded();
  await page.locator('section.timeline').scrollIntoViewIfNeeded();
  await expect(item).toBeInViewport();
  await page.screenshot({ path: 'tests/screenshots/dashboard-390-timeline.png' });
});
