/**
 * The data desk's "Done when": against the dev server started on a scratch copy of data/ and
 * seeds/ (CQ_DATA_DIR), drop a fixture article, accept one row, fix one, reject one, save, and
 * find the three decisions in the scratch data/ and the dashboard showing the fixed value marked
 * as reviewed; the same steps on the static build offer the files as downloads instead.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { watchForeignRequests } from './support/origin';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { showEveryView } from './support/dashboard';

const FIXTURE = 'tests/fixtures/articles/desk-county-briefing.txt';
/** The desk's own dev server: ports 4317–4319 are this desk's to use. */
const DEV_PORT = 4318;
const DEV = `http://127.0.0.1:${DEV_PORT}/`;

function scratchCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'cq-desk-'));
  mkdirSync(join(root, 'data'));
  for (const f of readdirSync('data').filter((f) => f.endsWith('.csv')))
    cpSync(join('data', f), join(root, 'data', f));
  cpSync('seeds', join(root, 'seeds'), { recursive: true });
  return root;
}

async function startDevServer(root: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      '--host',
      '127.0.0.1',
      '--port',
      String(DEV_PORT),
      '--strictPort',
    ],
    { env: { ...process.env, CQ_DATA_DIR: root }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(DEV)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`dev server did not start:\n${log}`);
}

/** Drops the fixture on the desk's drop zone as a browser would (a DataTransfer with a File). */
async function dropFixture(page: Page) {
  const bytes = [...readFileSync(FIXTURE)];
  const transfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(
      new File([new Uint8Array(data)], 'desk-county-briefing.txt', { type: 'text/plain' }),
    );
    return dt;
  }, bytes);
  await page
    .getByRole('region', { name: /拖到这里/ })
    .dispatchEvent('drop', { dataTransfer: transfer });
}

