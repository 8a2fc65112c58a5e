/**
 * The map draws the boundaries in force: the 38 units of 2016–2025 or the 37 from 2025-11-06
 * (两江新区 instead of 江北区 and 渝北区), picked in the URL or the switch, else by the date of the
 * selected session or of the newest article. The second vintage's geometry is fetched only when
 * shown; no text on a 37-unit page says 38.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { openDashboard } from './support/dashboard';

const mainShapes = (page: Page) => page.locator('section.map-panel svg.main path[data-code]');
const mainShape = (page: Page, code: string) =>
  page.locator(`section.map-panel svg.main path[data-code="${code}"]`);
const drawing2025 = (url: string) => /chongqing-2025\.drawing/.test(url);

async function codes(page: Page): Promise<string[]> {
  return mainShapes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
}

/** The page's visible and accessible text: what a reader or a screen reader meets. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title]')].map(
      (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
    );
    return `${document.title}\n${document.body.innerText}\n${labels.join('\n')}`;
  });
}

/** Every "38" standing alone in the text, with the words around it (for the failure message). */
function thirtyEights(text: string): string[] {
  return [...text.matchAll(/(?<![\d.])38(?![\d.])/g)].map((m) =>
    text.slice(Math.max(0, m.index - 30), m.index + 32).replace(/\s+/g, ' '),
  );
}

/** Serves data/ with one more row appended to a file (a session or article after 2025-11-06). */
async function withExtraRow(page: Page, file: string, row: string): Promise<void> {
  await page.route(`**/data/${file}`, async (route: Route) => {
    const response = await route.fetch().catch(() => null);
    const text = await response?.text().catch(() => null);
    // A navigation away can cancel the request under way: nothing left to answer.
    if (!response || text == null) return;
    await route.fulfill({ response, body: text.replace(/\n?$/, `\n${row}\n`) }).catch(() => {});
  });
}

test('?boundaries=2016 draws the 38 units with 江北区 and 渝北区', async ({ page }) => {
  await openDashboard(page, '?boundaries=2016');
  const drawn = await codes(page);
  expect(drawn).toHaveLength(38);
  expect(drawn).toEqual(expect.arrayContaining(['500105', '500112']));
  expect(drawn).not.toContain('x-liangjiang');
  await expect(
    page.getByTestId('boundaries-switch').locator('[data-vintage="2016"]'),
  ).toHaveAttribute('aria-pressed', 'true');
  // The headline counts out of the units drawn.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('38个区县');
});

test('?boundaries=2025 draws 37 units, names 两江新区, and no text on the page says 38', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await openDashboard(page, '?boundaries=2025');
  await expect(mainShapes(page)).toHaveCount(37);
  const drawn = await codes(page);
  expect(drawn).toContain('x-liangjiang');
  expect(drawn).not.toContain('500105');
  expect(drawn).not.toContain('500112');
  expect(fetched.some(drawing2025)).toBe(true);
  await expect(mainShape(page, 'x-liangjiang')).toHaveAttribute('aria-label', /两江新区/);
  await expect(page.locator('.map-panel .footnote')).toContainText('边界示意，五镇划转未绘出');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('37个区县');
  // The tile grid has a 37-unit layout too.
  await page.getByRole('button', { name: '方格图' }).click();
  await expect(page.locator('section.map-panel [data-code]')).toHaveCount(37);
  const text = await pageText(page);
  expect(text).toContain('两江新区');
  expect(thirtyEights(text)).toEqual([]);
});

test('the English page on the 2025 boundaries says 37 and never 38 either', async ({ page }) => {
  await openDashboard(page, '?boundaries=2025&lang=en');
  await expect(mainShapes(page)).toHaveCount(37);
  await expect(page.locator('.map-panel .footnote')).toContainText(
    'approximate: the transfer of five towns each way is not drawn'.replace(/^a/, 'A'),
  );
  const text = await pageText(page);
  expect(text).toContain('Liangjiang New Area');
  expect(text).toContain('37 districts and counties');
  expect(thirtyEights(text)).toEqual([]);
});

test('the default follows the dates: 2016 boundaries for the seeds, not fetching 2025', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  // The newest article is of 2024, the sessions are before 2025-11-06.
  await openDashboard(page, '?session=plenary-6-5');
  await expect(mainShapes(page)).toHaveCount(38);
  await openDashboard(page);
  await expect(mainShapes(page)).toHaveCount(38);
  expect(fetched.some(drawing2025)).toBe(false);
});

test('a session dated after 2025-11-06 is drawn on the 37 units of its date', async ({ page }) => {
  await withExtraRow(
    page,
    'sessions.csv',
    'plenary-6-9,2026-01-28,2026-01-29,day,plenary,市委六届九次全会,9th plenary session,,https://example.invalid/,,,,reference,,,,,',
  );
  await openDashboard(page, '?session=plenary-6-9');
  await expect(mainShapes(page)).toHaveCount(37);
  // The same page with an older session selected goes back to its own boundaries.
  await page.goto('./?session=plenary-6-5');
  await expect(mainShapes(page)).toHaveCount(38);
});

test('with no session, the newest article’s date decides (an article of 2026 → 37 units)', async ({
  page,
}) => {
  await withExtraRow(
    page,
    'sources.csv',
    '009,009.txt,,2026-03-10,day,两江新区开局之年,重庆日报,,manifest,',
  );
  await openDashboard(page);
  await expect(mainShapes(page)).toHaveCount(37);
  // The switch overrides the dates and writes the URL.
  await page.getByTestId('boundaries-switch').locator('[data-vintage="2016"]').click();
  await expect(mainShapes(page)).toHaveCount(38);
  await expect(page).toHaveURL(/boundaries=2016/);
});

test('district=500105 on the 2025 boundaries highlights 两江新区 and says why', async ({
  page,
}) => {
  await openDashboard(page, '?boundaries=2025&district=500105');
  await expect(mainShape(page, 'x-liangjiang')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.map-panel .crossing')).toContainText(
    '江北区已于2025年11月6日撤销，并入两江新区',
  );
  // Counts of the former districts are added up, and the legend says so.
  await expect(mainShape(page, 'x-liangjiang')).toHaveAttribute(
    'aria-label',
    /原江北区、渝北区相加/,
  );
});

test('the map embed on the 2025 boundaries fetches their drawing and titles itself by 37', async ({
  page,
}) => {
  await page.goto('./?mode=embed&chart=map&boundaries=2025');
  await expect(page.locator('.embed h1')).toHaveText('重庆37个区县');
  await expect(page.locator('.embed svg.main path[data-code]')).toHaveCount(37);
});

test('slides count and draw the boundaries picked', async ({ page }) => {
  await page.goto('./?mode=present&slide=1&boundaries=2025');
  await expect(page.locator('.present-screen')).toContainText('37个区县');
  await page.goto('./?mode=present&slide=1');
  await expect(page.locator('.present-screen')).toContainText('38个区县');
});

for (const [vintage, lang] of [
  ['2016', 'zh'],
  ['2016', 'en'],
  ['2025', 'zh'],
  ['2025', 'en'],
] as const) {
  test(`screenshot: the map on the ${vintage} boundaries (${lang})`, async ({ page }) => {
    await openDashboard(page, `?boundaries=${vintage}&lang=${lang}&district=500105`);
    await page.locator('section.map-panel').screenshot({
      path: `tests/screenshots/map-boundaries-${vintage}-${lang}.png`,
    });
  });
}
