import { expect, test, type Page } from '@playwright/test';
import { EMBED_CHARTS } from '../../src/lib/embed';

/**
 * English everywhere: with lang=en, Chinese may appear only inside an element marked lang="zh…"
 * (a quote, the bracketed Chinese of a name, a term the glossary does not have yet), and English
 * text uses English punctuation. Walks the dashboard in several states, every embed and every
 * slide: text, and the labels a screen reader or a tooltip gives (aria-label, title, placeholder).
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]/;

interface Offence {
  where: string;
  text: string;
}

/** Text and labels with Chinese (or full-width punctuation) outside a lang="zh…" element. */
async function offences(page: Page, root = 'body'): Promise<Offence[]> {
  return page.evaluate(
    ({ root, han, fullWidth }) => {
      const HAN = new RegExp(han);
      const FULL = new RegExp(fullWidth);
      const inChinese = (el: Element | null) =>
        (el?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('zh');
      const hidden = (el: Element) => {
        if (el.closest('[aria-hidden="true"], template, script, style, noscript')) return true;
        const s = getComputedStyle(el);
        return s.display === 'none' || s.visibility === 'hidden';
      };
      const path = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement)
          parts.unshift(
            e.tagName.toLowerCase() +
              (e.id ? `#${e.id}` : '') +
              (typeof e.className === 'string' && e.className
                ? `.${e.className.split(' ')[0]}`
                : ''),
          );
        return parts.join(' > ');
      };
      const out: { where: string; text: string }[] = [];
      const base = document.querySelector(root)!;
      const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const el = n.parentElement!;
        if (!text.trim() || hidden(el) || inChinese(el)) continue;
        if (HAN.test(text) || FULL.test(text)) out.push({ where: path(el), text: text.trim() });
      }
      for (const el of base.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (hidden(el) || inChinese(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(attr);
          if (v && (HAN.test(v) || FULL.test(v)))
            out.push({ where: `${path(el)}[${attr}]`, text: v });
        }
      }
      return out;
    },
    { root, han: HAN.source, fullWidth: FULL_WIDTH.source },
  );
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
}

const DASHBOARD_STATES = [
  '?lang=en',
  '?lang=en&district=500102&session=plenary-6-5',
  '?lang=en&district=500000',
  '?lang=en&metric=loans&view=table',
  '?lang=en&metric=targets&layout=tiles',
];

for (const query of DASHBOARD_STATES) {
  test(`no Chinese outside lang="zh" on the English dashboard ${query}`, async ({ page }) => {
    await page.goto(`./${query}`);
    await settle(page);
    await expect(page.locator('[data-testid="district-map"]')).toBeVisible();
    // Read the page with its data in: a loaded machine can still be showing "Loading data…".
    await expect(page.locator('.map-panel')).toHaveAttribute('aria-busy', 'false');
    expect(await offences(page)).toEqual([]);
  });
}

test('no Chinese outside lang="zh" in the English map tooltip and the opened menus', async ({
  page,
}) => {
  await page.goto('./?lang=en&district=500102');
  await settle(page);
  await page.locator('[data-testid="district-map"] path[data-code="500152"]').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await offences(page)).toEqual([]);
  for (const summary of await page.locator('details.export > summary').all()) await summary.click();
  await page.getByRole('button', { name: 'Cite this' }).first().click();
  await settle(page);
  expect(await offences(page)).toEqual([]);
});

for (const chart of EMBED_CHARTS) {
  test(`no Chinese outside lang="zh" in the English ${chart} embed`, async ({ page }) => {
    await page.goto(`./?mode=embed&chart=${chart}&lang=en`);
    await settle(page);
    await page.locator('details.export > summary').click();
    await settle(page);
    expect(await offences(page)).toEqual([]);
  });
}

test('no Chinese outside lang="zh" on any English slide, at any step', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?mode=present&lang=en');
  await settle(page);
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    const slide = await page.locator('.present-screen [data-slide]').getAttribute('data-slide');
    seen.push(slide!);
    expect(await offences(page, '.present-screen'), `slide ${slide}`).toEqual([]);
    if (slide === '7') break;
    await page.keyboard.press('PageDown');
  }
  expect(new Set(seen).size).toBe(7);
});
