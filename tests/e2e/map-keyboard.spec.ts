import { expect, test, type Page } from '@playwright/test';

const map = (page: Page) => page.getByTestId('district-map');
const focusedCode = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? null);

/** Tabs from the search box until focus lands on a district of the map. */
async function tabIntoMap(page: Page) {
  await page.getByLabel('查找区县').focus();
  for (let i = 0; i < 5 && !(await focusedCode(page)); i++) await page.keyboard.press('Tab');
  expect(await focusedCode(page)).not.toBeNull();
}

test('keyboard only: tab in, move with arrows, select with Enter, clear with Escape', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await tabIntoMap(page);
  const start = (await focusedCode(page))!;
  const tooltip = map(page).getByRole('tooltip');
  const live = map(page).locator('..').locator('[aria-live="polite"]').last();
  await expect(tooltip).toBeVisible();

  // From 万州 (the first district) up leads to 开州.
  expect(start).toBe('500101');
  await expect(tooltip).toContainText('万州区');
  await page.keyboard.press('ArrowUp');
  expect(await focusedCode(page)).toBe('500154');
  await expect(tooltip).toContainText('开州区');
  await expect(tooltip).toContainText('Kaizhou');
  await expect(page.locator('[aria-live="polite"]', { hasText: '开州区' })).toHaveCount(1);

  await page.keyboard.press('Enter');
  const kaizhou = map(page).locator('svg.main [data-code="500154"]');
  await expect(kaizhou).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/500154/);

  await page.keyboard.press('Escape');
  await expect(kaizhou).toHaveAttribute('aria-pressed', 'false');
  expect(live).toBeDefined();

  // Only one district is a tab stop: Tab leaves the map.
  await page.keyboard.press('Tab');
  expect(await focusedCode(page)).toBeNull();
});

test('focusing each district shows its name', async ({ page }) => {
  await page.goto('./');
  const tooltip = map(page).getByRole('tooltip');
  // The dashboard loads lazily: wait for the shapes before reading them once.
  await expect(map(page).locator('svg.main [data-code]')).toHaveCount(38);
  const codes = await map(page)
    .locator('svg.main [data-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
  expect(codes).toHaveLength(38);
  for (const code of codes) {
    const shape = map(page).locator(`svg.main [data-code="${code}"]`);
    await shape.focus();
    const label = (await shape.getAttribute('aria-label'))!;
    const nameZh = label.split('（')[0]!;
    await expect(tooltip).toContainText(nameZh);
  }
});

test('the tile grid shows every district as an equal square, reachable by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await map(page).locator('..').getByRole('button', { name: '方格图' }).click();
  const tiles = map(page).locator('.tiles [data-code]');
  await expect(tiles).toHaveCount(38);
  const sizes = await tiles.evaluateAll((els) =>
    els.map((e) => Math.round(e.getBoundingClientRect().width)),
  );
  expect(new Set(sizes).size).toBe(1);
  expect(sizes[0]).toBeGreaterThanOrEqual(24);
  await tabIntoMap(page);
  const first = await focusedCode(page);
  await page.keyboard.press('ArrowRight');
  expect(await focusedCode(page)).not.toBe(first);
  await page.keyboard.press('Enter');
  await expect(
    map(page).locator(`.tiles [data-code="${await focusedCode(page)}"]`),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.map-panel').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: 'tests/screenshots/map-tiles-1280x720.png' });
});

test('a mouse click selects without a keyboard focus ring; arrows from there show it', async ({
  page,
}) => {
  await page.goto('./');
  await page.waitForFunction(() => performance.getEntriesByName('cq:map-coloured').length > 0);
  const outline = (kind: string) => map(page).locator(`svg.main path.outline.${kind}`);
  await map(page).locator('svg.main path[data-code="500102"]').click();
  await expect(outline('selected')).toHaveCount(1);
  await expect(outline('focused')).toHaveCount(0);
  // The keyboard takes over where the pointer left focus.
  await page.keyboard.press('ArrowLeft');
  await expect(outline('focused')).toHaveCount(1);
  expect(await focusedCode(page)).not.toBe('500102');
});
