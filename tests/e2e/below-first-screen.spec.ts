import { expect, test, type Page } from '@playwright/test';
import { mapDistrict, openDashboard, rankingBar } from './support/dashboard';

/**
 * The views under the dashboard's first screen cost nothing until the reader comes near them
 * (issue 15): no code, no data file, no DOM. Scrolled to, each draws the current selection; the
 * keyboard reaches every view in order.
 */

const BELOW_CODE = /(PledgeReader|TargetsChart|SisterCitiesChart|LoansChart|Timeline)-[\w-]+\.js$/;
const BELOW_DATA = /data\/(goals|sister_cities|sister_city_totals|loans|loan_coverage)\.csv$/;

test.use({ viewport: { width: 1280, height: 800 } });

async function openFirstScreen(page: Page, query = ''): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(`./${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('cq:dashboard-ready').length > 0);
  await page.waitForLoadState('networkidle');
  return urls;
}

test('the first screen fetches none of the views under it, and draws none of them', async ({
  page,
}) => {
  const urls = await openFirstScreen(page);
  expect(urls.filter((u) => BELOW_CODE.test(u))).toEqual([]);
  expect(urls.filter((u) => BELOW_DATA.test(u))).toEqual([]);
  await expect(page.locator('[data-later]')).toHaveCount(5);
  await expect(page.locator('[data-chart="targets"], section.timeline')).toHaveCount(0);
  // Their titles are there already: a screen reader's list of headings names every view.
  for (const title of [
    '区县表态',
    '量化目标',
    '六届市委全会时间轴',
    '重庆国际友好城市',
    '“富民贷”',
  ])
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toHaveCount(1);
  // The map and the ranking are complete.
  await expect(page.locator('[data-chart="ranking"] button[data-code]').first()).toBeVisible();
});

test('a view scrolled to is drawn with the selection made before it existed', async ({ page }) => {
  const urls = await openFirstScreen(page);
  await mapDistrict(page, '500101').click();
  await expect(page).toHaveURL(/district=500101/);
  await page.locator('[data-later="pledges"]').scrollIntoViewIfNeeded();
  const reader = page.locator('[data-chart="pledges"]');
  await expect(reader).toBeInViewport();
  await expect(reader).toContainText('万州区');
  expect(urls.some((u) => /PledgeReader-[\w-]+\.js$/.test(u))).toBe(true);
  // Down to the loans, as a reader scrolls: the views drawn on the way push it further down.
  await page.waitForFunction(() => {
    const drawn = document.querySelector('[data-chart="loans"]');
    (drawn ?? document.querySelector('[data-later="loans"]'))?.scrollIntoView();
    return drawn !== null;
  });
  const loans = page.locator('[data-chart="loans"]');
  await loans.scrollIntoViewIfNeeded();
  await expect(loans).toBeInViewport();
  await expect(loans).not.toContainText('正在加载');
  expect(urls.some((u) => u.endsWith('data/loans.csv'))).toBe(true);
});

test('the keyboard reaches every view: the first Tab draws them all, in order', async ({
  page,
}) => {
  await openFirstScreen(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-later]')).toHaveCount(0);
  await expect(page.locator('section.timeline')).toHaveCount(1);
  await expect(page.locator('[data-chart="sister-cities"]')).not.toContainText('正在加载');
});

test('a metric whose file the first screen did not fetch loads it when picked', async ({
  page,
}) => {
  const urls = await openFirstScreen(page);
  expect(urls.some((u) => u.endsWith('data/loan_coverage.csv'))).toBe(false);
  await page.getByRole('button', { name: '“富民贷”覆盖' }).click();
  await expect(page).toHaveURL(/metric=loans/);
  // 秀山 had the first loan (data/loan_coverage.csv): coloured once the file is in.
  await expect(mapDistrict(page, '500241')).not.toHaveAttribute('data-class', '');
  expect(urls.some((u) => u.endsWith('data/loan_coverage.csv'))).toBe(true);
});

test.describe('a view below follows the pointer only while in sight', () => {
  // 璧山 (500120) made statements and set numeric targets, listed in the targets view under the first screen.
  const BISHAN = '500120';
  const hotTargets = (page: Page) =>
    page.locator(`[data-chart="targets"] li.hovered[data-figure-id]`);

  test('in sight: hovering its ranking bar highlights its targets', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 2400 });
    await openDashboard(page);
    await expect(page.locator('[data-chart="targets"]')).toBeInViewport();
    await rankingBar(page, BISHAN).hover();
    await expect(hotTargets(page).first()).toBeVisible();
  });

  test('out of sight: the same hover leaves it alone', async ({ page }) => {
    await openDashboard(page);
    await expect(page.locator('[data-chart="targets"]')).not.toBeInViewport();
    await rankingBar(page, BISHAN).hover();
    await expect(rankingBar(page, BISHAN)).toHaveClass(/hovered/);
    await expect(hotTargets(page)).toHaveCount(0);
  });
});

test('each mode fetches its own app only: an embed, a deck and the dashboard none of the others', async ({
  page,
}) => {
  const apps = /\/(App|EmbedApp|PresentApp|DeskApp)-[\w-]+\.(js|css)$/;
  for (const [query, own] of [
    ['?mode=embed&chart=map', 'EmbedApp'],
    ['?mode=present', 'PresentApp'],
    ['', 'App'],
  ] as const) {
    const loaded: string[] = [];
    const listen = (r: { url(): string }) => loaded.push(new URL(r.url()).pathname);
    page.on('response', listen);
    await page.goto(`./${query}`);
    await page.waitForLoadState('networkidle');
    page.off('response', listen);
    const names = loaded.map((p) => apps.exec(p)?.[1]).filter(Boolean);
    expect(names.length, query).toBeGreaterThan(0);
    expect(new Set(names), query).toEqual(new Set([own]));
  }
});
