/**
 * Embeds as a newsroom uses them: a host article page under a strict Content-Security-Policy
 * with two charts, one of them in a `sandbox="allow-scripts"` iframe (opaque origin), sized by
 * public/embed.js. Checked at three host widths: each iframe as tall as its content, no click
 * navigates the host, nothing requested from another origin.
 */
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from './support/static-server';
import { STRICT_CSP, recordCspViolations } from './support/csp';
import { watchForeignRequests } from './support/origin';
import { EMBED_CHARTS, INITIAL_HEIGHT_PX, getEmbedCode } from '../../src/lib/embed';

const HOST_WIDTHS = [320, 768, 1280] as const;
/** Host page and site share one origin here, so "another origin" means any other host at all. */
const HEADERS = {
  'content-security-policy': `${STRICT_CSP}; frame-src 'self'`,
  // A sandboxed iframe without allow-same-origin has the origin 'null': its module scripts and
  // data fetches are cross-origin requests and need this header (see docs in src/lib/embed.ts).
  'access-control-allow-origin': '*',
};

function hostPage(siteUrl: string): string {
  const map = getEmbedCode({
    pageUrl: siteUrl,
    chart: 'map',
    state: new URLSearchParams(),
    title: '重庆38个区县：表态条数（全部会议）',
    lang: 'zh',
  })
    .split('\n')[0]!
    // The strictest sandbox a newsroom might use: scripts only, an opaque origin.
    .replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts"');
  const code = getEmbedCode({
    pageUrl: siteUrl,
    chart: 'timeline',
    state: new URLSearchParams('session=plenary-6-5'),
    title: '六届市委全会时间线',
    lang: 'zh',
  });
  const para = '<p>重庆市委六届五次全会召开后，各区县迅速传达学习全会精神。'.repeat(3) + '</p>';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>新闻稿</title>
<link rel="stylesheet" href="/host.css"></head><body><article>
<h1>市委全会部署落地</h1>${para}
${map}
${para}
${code}
${para}</article></body></html>`;
}

const HOST_CSS =
  'body{margin:0;font-family:sans-serif}article{max-width:680px;margin:0 auto;padding:0 8px}';

async function startHost(): Promise<{ server: StaticServer; hostUrl: string }> {
  // The site URL is only known once the server listens, so the route body is filled in after.
  const routes: Record<string, [string, string]> = {
    '/host.css': ['text/css; charset=utf-8', HOST_CSS],
  };
  const server = await serveStatic({ headers: HEADERS, routes });
  routes['/article.html'] = ['text/html; charset=utf-8', hostPage(server.url)];
  return { server, hostUrl: new URL('article.html', server.url).href };
}

/**
 * The frame of the iframe showing `chart`, once it has navigated to its embed URL. Found through
 * the iframe element and waited for: a frame listed before its first navigation has no URL yet
 * (reading `new URL(frame.url())` then threw "Invalid URL").
 */
async function embedFrame(page: Page, chart: string): Promise<Frame> {
  const iframe = await page.locator(`iframe[data-cq-embed="${chart}"]`).elementHandle();
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error(`no iframe for ${chart}`);
  await frame.waitForURL((url) => url.searchParams.get('chart') === chart);
  return frame;
}

/** Iframe height on the host vs the content height inside, and whether the frame scrolls. */
async function fit(page: Page, chart: string) {
  const iframe = page.locator(`iframe[data-cq-embed="${chart}"]`);
  const outer = (await iframe.boundingBox())!.height;
  const inner = await (
    await embedFrame(page, chart)
  ).evaluate(() => ({
    content: Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().bottom),
    scroll: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
  }));
  return { outer, ...inner };
}

test.describe('embeds in a host article', () => {
  let host: { server: StaticServer; hostUrl: string };
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host.server.close();
  });

  test('each iframe is exactly as tall as its content at 320, 768 and 1280 px', async ({
    page,
  }) => {
    const foreign = watchForeignRequests(page, new URL(host.hostUrl).origin);
    const violations = await recordCspViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: HOST_WIDTHS[0], height: 800 });
    await page.goto(host.hostUrl);
    await page.waitForLoadState('networkidle');
    for (const width of HOST_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const chart of ['map', 'timeline']) {
        await expect
          .poll(async () => {
            const f = await fit(page, chart);
            // Within a pixel: no cut-off (content fits), no inner scrollbar, no empty band.
            return (
              f.scroll <= f.viewport &&
              f.content <= f.viewport &&
              Math.abs(f.outer - f.viewport) <= 1 &&
              f.viewport - f.content <= 2
            );
          }, `${chart} at ${width}px`)
          .toBe(true);
      }
      // A tall viewport instead of fullPage: Chromium leaves iframe areas below the first
      // viewport unpainted in full-page captures. The host's height does not size the frames.
      await page.setViewportSize({ width, height: 3200 });
      await page.screenshot({ path: `tests/screenshots/embed-host-${width}.png` });
    }
    // The two charts differ in height: each frame is sized by its own messages.
    const heights = await Promise.all(['map', 'timeline'].map((c) => fit(page, c)));
    expect(heights[0]!.outer).not.toBe(heights[1]!.outer);
    expect(foreign).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('clicks inside the embeds never navigate the host page', async ({ page }) => {
    await page.goto(host.hostUrl);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => Object.assign(window, { __stillHere: true }));
    const popups: string[] = [];
    page.context().on('page', (p) => popups.push(p.url()));
    for (const chart of ['map', 'timeline']) {
      const frame = await embedFrame(page, chart);
      // A click on the chart itself (a district, a session) …
      const target = frame.locator('.chart button, .chart [role="button"], .chart a').first();
      await target.click();
      // … and on every link of the frame's chrome (source links, "open in the dashboard").
      for (const link of await frame.locator('footer a').all()) await link.click();
    }
    await page.waitForTimeout(300);
    expect(page.url()).toBe(host.hostUrl);
    expect(
      await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere),
    ).toBe(true);
    // Links open in new tabs (blocked entirely in the allow-scripts-only sandbox).
    for (const url of popups) expect(url).not.toBe(host.hostUrl);
  });

  test('a selection inside an embed reaches the host page as a DOM event', async ({ page }) => {
    await page.goto(host.hostUrl);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const seen: unknown[] = [];
      Object.assign(window, { __selected: seen });
      document
        .querySelector('iframe[data-cq-embed="map"]')!
        .addEventListener('cq-embed:select', (e) => seen.push((e as CustomEvent).detail));
    });
    const district = (await embedFrame(page, 'map')).locator('[data-code]').first();
    const code = await district.getAttribute('data-code');
    await district.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __selected: unknown[] }).__selected))
      .toContainEqual(expect.objectContaining({ type: 'cq-embed:select', district: code }));
  });
});

test('a map embed stays small: gzip bytes of its first load', async ({ page }, testInfo) => {
  const server = await serveStatic({ headers: HEADERS });
  try {
    const bodies: { url: string; type: string; raw: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      if (response.status() !== 200) return;
      const body = await response.body().catch(() => null);
      if (!body) return;
      const path = new URL(response.url()).pathname;
      const type = /\.js$/.test(path)
        ? 'js'
        : /\.css$/.test(path)
          ? 'css'
          : /\.csv$/.test(path)
            ? 'data'
            : /\.json$/.test(path)
              ? 'geometry'
              : 'html';
      bodies.push({ url: path, type, raw: body.length, gzip: gzipSync(body).length });
    });
    await page.goto(`${server.url}?mode=embed&chart=map`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.embed h1')).toBeVisible();
    const byType: Record<string, number> = {};
    for (const b of bodies) byType[b.type] = (byType[b.type] ?? 0) + b.gzip;
    const total = bodies.reduce((sum, b) => sum + b.gzip, 0);
    const report = { total, byType, files: bodies };
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/embed-map-bytes.json', JSON.stringify(report, null, 2));
    testInfo.annotations.push({
      type: 'embed-map-gzip-bytes',
      description: JSON.stringify(byType) + ` total ${total}`,
    });
    console.log(`map embed first load: ${total} bytes gzip`, byType);
    expect(byType.js).toBeGreaterThan(0);
    // Budget: everything (code, styles, data, geometry) under what a tree-shaken ECharts 6 map
    // page spends on code alone (174 KB gzip, measured in GUIDE.md).
    expect(total).toBeLessThan(174_000);
  } finally {
    await server.close();
  }
});

for (const chart of EMBED_CHARTS.filter((c) => c !== 'source')) {
  test(`the ${chart} embed draws its view with the embed chrome`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 480, height: 800 });
    await page.goto(`./?mode=embed&chart=${chart}&district=500102`);
    await expect(page.locator('.embed h1')).toBeVisible();
    await expect(page.locator('.embed .chart')).not.toContainText('这一视图的数据尚未生成');
    await expect(page.getByRole('link', { name: /在仪表盘中打开/ })).toHaveAttribute(
      'target',
      '_blank',
    );
    await page.waitForLoadState('networkidle');
    // The embed never writes the URL, not even when the reader picks a district.
    const before = await page.evaluate(() => [location.href, history.length]);
    const district = page.locator('.embed .chart [data-code]').first();
    if (await district.count()) await district.click();
    expect(await page.evaluate(() => [location.href, history.length])).toEqual(before);
    await page.screenshot({ path: `tests/screenshots/embed-${chart}-480.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}

