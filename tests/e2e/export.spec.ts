/**
 * Downloads from a view: PNG at 1×/2×/4× (pixel size exactly scaled, title drawn in), SVG (parses
 * as XML, standalone, names all 38 districts on the map), CSV (BOM, papaparse, source columns,
 * all 38 districts) and the citation in both languages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Download, type Page } from '@playwright/test';
import { SOURCE_COLUMNS } from '../../src/lib/export/csv';
import { vintageUnits } from '../../src/lib/vintages';
import { openDashboard } from './support/dashboard';

// The units the default view draws: the 2016 boundaries the seeds' dates fall in.
const DISTRICTS = vintageUnits(
  Papa.parse<{ code: string; name_zh: string; name_en: string }>(
    readFileSync('data/districts.csv', 'utf8').replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  ).data,
  '2016',
);

async function download(page: Page, button: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await read(file) };
}

async function read(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openMenu(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.locator('.embed h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByText('下载与嵌入').click();
}

test('PNG downloads at 1×, 2× and 4× are exactly scaled and carry the title', async ({ page }) => {
  await openMenu(page, '?mode=embed&chart=map');
  const sizes = [];
  for (const scale of [1, 2, 4]) {
    const png = await download(page, new RegExp(`PNG.*${scale}×`));
    expect(png.name).toMatch(new RegExp(`^cq-map-.*@${scale}x\\.png$`));
    sizes.push(pngSize(png.bytes));
    if (scale === 2) {
      mkdirSync('tests/screenshots', { recursive: true });
      writeFileSync('tests/screenshots/export-map@2x.png', png.bytes);
      await page.evaluate((b64) => {
        const img = document.createElement('img');
        img.src = `data:image/png;base64,${b64}`;
        img.id = 'png-preview';
        document.body.append(img);
      }, png.bytes.toString('base64'));
    }
  }
  const [one, two, four] = sizes;
  expect(one!.width).toBeGreaterThanOrEqual(480);
  expect(two).toEqual({ width: one!.width * 2, height: one!.height * 2 });
  expect(four).toEqual({ width: one!.width * 4, height: one!.height * 4 });
  // The title band is drawn (dark text pixels on the light background), not left empty.
  const inked = await page.evaluate(async () => {
    const img = document.getElementById('png-preview') as HTMLImageElement;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = 80;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(500);
});

test('the SVG download is standalone XML with title, source and all 38 districts', async ({
  page,
}) => {
  await openMenu(page, '?mode=embed&chart=map');
  const svg = await download(page, /SVG/);
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      font: root.getAttribute('font-family'),
      title: doc.querySelector('svg > title')?.textContent,
      external: [...doc.querySelectorAll('[href], [*|href]')].length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg', external: 0 });
  expect(parsed.width).toBeGreaterThan(0);
  expect(parsed.font).toContain('system-ui');
  expect(parsed.title).toBe('重庆38个区县：表态条数（全部会议）');
  expect(text).toContain('来源：');
  expect(text).toMatch(/下载于 \d{4}-\d{2}-\d{2}/);
  expect(DISTRICTS).toHaveLength(38);
  const missing = DISTRICTS.filter(
    (d) => !text.includes(`id="district-${d.code}"`) && !text.includes(d.name_zh!),
  ).map((d) => d.name_zh);
  expect(missing).toEqual([]);
});

test('the map CSV has a BOM, parses, carries source columns and each of the 38 districts once', async ({
  page,
}) => {
  await openMenu(page, '?mode=embed&chart=map');
  const csv = await download(page, /^CSV 数据/);
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  for (const column of SOURCE_COLUMNS) expect(parsed.meta.fields).toContain(column);
  // One row per district, so a chart tool given the file draws each district once.
  expect(parsed.data.map((r) => r.district_code).sort()).toEqual(
    DISTRICTS.map((d) => d.code).sort(),
  );
  // Chinese survives the round trip (no mojibake).
  expect(parsed.data.map((r) => r.name_zh)).toContain('万州区');
  // The sentences behind the values: a second CSV from the same menu.
  const quotes = await download(page, /^CSV 引文/);
  expect(quotes.name).toMatch(/^cq-map-statements-.*-quotes\.csv$/);
  const rows = Papa.parse<Record<string, string>>(quotes.bytes.toString('utf8').slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const counted = parsed.data.reduce((n, r) => n + Number(r.quotes || 0), 0);
  expect(rows.length).toBe(counted);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.quote).not.toBe('');
});

test('a district’s pledge card exports its own rows, and the citation reads in both languages', async ({
  page,
}) => {
  await openMenu(page, '?mode=embed&chart=pledges&district=500102');
  await expect(page.locator('.embed h1')).toContainText('涪陵区');
  const csv = await download(page, /^CSV 数据/);
  expect(csv.name).toMatch(/^cq-pledges-500102-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  for (const row of rows) expect(row.district_code).toBe('500102');
  await page.getByRole('button', { name: '引用' }).click();
  await expect(page.getByText(/^重庆全会数据追踪：《涪陵区：区县表态》/)).toBeVisible();
  await expect(
    page.getByText(/^Chongqing Plenary Tracker, “Fuling: District statements”/),
  ).toBeVisible();
  const cite = await download(page, /下载引用文本/);
  expect(cite.bytes.toString('utf8')).toMatch(/访问日期.*\n\n.*accessed/s);
});

test('the timeline exports too (PNG and SVG of its drawn chart)', async ({ page }) => {
  await openMenu(page, '?mode=embed&chart=timeline&session=plenary-6-5');
  const png = await download(page, /PNG.*1×/);
  writeFileSync('tests/screenshots/export-timeline@1x.png', png.bytes);
  expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(480);
  const svg = (await download(page, /SVG/)).bytes.toString('utf8');
  // The selected session is named in the title.
  expect(svg).toContain('<title>六届市委全会时间轴（标出五次全会）</title>');
  expect(svg).toMatch(/<svg[^>]+viewBox=/);
});

/** The patterns an SVG defines, and how many shapes fill with each. */
async function patternsIn(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const ids = [...doc.querySelectorAll('pattern')].map((p) => p.id);
    const uses = (id: string) =>
      [...doc.querySelectorAll('[fill]')].filter((e) => e.getAttribute('fill')!.includes(`#${id}`))
        .length;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      patterns: ids.map((id) => ({
        id,
        uses: uses(id),
        bands: doc.querySelectorAll(`pattern#${id} > *`).length,
      })),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, svg);
}

