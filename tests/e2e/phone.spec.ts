import { expect, test, type Page } from '@playwright/test';
import { openDashboard } from './support/dashboard';

/**
 * A phone (390×844, touch): nothing runs off the side of the page, no label is cut off, the
 * timeline shows every session without scrolling sideways, and a tapped district's tooltip stays
 * on the screen and off the inset map.
 */

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Labels cut off: text wider than a box that hides overflow, or SVG text outside its SVG. */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const hiddenOnPurpose = (el: Element) =>
      el.closest('[aria-hidden="true"], .visually-hidden, [role="tooltip"]') !== null ||
      getComputedStyle(el).clipPath.startsWith('inset(50%');
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el instanceof SVGElement || !el.textContent?.trim()) continue;
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden' || hiddenOnPurpose(el)) continue;
      const cuts = [s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip');
      if ((cuts || s.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`,
        );
    }
    for (const text of document.querySelectorAll('svg text')) {
      const svg = (text as SVGTextElement).ownerSVGElement;
      if (!svg || !text.textContent?.trim() || hiddenOnPurpose(text)) continue;
      if (getComputedStyle(svg).overflow === 'visible') continue;
      const t = text.getBoundingClientRect();
      const b = svg.getBoundingClientRect();
      if (t.width === 0) continue;
      if (
        t.left < b.left - 1 ||
        t.right > b.right + 1 ||
        t.top < b.top - 1 ||
        t.bottom > b.bottom + 1
      )
        out.push(`svg text: ${text.textContent.trim().slice(0, 40)}`);
    }
    return out;
  });
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const lang of ['zh', 'en'] as const) {
  test(`no horizontal overflow and no label cut off at 390×844 (${lang})`, async ({ page }) => {
    await openDashboard(page, lang === 'en' ? '?lang=en&district=500102' : '?district=500102');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await clippedLabels(page)).toEqual([]);
  });
}

test('embeds at 375 px neither overflow nor cut labels', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const chart of ['map', 'timeline', 'sister-cities', 'loans', 'pledges', 'ranking']) {
    await page.goto(`./?mode=embed&chart=${chart}&lang=en`);
    await page.waitForLoadState('networkidle');
    expect(await overflow(page), chart).toBeLessThanOrEqual(0);
    expect(await clippedLabels(page), chart).toEqual([]);
  }
});

test('the timeline shows every session on a phone, without scrolling sideways', async ({
  page,
}) => {
  await openDashboard(page);
  const scroller = page.locator('section.timeline .scroller');
  const box = (await scroller.boundingBox())!;
  const sessions = page.locator(
    'section.timeline [role="option"][data-kind="plenary"], section.timeline [role="option"][data-kind="congress"]',
  );
  expect(await sessions.count()).toBeGreaterThanOrEqual(8);
  for (const item of await sessions.all()) {
    const label = (await item.locator('.label').boundingBox())!;
    const name = await item.getAttribute('data-event-id');
    expect(label.x, name!).toBeGreaterThanOrEqual(box.x - 1);
    expect(label.x + label.width, name!).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
});

test('a tapped district’s tooltip stays on the screen and off the inset', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const frame = page.locator('[data-testid="district-map"]');
  const inset = (await frame.locator('.inset-slot').boundingBox())!;
  // Districts at the east edge and near the bottom of the main map: the worst places for a card.
  for (const code of ['500238', '500243', '500110']) {
    const shape = frame.locator(`svg.main path[data-code="${code}"]`);
    await shape.scrollIntoViewIfNeeded();
    const b = (await shape.boundingBox())!;
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    await shape.hover({ position: { x: b.width / 2, y: b.height / 2 } });
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    const t = (await tip.boundingBox())!;
    const insetNow = (await frame.locator('.inset-slot').boundingBox())!;
    expect(t.x, code).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width, code).toBeLessThanOrEqual(390);
    const overlapsInset =
      t.x < insetNow.x + insetNow.width &&
      t.x + t.width > insetNow.x &&
      t.y < insetNow.y + insetNow.height &&
      t.y + t.height > insetNow.y;
    expect(overlapsInset, `${code} tooltip covers the inset`).toBe(false);
  }
  expect(inset.width).toBeGreaterThan(0);
});