/** Fills the article's fields, drops it, and decides on three of its rows. */
async function checkArticle(page: Page) {
  await page.getByLabel('发表日期').fill('2024-06-04');
  await page.getByLabel('标题').fill('县委全会之后各地忙落实');
  await page.getByLabel('媒体').fill('测试报');
  await dropFixture(page);
  // The worker's build of the corpus plus the article; the new article is the one shown.
  const card = (text: string) => page.locator('li.card', { hasText: text });
  await expect(card('地区生产总值达到').or(card('71860000000')).first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.article mark').first()).toBeVisible();

  // Clicking a highlight finds its row; a row's button finds its highlight.
  const gdp = card('71860000000');
  await page.locator('.article mark', { hasText: '718.6亿元' }).click();
  await expect(gdp).toHaveClass(/picked/);
  await gdp.getByRole('button', { name: /原文/ }).click();
  await expect(page.locator('.article mark.picked', { hasText: '718.6亿元' })).toBeVisible();

  await gdp.getByRole('button', { name: '接受' }).click();
  await expect(gdp).toContainText('待保存：接受');

  const target = card('120000000000');
  await target.getByRole('button', { name: '修正' }).click();
  await target.getByLabel('数值').fill('1250亿');
  await target.getByLabel('理由').fill('测试：数值应为1250亿元');
  await target.getByRole('button', { name: '保存修正' }).click();
  await expect(target).toContainText('待保存：修正');

  const road = card('35000').or(card('350')).filter({ hasText: '改建农村公路' });
  await road.getByRole('button', { name: '驳回' }).click();
  await road.getByLabel('驳回理由').fill('测试：指标名不完整');
  await road.getByRole('button', { name: '确认驳回' }).click();
  await expect(road).toContainText('待保存：驳回');

  await page.getByLabel('核对人').fill('测试编辑');
}

test.describe('data desk on the dev server (scratch data folder)', () => {
  let root = '';
  let server: ChildProcess | null = null;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    root = scratchCopy();
    server = await startDevServer(root);
  });
  test.afterAll(() => {
    server?.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('accept, fix and reject, save into data/ and seeds/, dashboard shows the fix as reviewed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const foreign = watchForeignRequests(page, new URL(DEV).origin);
    // A dashboard left open in another tab reloads with the new rows once the desk has saved.
    const dashboard = await page.context().newPage();
    await dashboard.goto(`${DEV}?lang=zh`);
    await showEveryView(dashboard);
    await dashboard.locator('[data-chart="targets"]').scrollIntoViewIfNeeded();
    await expect(dashboard.locator('li[data-figure-id]').first()).toBeVisible({ timeout: 30_000 });
    await expect(dashboard.getByText('1250亿')).toHaveCount(0);
    await page.goto(`${DEV}?mode=desk`);
    await checkArticle(page);
    const reload = dashboard.waitForEvent('load', { timeout: 90_000 });
    await page.getByRole('button', { name: '保存并重新生成数据' }).click();
    await expect(page.getByText(/^已保存/)).toBeVisible({ timeout: 60_000 });

    // The article and its manifest row in the scratch seeds/, the decisions in its data/.
    const manifest = readFileSync(join(root, 'seeds', 'manifest.csv'), 'utf8');
    const row = manifest.split('\n').find((l) => l.includes('县委全会之后各地忙落实'))!;
    expect(row).toBeTruthy();
    const [id, file] = row.split(',');
    expect(readFileSync(join(root, 'seeds', file!))).toEqual(readFileSync(FIXTURE));
    const corrections = readFileSync(join(root, 'data', 'corrections.csv'), 'utf8');
    const reviewed = readFileSync(join(root, 'data', 'reviewed.csv'), 'utf8');
    expect(corrections).toMatch(
      new RegExp(`fix,figures,${id},.*value,120000000000,125000000000,.*测试编辑`),
    );
    expect(corrections).toMatch(new RegExp(`reject,figures,${id},.*测试：指标名不完整.*测试编辑`));
    expect(reviewed).toMatch(new RegExp(`figures,${id},.*测试编辑`));
    // npm run data ran on the scratch folder: the fixed value is published, marked reviewed.
    const figures = readFileSync(join(root, 'data', 'figures.csv'), 'utf8');
    expect(figures).toMatch(/规上工业产值,.*,125000000000,元,.*测试编辑/);
    expect(figures).not.toContain('改建农村公路');

    // The open dashboard reloaded by itself and shows the fixed value, marked as reviewed.
    await reload;
    await showEveryView(dashboard);
    const reloaded = dashboard.locator('li[data-figure-id]', { hasText: '1250亿' });
    await expect(reloaded.locator('.review-mark')).toHaveText(/已核/, { timeout: 30_000 });
    await dashboard.close();
    await page.goto(`${DEV}?lang=zh`);
    await showEveryView(page);
    const fixed = page.locator(`li[data-figure-id^="${id}-"]`, { hasText: '1250亿' });
    await expect(fixed).toBeVisible({ timeout: 30_000 });
    await expect(fixed.locator('.review-mark')).toHaveText(/已核/);
    // Numbers nobody checked say so; "reviewed only" (reviewed=1) leaves only checked rows.
    const targets = page.locator('li[data-figure-id]');
    await expect(
      targets.locator('.review-mark', { hasText: '机器读取，待核' }).first(),
    ).toBeVisible();
    expect(await targets.count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: '只看已核' }).click();
    await expect(page).toHaveURL(/reviewed=1/);
    await expect(targets).toHaveCount(1);
    await expect(targets.first()).toContainText('1250亿');
    // An embed with reviewed=1 shows the same.
    await page.goto(`${DEV}?mode=embed&chart=targets&reviewed=1`);
    await expect(page.locator('li[data-figure-id]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('li[data-figure-id] .review-mark')).toHaveText('已核');
    expect(foreign).toEqual([]);
  });
});

test('on the static build the desk offers the same files as downloads', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?mode=desk');
  await checkArticle(page);
  await page.getByRole('button', { name: '下载文件' }).click();
  await expect(page.getByText(/此网站没有写入接口/)).toBeVisible();
  const links = page.locator('.downloads a');
  await expect(links).toHaveText([
    'data/corrections.csv',
    'data/reviewed.csv',
    /^seeds\/005_[0-9a-f]{16}\.txt$/,
    'seeds/manifest.csv',
  ]);
  const download = page.waitForEvent('download');
  await links.first().click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toMatch(/fix,figures,005,.*value,120000000000,125000000000,/);
  expect(text).toMatch(/reject,figures,005,/);
});

test('the desk makes no third-party request and axe finds no serious or critical violation', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
  await page.goto('./?mode=desk');
  await expect(page.locator('li.card').first()).toBeVisible({ timeout: 30_000 });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the desk builds every data/ file exactly as npm run data wrote it from seeds/', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./?mode=desk');
  const links = page.locator('.outputs a[data-file]');
  await expect(links.first()).toBeAttached({ timeout: 30_000 });
  const built: Record<string, string> = await page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.outputs a[data-file]'))
      // Byte for byte: the byte-order mark the pipeline writes included.
      out[a.dataset.file!] = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await (await fetch(a.href)).arrayBuffer(),
      );
    return out;
  });
  const committed = readdirSync('data').filter(
    (f) =>
      f.endsWith('.csv') &&
      !['corrections.csv', 'reviewed.csv', 'glossary.csv', 'goal_glossary.csv'].includes(f),
  );
  expect(Object.keys(built).sort()).toEqual(committed.sort());
  for (const name of committed)
    expect(built[name], `${name} as the desk builds it`).toBe(
      readFileSync(join('data', name), 'utf8'),
    );
});