test('the timeline export draws its uncertain sessions hatched, as an SVG pattern, without instructions', async ({
  page,
}) => {
  await openMenu(page, '?mode=embed&chart=timeline');
  // Marks drawn striped on screen (an uncertain session's date range).
  const uncertain = await page
    .locator('li.uncertain[data-event-id] .mark')
    .evaluateAll(
      (marks) =>
        marks.filter((m) => getComputedStyle(m).backgroundImage.startsWith('repeating')).length,
    );
  expect(uncertain).toBeGreaterThanOrEqual(2);
  const svg = (await download(page, /SVG/)).bytes.toString('utf8');
  const parsed = await patternsIn(page, svg);
  expect(parsed.error).toBeNull();
  const hatched = parsed.patterns.filter((p) => p.id.startsWith('hatch-') && p.bands > 0);
  // Each uncertain session's mark is filled with a stripe pattern (not an empty outline).
  expect(hatched.reduce((n, p) => n + p.uses, 0)).toBeGreaterThanOrEqual(uncertain);
  expect(parsed.texts.join(' ')).not.toMatch(/拖动|选择一次会议/);
});

test('the loans export keeps the derived per-household bar and its legend swatch', async ({
  page,
}) => {
  await openMenu(page, '?mode=embed&chart=loans');
  const derived = await page.locator('li.derived .bar').count();
  expect(derived).toBeGreaterThan(0);
  const svg = (await download(page, /SVG/)).bytes.toString('utf8');
  const parsed = await patternsIn(page, svg);
  const uses = parsed.patterns.filter((p) => p.bands > 0).reduce((n, p) => n + p.uses, 0);
  // The derived bars and the key's swatch.
  expect(uses).toBeGreaterThanOrEqual(derived + 1);
  expect(parsed.texts.join('')).toContain('推算');
});

test('the map export carries every legend entry, the "no data" hatch among them', async ({
  page,
}) => {
  // Before the statements load every district is "no data"… rather: a metric whose file is
  // missing leaves the districts without data, hatched, and the legend says so.
  await page.route('**/data/pledges.csv', (route) => route.fulfill({ status: 404, body: '' }));
  await openMenu(page, '?mode=embed&chart=map');
  const legend = await page.locator('figure.legend li').allTextContents();
  expect(legend.length).toBeGreaterThan(0);
  const svg = (await download(page, /SVG/)).bytes.toString('utf8');
  const parsed = await patternsIn(page, svg);
  expect(parsed.error).toBeNull();
  const texts = parsed.texts.join(' ');
  for (const entry of legend) expect(texts).toContain(entry.trim());
  // The no-data pattern of the map and the legend's hatched swatch are both filled in the file.
  const used = parsed.patterns.filter((p) => p.uses > 0 && p.bands > 0);
  expect(used.length).toBeGreaterThanOrEqual(2);
});

test('the pledge reader’s “pick a district” instruction is not part of its picture', async ({
  page,
}) => {
  await openDashboard(page);
  const cell = page.locator('.cell', { has: page.locator('[data-chart="pledges"]') });
  await expect(cell.getByText('在地图、排名或上方列表中选择一个区县')).toBeVisible();
  await cell.getByText('下载与嵌入').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    cell.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = (await read(file)).toString('utf8');
  expect(svg).toContain('区县表态');
  expect(svg).not.toContain('选择一个区县');
});

test('the dashboard offers the same downloads and the embed code next to a view', async ({
  page,
}) => {
  await page.goto('./?district=500102');
  await page.waitForLoadState('networkidle');
  const menu = page.locator('.cell.map .view-actions');
  await menu.getByText('下载与嵌入').click();
  const code = await menu.getByRole('textbox', { name: '嵌入代码' }).inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?mode=embed&amp;chart=map/);
  expect(code).toContain('district=500102');
  expect(code).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: /^CSV 数据/ }).click(),
  ]);
  const bytes = await read(file);
  expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = (await read(svgFile)).toString('utf8');
  // The menu itself is not part of the picture.
  expect(svg).not.toContain('下载与嵌入');
  expect(svg).toContain('<title>重庆38个区县：表态条数（全部会议）</title>');
});
