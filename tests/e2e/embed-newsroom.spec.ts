import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';

/**
 * An embed a newsroom can put under its own credit: title, subtitle, the chart, then one footer
 * line naming the source articles by outlet and date, linked to the originals where known, and
 * the host's credit (credit=), which the embed dialog offers and the images and citation carry.
 * No internal file names, no instructions for controls the embed does not have, light on a
 * white page unless the URL says otherwise, and the pledges embed opens on something to read.
 */

const SOURCES = Papa.parse<Record<string, string>>(
  readFileSync('data/sources.csv', 'utf8').replace(/^\uFEFF/, ''),
  { header: true, skipEmptyLines: true },
).data;

async function open(page: Page, query: string) {
  await page.goto(`./?mode=embed&${query}`);
  await expect(page.locator('.embed h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('the footer line names source articles by outlet and date, links the originals, carries the credit and no file names', async ({
  page,
}) => {
  await open(page, 'chart=pledges&credit=Daily%20Herald%20graphics');
  const footer = page.locator('.embed footer .line');
  await expect(footer).toContainText('图表：Daily Herald graphics');
  await expect(footer).toContainText(/来源：重庆日报 \d{4}-\d{2}-\d{2}/);
  const text = (await footer.textContent())!;
  expect(text).not.toMatch(/\.csv|data\/|整理|中共重庆市委全会数据仪表盘/);
  // Every original whose address the manifest knows is linked, to that address.
  const known = SOURCES.filter((s) => s.url);
  expect(known.length).toBeGreaterThan(0);
  for (const s of known) {
    if (!text.includes(s.date!)) continue;
    const link = footer.getByRole('link', { name: s.date! });
    await expect(link).toHaveAttribute('href', s.url!.split(' ')[0]!);
    await expect(link).toHaveAttribute('target', '_blank');
  }
  await expect(footer.locator('a[href*="qstheory.cn"]')).toHaveCount(
    text.includes('2023-10-18') ? 1 : 0,
  );
});

test('the timeline footer names public records once instead of listing every domain', async ({
  page,
}) => {
  await open(page, 'chart=timeline&lang=en');
  const footer = page.locator('.embed footer .line');
  await expect(footer).toContainText('public records');
  await expect(footer).toContainText('Chart: Chongqing Plenary Tracker');
  expect(await footer.textContent()).not.toMatch(/\.gov\.cn|\.com|\.cn\b/);
});

test('the embed dialog offers the credit, and the embed code, images and citation carry it', async ({
  page,
}) => {
  await open(page, 'chart=map');
  await page.getByText('下载与嵌入').click();
  const credit = page.getByRole('textbox', { name: '图表署名' });
  await expect(credit).toHaveValue('重庆全会数据追踪');
  await credit.fill('新闻报 数据组');
  const code = await page.getByRole('textbox', { name: '嵌入代码' }).inputValue();
  expect(
    new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&')).searchParams.get('credit'),
  ).toBe('新闻报 数据组');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG 矢量图' }).click(),
  ]);
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toContain('图表：新闻报 数据组');
  await page.getByRole('button', { name: '引用' }).click();
  await expect(page.getByText(/^新闻报 数据组：《重庆38个区县》/)).toBeVisible();
});

test('a credit over 80 characters falls back to the default rather than being cut', async ({
  page,
}) => {
  await open(page, `chart=map&credit=${'x'.repeat(81)}`);
  await expect(page.locator('.embed footer .line')).toContainText('图表：重庆全会数据追踪');
});

test('an embed has no search, no map/tiles switch and no visible keyboard instructions', async ({
  page,
}) => {
  await open(page, 'chart=map&layout=tiles');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /查找区县/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: '地图样式' })).toHaveCount(0);
  // The keyboard help is there for screen readers only: a 1 px, clipped box.
  const help = (await page.getByText(/按Tab进入地图/).boundingBox())!;
  expect(help.width * help.height).toBeLessThanOrEqual(1);
  // The layout in the URL is honoured: tiles, not the geographic map.
  await expect(page.locator('[data-testid="district-map"] svg.main')).toHaveCount(0);
});

test('the pledges embed opens on the latest statements, with no hint about views it lacks', async ({
  page,
}) => {
  await open(page, 'chart=pledges');
  await expect(page.locator('.embed article[data-pledge-id]').first()).toBeVisible();
  await expect(page.locator('.embed')).not.toContainText('在地图、排名或上方列表中选择');
  await expect(page.locator('.embed h3')).toHaveText('最新表态');
});

test('an embed is light on white even when the reader’s system is dark, unless theme= says so', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, 'chart=ranking');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const rootBg = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await rootBg()).toBe('rgb(255, 255, 255)');
  expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(await bg());
  await open(page, 'chart=ranking&theme=dark');
  expect(await rootBg()).not.toBe('rgb(255, 255, 255)');
});

test('the dashboard keeps the map/tiles choice in the URL', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('group', { name: '地图样式' })
    .getByRole('button', { name: '方格图' })
    .click();
  await expect(page).toHaveURL(/layout=tiles/);
  await page.reload();
  await expect(
    page.getByRole('group', { name: '地图样式' }).getByRole('button', { name: '方格图' }),
  ).toHaveAttribute('aria-pressed', 'true');
});
