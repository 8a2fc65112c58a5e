/**
 * Hostile data pages: the seeds, the hostile article (markup, script tags, javascript: links,
 * invisible characters in its text and title), reprints and an independent restatement go through
 * the real pipeline; the data are then tampered with as a compromised mirror could (javascript:
 * and data: source URLs). Every page of the product (dashboard, each embed, each slide, in both
 * languages, chart and table view, and the source panel on each hostile quote) is opened and every
 * control on it clicked. A script that ran, a dialog, an injected element, a link that is not
 * http(s) or a page error is a breach.
 */
import type { Browser, Page } from '@playwright/test';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildData } from '../lib/build.ts';
import { parseCsv, toCsv } from '../lib/csv.ts';
import { readReference } from '../lib/reference.ts';
import { MANIFEST_COLUMNS, readSources } from '../lib/sources.ts';
import { EMBED_CHARTS } from '../../src/lib/embed.ts';
import {
  HOSTILE_FILE,
  HOSTILE_ID,
  HOSTILE_TITLE,
  writeHostileSeeds,
} from '../../tests/e2e/support/hostile-article.ts';
import { pwnedInPage } from '../../tests/e2e/support/hostile.ts';
import { writeReprintCorpus } from '../../tests/e2e/support/reprint-corpus.ts';

const BAD_URLS = [
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
];

export interface HostileSite {
  routes: Record<string, [string, string]>;
  /** Quote links (`?quote=id:start-end`) into the hostile article. */
  quotes: string[];
  /** Rows whose quote was checked against its article, and how many differed. */
  quotesChecked: number;
  quotesWrong: number;
}

/** Builds the hostile corpus through the pipeline and returns the routes that serve it. */
export function hostileSite(): HostileSite {
  const seeds = writeReprintCorpus();
  const hostile = writeHostileSeeds();
  try {
    copyFileSync(join(hostile, HOSTILE_FILE), join(seeds, HOSTILE_FILE));
    const manifest = parseCsv(readFileSync(join(seeds, 'manifest.csv'), 'utf8'), 'manifest.csv');
    manifest.push({
      id: HOSTILE_ID,
      file: HOSTILE_FILE,
      sha256: '',
      date: '2024-05-25',
      title: HOSTILE_TITLE,
      outlet: '重庆日报\u202e<b data-pwned>',
      url: '',
    });
    writeFileSync(join(seeds, 'manifest.csv'), toCsv([...MANIFEST_COLUMNS, 'url'], manifest));
    const sources = readSources(seeds);
    const { files } = buildData(sources, readReference('data'));
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    let quotesChecked = 0;
    let quotesWrong = 0;
    const quotes = new Set<string>();
    for (const [file, content] of files)
      for (const row of parseCsv(content, file)) {
        if (!row.quote || !row.start || !texts.has(row.source_id ?? '')) continue;
        quotesChecked++;
        if (texts.get(row.source_id!)!.slice(Number(row.start), Number(row.end)) !== row.quote)
          quotesWrong++;
        if (row.source_id === HOSTILE_ID && Number(row.end) - Number(row.start) < 5000)
          quotes.add(`?quote=${HOSTILE_ID}:${row.start}-${row.end}`);
      }
    // A tampered copy: reference URLs replaced by script URLs.
    const totals = Papa.parse<Record<string, string>>(
      files.get('sister_city_totals.csv')!.replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    );
    let k = 0;
    const tampered = totals.data.map((r) =>
      r.source_url ? { ...r, source_url: BAD_URLS[k++ % BAD_URLS.length]! } : r,
    );
    files.set('sister_city_totals.csv', Papa.unparse(tampered, { columns: totals.meta.fields }));
    const routes: Record<string, [string, string]> = {};
    for (const [file, content] of files)
      routes[`/data/${file}`] = ['text/csv; charset=utf-8', content];
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')))
      routes[`/seeds/${file}`] = [
        'text/plain; charset=utf-8',
        readFileSync(join(seeds, file), 'utf8'),
      ];
    return { routes, quotes: [...quotes].slice(0, 12), quotesChecked, quotesWrong };
  } finally {
    rmSync(seeds, { recursive: true, force: true });
    rmSync(hostile, { recursive: true, force: true });
  }
}

/** Every page of the product with the hostile data. */
export function hostilePages(quotes: readonly string[]): string[] {
  const pages: string[] = [];
  for (const lang of ['zh', 'en'])
    for (const view of ['chart', 'table']) {
      const q = (s: string) => `?${s}${s ? '&' : ''}lang=${lang}&view=${view}`;
      pages.push(q(''), q('district=500101'), q('district=500102&metric=loans'));
      for (const chart of EMBED_CHARTS) pages.push(q(`mode=embed&chart=${chart}`));
      for (let slide = 1; slide <= 7; slide++) pages.push(q(`mode=present&slide=${slide}`));
    }
  return [...pages, ...quotes];
}

const CLICKABLE =
  'button:visible, [role="button"]:visible, [role="option"]:visible, a[href]:visible, [data-code]:visible';

export interface PageResult {
  pages: number;
  clicks: number;
  ran: number;
  injected: number;
  dialogs: number;
  badLinks: string[];
  pageErrors: string[];
}

/** Opens `url`, once more if a navigation a click started cut the first try short. */
async function open(page: Page, url: string): Promise<void> {
  // A control clicked just before (noWaitAfter) may still be navigating, and on a busy machine
  // more than once in a row ("interrupted by another navigation"): wait and try again.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'networkidle' });
      return;
    } catch (e) {
      if (attempt === 4) throw e;
      await page.waitForLoadState('load').catch(() => undefined);
      await page.waitForTimeout(250 * attempt);
    }
  }
}

async function clickEverything(page: Page, url: string, result: PageResult, limit: number) {
  const count = Math.min(limit, await page.locator(CLICKABLE).count());
  for (let i = 0; i < count; i++) {
    const target = page.locator(CLICKABLE).nth(i);
    const clicked = await target
      .click({ timeout: 1_500, trial: false, noWaitAfter: true })
      .then(() => true)
      .catch(() => false);
    if (clicked) result.clicks++;
    await page.keyboard.press('Escape').catch(() => undefined);
    await page.waitForLoadState('load').catch(() => undefined);
    if (page.url() !== url) await open(page, url);
  }
}

/** Opens every page at `base` with the hostile routes served, clicking up to `perPage` controls. */
export async function attackPages(
  browser: Browser,
  base: string,
  pages: readonly string[],
  perPage: number,
): Promise<PageResult> {
  const result: PageResult = {
    pages: 0,
    clicks: 0,
    ran: 0,
    injected: 0,
    dialogs: 0,
    badLinks: [],
    pageErrors: [],
  };
  const worker = async (share: readonly string[]) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    context.on('page', (p) => {
      // Links open new tabs: never follow them off the site.
      if (p !== page) void p.close().catch(() => undefined);
    });
    page.on('pageerror', (e) => result.pageErrors.push(`${page.url()}: ${e.message}`));
    page.on('dialog', (d) => {
      result.dialogs++;
      void d.dismiss();
    });
    for (const path of share) {
      const url = new URL(path, base).href;
      await open(page, url);
      await clickEverything(page, url, result, perPage);
      const seen = await page.evaluate(pwnedInPage);
      if (seen.ran) result.ran++;
      result.injected += seen.injected;
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      );
      result.badLinks.push(...links.filter((h) => !/^https?:/i.test(h)));
      result.pages++;
    }
    await context.close();
  };
  await Promise.all([0, 1].map((w) => worker(pages.filter((_, i) => i % 2 === w))));
  return result;
}
