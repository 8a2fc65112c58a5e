import { expect, test, type Page } from '@playwright/test';

/**
 * Presentation mode (?mode=present): the deck picks a stage for the screen's shape (16:9, 16:10,
 * 4:3) and fills the screen with it, no letterbox; every slide fits with readable type (24 px or
 * more on screen at 1024×768); the keys a clicker sends work, the slide is in the URL, F asks for
 * fullscreen, and the handout prints one slide per A4 landscape page.
 */

const SLIDE_COUNT = 7;
const MIN_FONT_PX = 24;
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

interface Layout {
  slide: number;
  /** The stage's box on screen, to tell a filled screen from a letterboxed one. */
  stage: { left: number; top: number; right: number; bottom: number };
  outside: string[];
  small: string[];
  overlaps: string[];
  textCount: number;
}

/** Measures the slide on screen: boxes outside the viewport, text too small, text overlapping. */
async function measure(page: Page, minFontPx: number): Promise<Layout> {
  return page.evaluate((minFont) => {
    const stage = document.querySelector<HTMLElement>('.present-screen .stage')!;
    const slide = stage.querySelector<HTMLElement>('[data-slide]')!;
    const box = stage.getBoundingClientRect();
    const scale = box.width / Number(stage.dataset.stageWidth);
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`;
    const outside: string[] = [];
    for (const el of stage.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)
        outside.push(
          `${name(el)} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
    }
    const small: string[] = [];
    const lines: { text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (!text) continue;
      const parent = node.parentElement!;
      // Hidden from sight on purpose (a screen-reader heading), so not part of the layout.
      if (parent.closest('[aria-hidden="true"], .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      if (!rects.length) continue;
      // SVG text is scaled by its viewBox as well as the stage; getScreenCTM holds both.
      const svgScale =
        parent instanceof SVGGraphicsElement ? (parent.getScreenCTM()?.a ?? scale) : scale;
      const px = parseFloat(getComputedStyle(parent).fontSize) * svgScale;
      if (px < minFont * scale - 0.05) small.push(`${text.slice(0, 20)}: ${px.toFixed(1)}px`);
      // A line's box is the font's content area (about 1.45em for CJK fonts), taller than the
      // glyphs; tight line-heights make those boxes touch without any ink overlapping. Compare
      // the central 1em of each line instead.
      for (const r of rects)
        lines.push({
          text: text.slice(0, 20),
          r: new DOMRect(r.x, r.y + (r.height - px) / 2, r.width, px),
        });
    }
    const overlaps: string[] = [];
    const TOLERANCE = 2;
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!.r;
        const b = lines[j]!.r;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > TOLERANCE && y > TOLERANCE) overlaps.push(`${lines[i]!.text} × ${lines[j]!.text}`);
      }
    return {
      slide: Number(slide.dataset.slide),
      stage: { left: box.left, top: box.top, right: vw - box.right, bottom: vh - box.bottom },
      outside,
      small,
      overlaps,
      textCount: lines.length,
    };
  }, minFontPx);
}

async function openDeck(page: Page, query = '') {
  await page.goto(`./?mode=present${query}`);
  await expect(page.locator('.present-screen [data-slide]')).toBeVisible();
  // Wait for the data: the footer of the title slide names no source, the others do once loaded.
  await page.waitForLoadState('networkidle');
}

// Each stage shape lays the slides out anew; English (longer words) is checked on the 4:3 and
// the 16:9 stage, where its screenshots are taken.
const RUNS = [
  ...SIZES.map((size) => ({ size, lang: 'zh' as const })),
  { size: SIZES[0], lang: 'en' as const },
  { size: SIZES[1], lang: 'en' as const },
];

for (const { size, lang } of RUNS) {
  test(`every slide fits ${size.width}×${size.height} (${lang}) with readable, separate text`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await openDeck(page, lang === 'en' ? '&lang=en' : '');
    const seen = new Set<string>();
    for (let click = 0; click < 20; click++) {
      const layout = await measure(page, MIN_FONT_PX);
      const step = await page.locator('.present-screen [aria-current="step"]').count();
      const where = `slide ${layout.slide}${step ? ' step' : ''} at ${size.width}×${size.height} (${lang})`;
      expect(layout.textCount, where).toBeGreaterThan(1);
      expect(layout.outside, where).toEqual([]);
      expect(layout.small, where).toEqual([]);
      expect(layout.overlaps, where).toEqual([]);
      // A screen of a stage's own shape is filled: no black bars.
      if (size.width !== 3840)
        for (const edge of Object.values(layout.stage))
          expect(Math.abs(edge), `${where}: letterbox`).toBeLessThan(1);
      if (size.width === 1280 && size.height === 720) {
        const year = step
          ? (await page.locator('.present-screen [aria-current="step"]').textContent())!.trim()
          : '';
        const file = `present-1280-${lang}-slide-${layout.slide}${year ? '-' + year : ''}.png`;
        if (!seen.has(file))
          await page.screenshot({ path: `tests/screenshots/${file}`, animations: 'disabled' });
        seen.add(file);
      }
      if (layout.slide === SLIDE_COUNT) break;
      await page.keyboard.press('PageDown');
    }
    await expect(page).toHaveURL(new RegExp(`slide=${SLIDE_COUNT}`));
  });
}

