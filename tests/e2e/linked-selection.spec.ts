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

test('selecting a district narrows the targets and statements to it, with "show all"; the page stays put', async ({
  page,
}) => {
  await openDashboard(page);
  await page.locator('section.map-panel').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await mapDistrict(page, FULING).click();
  await expect(page).toHaveURL(/district=500102/);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  // Targets: only 涪陵's, its card first, and a visible way back to all.
  const targets = page.locator('[data-chart="targets"]');
  const cards = targets.locator('li[data-figure-id]');
  await expect(cards.first()).toHaveAttribute('data-code', FULING);
  const codes = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(new Set(codes)).toEqual(new Set([FULING]));
  await targets.getByRole('button', { name: '显示全部' }).click();
  expect(await cards.count()).toBeGreaterThan(codes.length);
  await expect(cards.first()).toHaveAttribute('data-code', FULING);
  await expect(targets.getByRole('button', { name: '只看涪陵区' })).toBeVisible();
  // Statements: 涪陵's; "show all" lists everyone's with 涪陵's first.
  const reader = page.locator('[data-chart="pledges"]');
  const pledges = reader.locator('article[data-pledge-id]');
  const own = await pledges.count();
  await reader.getByTestId('pledges-show-all').click();
  expect(await pledges.count()).toBeGreaterThan(own);
  await expect(pledges.first().locator('.who')).toContainText('涪陵');
});

test('a view scrolled into sight right after a click already shows the new selection in its first frame', async ({
  page,
}) => {
  await openDashboard(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator(`[data-chart="pledges"] [data-speaker="${FULING}"]`)).toHaveCount(0);
  // The reader is below the first screen, where a click updates it one frame late.
  expect(
    await page.evaluate(
      () => document.querySelector('[data-chart="pledges"]')!.getBoundingClientRect().top,
    ),
  ).toBeGreaterThan(800);
  // Click on the map and scroll to the reader in the same task, then read the reader in the
  // next frame, before it is painted: it must already name the district.
  const shown = await page.evaluate(
    (code) =>
      new Promise<string | null>((resolve) => {
        document
          .querySelector(`section.map-panel path[data-code="${code}"]`)!
          .dispatchEvent(new MouseEvent('click', { bubbles: true }));
        document.querySelector('[data-chart="pledges"]')!.scrollIntoView();
        // A frame that does not come within 5 s fails the test with a clear value.
        setTimeout(() => resolve('no frame within 5 s'), 5000);
        requestAnimationFrame(() =>
          resolve(
            document
              .querySelector('[data-chart="pledges"] h3.speaker')!
              .getAttribute('data-speaker'),
          ),
        );
      }),
    FULING,
  );
  expect(shown).toBe(FULING);
});
