/**
 * Fuzzed URLs: query strings with markup, script, prototype keys, invisible characters, huge and
 * broken values in every parameter (a seeded fast-check sample, the same every run). Each is
 * opened in the built site with no Content-Security-Policy (so the app's own escaping is what is
 * tested); a page error, a dialog, a script that ran or an injected element is a breach.
 */
import type { Browser } from '@playwright/test';
import fc from 'fast-check';
import { KEYS } from '../../src/lib/view-state.ts';
import {
  INVISIBLE,
  MARKUP_PAYLOADS,
  PROTOTYPE_KEYS,
  pwnedInPage,
} from '../../tests/e2e/support/hostile.ts';

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS) },
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.constantFrom('en', 'zh', 'embed', 'present', 'table', 'map', 'loans', '500101', '1', '7'),
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP_PAYLOADS, ...PROTOTYPE_KEYS, ...INVISIBLE) },
  fc.constantFrom('-1', '1e309', 'NaN', '9'.repeat(400), '000:0-99999999', 'hostile:1-5', ''),
  fc.constantFrom('x'.repeat(1500), '重'.repeat(150)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const query = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, v);
  return `?${params}`;
});
const RAW = [
  '?%E0%A4%A',
  '?lang=%ZZ',
  '?&&&=&=',
  '?mode=embed&mode=present&chart=map&chart=__proto__',
  '?__proto__[lang]=en&constructor[prototype][mode]=embed',
  '?slide=99999999999999999999&quote=a:1:2',
];

export interface UrlResult {
  urls: number;
  pageErrors: string[];
  ran: number;
  injected: number;
  dialogs: number;
}

/** Opens `count` fuzzed URLs of the site at `base`, two pages at a time. */
export async function attackUrls(
  browser: Browser,
  base: string,
  count: number,
): Promise<UrlResult> {
  const queries = [...RAW, ...fc.sample(query, { numRuns: count - RAW.length, seed: 17 })];
  const result: UrlResult = { urls: 0, pageErrors: [], ran: 0, injected: 0, dialogs: 0 };
  const worker = async (share: string[]) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => result.pageErrors.push(`${page.url()}: ${e.message}`));
    page.on('dialog', (d) => {
      result.dialogs++;
      void d.dismiss();
    });
    for (const q of share) {
      await page.goto(new URL(q, base).href, { waitUntil: 'load' });
      await page
        .waitForFunction(() => (document.querySelector('#app')?.children.length ?? 0) > 0, null, {
          timeout: 10_000,
        })
        .catch(() => result.pageErrors.push(`${q}: nothing drawn in 10 s`));
      const seen = await page.evaluate(pwnedInPage);
      if (seen.ran) result.ran++;
      result.injected += seen.injected;
      result.urls++;
    }
    await context.close();
  };
  await Promise.all([0, 1].map((w) => worker(queries.filter((_, i) => i % 2 === w))));
  return result;
}