test.describe('bad input gets a clear message and changes nothing', () => {
  /** Drops files made in the page (name → bytes as a list, or a text repeated `times`). */
  async function drop(
    page: Page,
    name: string,
    make: { bytes?: number[]; text?: string; times?: number },
  ) {
    const transfer = await page.evaluateHandle(
      ({ name, make }) => {
        const dt = new DataTransfer();
        const body = make.bytes
          ? new Uint8Array(make.bytes)
          : new TextEncoder().encode(make.text!.repeat(make.times ?? 1));
        dt.items.add(new File([body], name, { type: 'text/plain' }));
        return dt;
      },
      { name, make },
    );
    await page
      .getByRole('region', { name: /拖到这里/ })
      .dispatchEvent('drop', { dataTransfer: transfer });
  }

  test.beforeEach(async ({ page }) => {
    await page.goto('./?mode=desk');
    await expect(page.locator('li.card').first()).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('发表日期').fill('2024-06');
    await page.getByLabel('标题').fill('测试');
    await page.getByLabel('媒体').fill('测试报');
  });

  test('binary, not UTF-8, empty paste: refused with the reason, nothing added', async ({
    page,
  }) => {
    const alert = page.getByRole('alert');
    await drop(page, 'scan.txt', { bytes: [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d] });
    await expect(alert).toContainText('scan.txt:1: binary data (NUL byte)');
    await expect(alert).toContainText('未作任何改动');
    // 重庆 in GBK.
    await drop(page, 'gbk.txt', { bytes: [0xd6, 0xd8, 0xc7, 0xec] });
    await expect(alert).toContainText('gbk.txt:1: not valid UTF-8');
    await page.getByRole('button', { name: '读取这篇文章' }).click();
    await expect(alert).toContainText('粘贴框是空的');
    await expect(page.locator('.new-articles li')).toHaveCount(0);
  });

  test('a text already in seeds/ is offered as another outlet of it, not read twice', async ({
    page,
  }) => {
    const seed = readFileSync(
      join(
        'seeds',
        readdirSync('seeds').find((f) => f.startsWith('001_'))!,
      ),
    );
    await drop(page, 'reprint.txt', { bytes: [...seed] });
    await expect(page.locator('.new-articles')).toContainText('与已发布的文章 001');
    await page.getByRole('button', { name: '作为该文的另一家媒体加入' }).click();
    await expect(page.locator('.new-articles')).toContainText('将作为文章 001 的另一家媒体');
    // Read as a reprint: listed under its own id, its rows under 001's.
    await page.getByLabel('显示文章').selectOption('005');
    await expect(page.getByText('这篇文章与 001 全文相同')).toBeVisible({ timeout: 30_000 });
  });

  test('an article of several megabytes runs in the worker with progress, the page stays usable', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // About 6 MB: a whole paper's worth of own sentences.
    await drop(page, 'long.txt', {
      text: '会议强调，要坚持稳中求进工作总基调，推动经济高质量发展。\n',
      times: 70_000,
    });
    const progress = page.locator('progress');
    await expect(progress).toBeVisible({ timeout: 10_000 });
    // The page answers while the worker builds.
    const started = Date.now();
    await page.getByLabel('核对人').fill('测试编辑');
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(progress).toBeHidden({ timeout: 100_000 });
    await expect(page.getByText(/已读取 6 篇文章/)).toBeVisible();
  });

  test('an article over the pipeline’s own size limit is refused before it is read', async ({
    page,
  }) => {
    await drop(page, 'huge.txt', { text: 'a'.repeat(1_000_000), times: 11 });
    await expect(page.getByRole('alert')).toContainText(
      'huge.txt: 11.0 MB is over the 10 MB limit',
    );
    await expect(page.locator('.new-articles li')).toHaveCount(0);
  });
});

test('the dashboard’s first load fetches none of the desk’s code', async ({ page }) => {
  const loaded: string[] = [];
  page.on('response', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('link', { name: '数据台' })).toBeVisible();
  expect(loaded.some((p) => /\.js$/.test(p))).toBe(true);
  expect(loaded.filter((p) => /DeskApp|build\.worker/.test(p))).toEqual([]);
});

test('rows the rules held back come first, with why, and can be decided like any row', async ({
  page,
}) => {
  await page.goto('./?mode=desk');
  await page.getByLabel('显示文章').selectOption('000');
  const cards = page.locator('li.card');
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  const held = parseCsv(readFileSync('data/review.csv', 'utf8'), 'data/review.csv', []).filter(
    (r) => r.source_id === '000' && r.candidate,
  ).length;
  expect(held).toBeGreaterThan(0);
  const statuses = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses.slice(0, held)).toEqual(Array(held).fill('held'));
  expect(statuses.slice(held)).not.toContain('held');
  await expect(cards.first()).toContainText('规则不确定，待核');
  await cards.first().getByRole('button', { name: '接受' }).click();
  await expect(cards.first()).toContainText('待保存：接受');
});
