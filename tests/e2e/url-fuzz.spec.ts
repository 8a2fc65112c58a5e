import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { KEYS, parseViewState } from '../../src/lib/view-state';
import { t } from '../../src/lib/i18n';
import { INVISIBLE, MARKUP_PAYLOADS, PROTOTYPE_KEYS, pwnedInPage } from './support/hostile';

const RUNS = 25;

const key = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.constantFrom('en', 'zh', 'embed', 'present', 'full', 'map', 'region', '500101', '1', '0'),
  fc.constantFrom(...MARKUP_PAYLOADS, ...PROTOTYPE_KEYS, ...INVISIBLE),
  fc.constantFrom('-1', '1e309', 'NaN', 'Infinity', '9'.repeat(400), '0x10', '1.5', ''),
  // Long, but inside what static servers accept in a request line (~8 KB; Node's limit is 16 KB).
  fc.constantFrom('x'.repeat(1500), '重'.repeat(150)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const query = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, v);
  return `?${params}`;
});
// Links copied by hand: broken percent-escapes, bare separators, repeated keys.
const rawQuery = fc.constantFrom(
  '?%E0%A4%A',
  '?lang=%ZZ',
  '?&&&=&=',
  '?mode=embed&mode=present&chart=map&chart=__proto__',
  '?__proto__[lang]=en&constructor[prototype][mode]=embed',
  '?slide=99999999999999999999&quote=a:1:2',
);

test('any query string opens a working page, never runs or injects anything', async ({ page }) => {
  test.setTimeout(RUNS * 6_000 + 30_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await fc.assert(
    fc.asyncProperty(fc.oneof(query, rawQuery), async (q) => {
      errors.length = 0;
      await page.goto(`./${q}`);
      await page.waitForLoadState('networkidle');
      const state = parseViewState(new URLSearchParams(q));
      await expect(page.locator('#app *').filter({ visible: true }).first()).toBeVisible();
      // An unknown mode falls back to the full dashboard with its title.
      if (state.mode === 'full')
        await expect(page.getByText(t('title', 'zh'), { exact: true })).toBeVisible();
      expect(await page.evaluate(pwnedInPage)).toEqual({ ran: false, injected: 0 });
      expect(errors).toEqual([]);
    }),
    {
      numRuns: RUNS,
      examples: [
        ['?__proto__=en&constructor=present&lang=__proto__'],
        [`?district=${'9'.repeat(6_000)}&session=${encodeURIComponent(MARKUP_PAYLOADS[1]!)}`],
        [`?lang=${encodeURIComponent('\u202een')}&mode=${encodeURIComponent('embed\u200b')}`],
      ],
    },
  );
});
