/**
 * A corpus with reprints (the same article under several ids and outlets, an edited reprint) and
 * an independent article repeating some of the seeds' facts goes through the real pipeline into a
 * temporary folder; the built site is served with that data. Every section of the dashboard, every
 * embed and every slide draws, with no error in the console: a repeated fact must never stop a
 * view (Svelte's each_key_duplicate left sections on "正在加载…" for good).
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../../scripts/lib/build';
import { writeAllAtomic } from '../../scripts/lib/fsutil';
import { readReference } from '../../scripts/lib/reference';
import { readSources } from '../../scripts/lib/sources';
import { EMBED_CHARTS } from '../../src/lib/embed';
import { t } from '../../src/lib/i18n';
import { serveStatic, type StaticServer } from './support/static-server';
import { REPRINT, writeReprintCorpus } from './support/reprint-corpus';
import { showEveryView } from './support/dashboard';

let server: StaticServer;
let sources: string;

test.beforeAll(async () => {
  const seeds = writeReprintCorpus();
  const out = mkdtempSync(join(tmpdir(), 'cq-reprint-data-'));
  try {
    const { files } = buildData(readSources(seeds), readReference('data'));
    writeAllAtomic(new Map([...files].map(([name, content]) => [join(out, name), content])), {
      root: out,
    });
    const routes: Record<string, [string, string]> = {};
    for (const file of readdirSync(out))
      routes[`/data/${file}`] = ['text/csv; charset=utf-8', readFileSync(join(out, file), 'utf8')];
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')))
      routes[`/seeds/${file}`] = [
        'text/plain; charset=utf-8',
        readFileSync(join(seeds, file), 'utf8'),
      ];
    sources = routes['/data/sources.csv']![1];
    server = await serveStatic({ routes });
  } finally {
    rmSync(seeds, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});

test.afterAll(async () => {
  await server?.close();
});

/** Page errors and console errors (Svelte reports each_key_duplicate there too). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test('the corpus really has reprints and repeated facts', () => {
  // Each outlet keeps its row; the identical texts point at the first id.
  expect(sources).toContain(`${REPRINT.sameFile},`);
  expect(sources).toMatch(new RegExp(`\\n${REPRINT.copy},.*,000\\r?\\n`));
});

for (const lang of ['zh', 'en'] as const) {
  test(`every section of the dashboard draws (${lang})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${server.url}${lang === 'en' ? '?lang=en' : ''}`);
    await page.waitForFunction(() => performance.getEntriesByName('cq:dashboard-ready').length > 0);
    await showEveryView(page);
    const frames = page.locator('figure[data-chart]');
    // Ranking, targets, sister cities, loans; the map, timeline and pledge reader below.
    expect(await frames.count()).toBe(4);
    await expect(page.locator('section.map-panel path[data-code]')).toHaveCount(38);
    expect(await page.locator('.timeline [role="option"]').count()).toBeGreaterThan(5);
    for (const frame of await frames.all()) {
      await expect(frame).toHaveAttribute('data-status', 'ready');
      await expect(frame).not.toContainText(t('loading', lang));
    }
    // The views whose keys repeated draw their content.
    await expect(page.locator('[data-chart="sister-cities"] svg circle').first()).toBeVisible();
    await expect(page.locator('[data-chart="sister-cities"] .added li').first()).toBeVisible();
    await expect(page.locator('[data-chart="loans"] .bars li').first()).toBeVisible();
    await expect(page.locator('[data-chart="pledges"]')).not.toContainText(t('loading', lang));
    await expect(page.locator('body')).not.toContainText(t('loading', lang));
    expect(errors).toEqual([]);
  });
}

test('every embed and every slide draws', async ({ page }) => {
  const errors = watchErrors(page);
  for (const chart of EMBED_CHARTS.filter((c) => c !== 'source')) {
    await page.goto(`${server.url}?mode=embed&chart=${chart}`);
    await expect(page.locator('.embed h1'), chart).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.embed'), chart).not.toContainText(t('loading', 'zh'));
  }
  for (let slide = 1; slide <= 7; slide++) {
    await page.goto(`${server.url}?mode=present&slide=${slide}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('body'), `slide ${slide}`).not.toContainText(t('loading', 'zh'));
  }
  expect(errors).toEqual([]);
});