test('without CORS headers the given embed code still works; a scripts-only sandbox needs them', async ({
  page,
}) => {
  const routes: Record<string, [string, string]> = {};
  const server = await serveStatic({
    headers: { 'content-security-policy': HEADERS['content-security-policy'] },
    routes,
  });
  try {
    const given = getEmbedCode({
      pageUrl: server.url,
      chart: 'map',
      state: new URLSearchParams(),
      title: 'map',
      lang: 'zh',
    });
    const strict = getEmbedCode({
      pageUrl: server.url,
      chart: 'timeline',
      state: new URLSearchParams(),
      title: 'timeline',
      lang: 'zh',
    })
      .split('\n')[0]!
      .replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts"');
    routes['/plain.html'] = [
      'text/html; charset=utf-8',
      `<!doctype html><body>${given}\n${strict}</body>`,
    ];
    await page.goto(new URL('plain.html', server.url).href);
    await page.waitForLoadState('networkidle');
    await expect((await embedFrame(page, 'map')).locator('.embed h1')).toHaveText(
      '重庆38个区县：表态条数（全部会议）',
    );
    const mapHeight = (await page.locator('iframe[data-cq-embed="map"]').boundingBox())!.height;
    expect(mapHeight).not.toBe(640);
    // The opaque-origin frame's module script is a cross-origin request the server refuses.
    expect(await (await embedFrame(page, 'timeline')).locator('.embed').count()).toBe(0);
  } finally {
    await server.close();
  }
});