test.describe('keys', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  const current = (page: Page) =>
    page.locator('.present-screen [data-slide]').getAttribute('data-slide');

  test('clicker and reveal.js keys move through the deck, and the URL follows', async ({
    page,
  }) => {
    await openDeck(page);
    expect(await current(page)).toBe('1');
    for (const [key, slide] of [
      ['PageDown', '2'],
      ['ArrowRight', '3'],
      ['Space', '4'],
      ['ArrowDown', '5'],
      ['PageUp', '4'],
      ['ArrowLeft', '3'],
      ['ArrowUp', '2'],
      ['End', '7'],
      ['Home', '1'],
    ] as const) {
      await page.keyboard.press(key);
      expect(await current(page), `after ${key}`).toBe(slide);
      await expect(page).toHaveURL(new RegExp(`[?&]slide=${slide}(&|$)`));
    }
    await page.keyboard.press('6');
    await expect(page.getByRole('status')).toContainText('6');
    await page.keyboard.press('Enter');
    expect(await current(page)).toBe('6');
  });

  test('the dashboard’s 演示 / Present link opens the deck', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page).toHaveURL(/mode=present/);
    expect(await current(page)).toBe('1');
    await page.goto('./');
    await expect(page.getByRole('link', { name: '演示' })).toHaveAttribute('href', '?mode=present');
  });

  test('a link with slide=3 opens slide 3', async ({ page }) => {
    await openDeck(page, '&slide=3');
    expect(await current(page)).toBe('3');
    await expect(page.locator('.present-screen h2')).toHaveText('各区县表态发言');
  });

  test('districts with no statements are filled as zero, not hatched as missing data', async ({
    page,
  }) => {
    await openDeck(page, '&slide=3');
    const shapes = page.locator('.present-screen svg path[data-code]');
    await expect(shapes).toHaveCount(38);
    await expect(page.locator('.present-screen .names li').first()).toBeVisible();
    const fills = await shapes.evaluateAll((els) => els.map((e) => (e as SVGElement).style.fill));
    expect(fills.filter((f) => f.includes('url('))).toEqual([]);
    // Fewer districts are named (they have statements) than drawn: the rest are counted zeros.
    expect(await page.locator('.present-screen .names li').count()).toBeLessThan(38);
  });

  test('F asks the browser for fullscreen', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls = calls;
      Element.prototype.requestFullscreen = function (this: Element) {
        calls.push(this.tagName);
        return Promise.resolve();
      };
    });
    await openDeck(page);
    await page.keyboard.press('f');
    const calls = await page.evaluate(
      () => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls,
    );
    expect(calls).toEqual(['HTML']);
  });

  test('B and . black the screen; ? shows the keys; Esc closes, then leaves the mode', async ({
    page,
  }) => {
    await openDeck(page, '&slide=4');
    await page.keyboard.press('b');
    await expect(page.getByTestId('blackout')).toBeVisible();
    await page.keyboard.press('.');
    await expect(page.getByTestId('blackout')).toBeHidden();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '按键' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('PageDown');
    const layout = await measure(page, MIN_FONT_PX);
    expect(layout.small).toEqual([]);
    expect(layout.outside).toEqual([]);
    await page.screenshot({ path: 'tests/screenshots/present-1280-keys.png' });
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await page.keyboard.press('Escape');
    // Leaving opens the dashboard at the slide's view: the spotlight district selected.
    await expect(page).not.toHaveURL(/mode=present/);
    await expect(page).toHaveURL(/district=500102/);
  });

  test('the 富民贷 slide steps a year per click before moving on', async ({ page }) => {
    await openDeck(page, '&slide=6');
    const year = page.locator('.present-screen [aria-current="step"]');
    const years: string[] = [];
    for (let i = 0; i < 4; i++) {
      years.push((await year.textContent())!.trim());
      await page.keyboard.press('ArrowRight');
    }
    expect(years).toEqual(['2021', '2022', '2023', '2024']);
    expect(await current(page)).toBe('7');
    await page.keyboard.press('ArrowLeft');
    await expect(year).toHaveText('2024');
  });

  test('works in English', async ({ page }) => {
    await openDeck(page, '&lang=en&slide=7');
    // The data holds municipal targets for 2027 only: the title promises no 2035 column.
    await expect(page.locator('.present-screen h2')).toHaveText('Municipal targets for 2027');
    await expect(page.locator('.present-screen .targets section')).toHaveCount(1);
    await page.keyboard.press('Home');
    await expect(page.locator('.present-screen .main')).toHaveText(
      'Plenary Sessions of the CPC Chongqing Municipal Committee',
    );
  });
});

test('printing gives a handout of one slide per A4 landscape page', async ({ page }) => {
  await openDeck(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.present-print .print-page')).toHaveCount(SLIDE_COUNT);
  await expect(page.locator('.present-screen')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(SLIDE_COUNT);
  // A4 landscape in PDF points: 842 × 595.
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  expect(Number(box![1])).toBeCloseTo(841.9, 0);
  expect(Number(box![2])).toBeCloseTo(595.3, 0);
});
