/**
 * `npm run attack`: the app and the pipeline tried as a hostile or careless user would, outside
 * `npm test` (it takes minutes). Builds the site into .tmp/dist-attack, serves it with no
 * Content-Security-Policy (so the app's own escaping is what is tested), and runs:
 *   1. fuzzed URLs: every parameter gets markup, scripts, prototype keys, huge and broken values;
 *   2. hostile data pages: a corpus with a hostile article, reprints and tampered URLs through the
 *      real pipeline, every page opened and every control clicked;
 *   3. rejected inputs: broken seeds, manifests, reviewed files and command lines through
 *      `npm run data`, each must exit 2 naming the file, without a stack trace, output unchanged.
 * Prints the figures and exits 1 on any breach.
 *   --urls 2000      fuzzed URLs
 *   --clicks 30      controls clicked per page at most
 *   --skip urls,pages,inputs
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.ts';
import { serveStatic } from '../../tests/e2e/support/static-server.ts';
import { attackInputs } from './inputs.ts';
import { attackPages, hostilePages, hostileSite } from './pages.ts';
import { attackUrls } from './urls.ts';

const { values } = parseArgs({
  options: {
    urls: { type: 'string', default: '2000' },
    clicks: { type: 'string', default: '30' },
    skip: { type: 'string', default: '' },
  },
});
const skip = new Set(values.skip.split(',').filter(Boolean));
const OUT = '.tmp/dist-attack';
const lines: string[] = [];
let breaches = 0;
const report = (ok: boolean, text: string) => {
  if (!ok) breaches++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
};
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

async function main(): Promise<number> {
  if (!skip.has('urls') || !skip.has('pages')) {
    console.log(`building the site into ${OUT}/ …`);
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, VITE_OUT_DIR: OUT },
    });
    if (build.status !== 0) throw new Error('vite build failed');
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      if (!skip.has('urls')) {
        const t0 = performance.now();
        const server = await serveStatic({ root: OUT });
        const r = await attackUrls(browser, server.url, Number(values.urls));
        await server.close();
        report(
          r.pageErrors.length === 0 && r.ran === 0 && r.injected === 0 && r.dialogs === 0,
          `fuzzed URLs: ${r.urls} opened, ${r.pageErrors.length} page errors, ${r.ran} scripts run, ${r.dialogs} dialogs, ${r.injected} elements injected (${seconds(t0)})`,
        );
        for (const e of r.pageErrors.slice(0, 10)) console.log(`     ${e}`);
      }
      if (!skip.has('pages')) {
        const t0 = performance.now();
        const site = hostileSite();
        report(
          site.quotesWrong === 0,
          `hostile corpus: quotes equal the source text on ${site.quotesChecked - site.quotesWrong} of ${site.quotesChecked} rows`,
        );
        const server = await serveStatic({ root: OUT, routes: site.routes });
        const r = await attackPages(
          browser,
          server.url,
          hostilePages(site.quotes),
          Number(values.clicks),
        );
        await server.close();
        report(
          r.ran === 0 &&
            r.injected === 0 &&
            r.dialogs === 0 &&
            r.pageErrors.length === 0 &&
            r.badLinks.length === 0,
          `hostile data pages: ${r.pages} pages, ${r.clicks} clicks, ${r.ran} scripts run, ${r.dialogs} dialogs, ${r.injected} elements injected, ${r.badLinks.length} non-http(s) links, ${r.pageErrors.length} page errors (${seconds(t0)})`,
        );
        for (const e of [...r.pageErrors, ...r.badLinks].slice(0, 10)) console.log(`     ${e}`);
      }
    } finally {
      await browser.close();
    }
  }
  if (!skip.has('inputs')) {
    const t0 = performance.now();
    const results = await attackInputs();
    const count = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length;
    report(
      count((r) => r.ok) === results.length,
      `rejected inputs: ${count((r) => r.status === 2)} of ${results.length} exit 2, ${count((r) => r.named)} name the file (and line), ${count((r) => !r.stack)} without a stack trace, output byte-identical in ${count((r) => r.identical)} (${seconds(t0)})`,
    );
    for (const r of results)
      console.log(`     ${r.ok ? '✓' : '✗'} ${r.name}: exit ${r.status} — ${r.message}`);
  }
  console.log(
    `\n${lines.join('\n')}\nattack: ${breaches === 0 ? 'no breach' : `${breaches} breach(es)`}`,
  );
  return breaches === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