test('a host element id="cqEmbed" cannot switch embed.js off (loaded twice on that page)', async ({
  page,
}) => {
  const routes: Record<string, [string, string]> = {};
  const server = await serveStatic({ routes });
  try {
    const code = getEmbedCode({
      pageUrl: server.url,
      chart: 'map',
      state: new URLSearchParams(),
      title: 'map',
      lang: 'zh',
    });
    // DOM clobbering: a named element makes `window.cqEmbed` an element on this page.
    routes['/clobber.html'] = [
      'text/html; charset=utf-8',
      `<!doctype html><body><div id="cqEmbed"></div><form name="cqEmbed"></form>${code}\n${code.split('\n')[1]}</body>`,
    ];
    await page.goto(new URL('clobber.html', server.url).href);
    await page.waitForLoadState('networkidle');
    const iframe = page.locator('iframe[data-cq-embed="map"]').first();
    await expect
      .poll(async () => (await iframe.boundingBox())!.height, 'the map iframe is resized')
      .not.toBe(INITIAL_HEIGHT_PX.map);
    const listeners = await page.evaluate(
      () => (window as unknown as Record<symbol, unknown>)[Symbol.for('cq-embed:loaded')],
    );
    expect(listeners).toBe(true);
  } finally {
    await server.close();
  }
});
