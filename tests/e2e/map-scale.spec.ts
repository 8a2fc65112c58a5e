/**
 * One colour scale per metric, whatever the filter: constant classes stated in the legend, a
 * value drawn in the same fill with or without a session filter, in the dashboard and the embed;
 * the slides use the same classes. Every class stands out from the page in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDashboard } from './support/dashboard';

const FULING = '500102';

// Fills are read as computed: without transitions, so no colour is caught half-way.
test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

const fillOf = (page: Page, code: string) =>
  page
    .locator(`section.map-panel svg.main path[data-code="${code}"]`)
    .evaluate((e) => [e.getAttribute('data-value'), getComputedStyle(e).fill]);

const legendLabels = (page: Page) =>
  page
    .locator('section.map-panel figure.legend li:not(.not-reported)')
    .evaluateAll((els) => els.map((e) => e.textContent!.trim()));

test('a value of 1 has the same fill with and without a session filter, in the embed too', async ({
  page,
}) => {
  // 涪陵 made one statement, after the 5th plenary: 1 either way.
  await openDashboard(page);
  const all = await fillOf(page, FULING);
  expect(all[0]).toBe('1');
  const legendAll = await legendLabels(page);
  await openDashboard(page, '?session=plenary-6-5');
  const fifth = await fillOf(page, FULING);
  expect(fifth).toEqual(all);
  // The legend states the same constant classes whatever is loaded.
  expect(await legendLabels(page)).toEqual(legendAll);
  expect(legendAll).toEqual(['1', '2', '3–4', '5+']);
  await page.goto('./?mode=embed&chart=map&session=plenary-6-5');
  await expect(page.locator(`svg.main path[data-code="${FULING}"]`)).toHaveAttribute(
    'data-value',
    '1',
  );
  const embedded = await page
    .locator(`svg.main path[data-code="${FULING}"]`)
    .evaluate((e) => getComputedStyle(e).fill);
  expect(embedded).toBe(all[1]);
});

test('the statements slide uses the dashboard’s classes', async ({ page }) => {
  await page.goto('./?mode=present&slide=3');
  const legend = page.locator('.present-screen .legend');
  await expect(legend).toBeVisible();
  const labels = await legend
    .locator('.key:not([data-class])')
    .evaluateAll((els) => els.map((e) => e.textContent!.trim()));
  expect(labels).toEqual(['1', '2', '3–4', '5+']);
  await expect(legend.locator('[data-class="not-reported"]')).toContainText('未见报道');
  // No district without statements is filled as a count.
  const fills = await page
    .locator('.present-screen svg path[data-code]')
    .evaluateAll((els) => els.map((e) => (e as SVGElement).style.fill));
  expect(fills.filter((f) => f.includes('url(')).length).toBeGreaterThan(0);
});

/** WCAG contrast of two CSS colours ("rgb(…)") as the browser computes them. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number];
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  for (const metric of ['statements', 'targets', 'region'] as const) {
    test(`every ${metric} class stands 3:1 against the page (${theme})`, async ({ page }) => {
      await openDashboard(page, `?theme=${theme}&metric=${metric}`);
      const { bg, swatches } = await page.evaluate(() => ({
        bg: getComputedStyle(document.documentElement).backgroundColor,
        swatches: [
          ...document.querySelectorAll(
            'section.map-panel figure.legend li:not(.not-reported) .swatch rect',
          ),
        ].map((r) => [r.closest('li')!.getAttribute('data-class')!, getComputedStyle(r).fill]),
      }));
      expect(swatches.length).toBeGreaterThan(0);
      for (const [cls, fill] of swatches)
        expect(contrast(fill!, bg), `${cls} ${fill} on ${bg}`).toBeGreaterThanOrEqual(3);
      // The shapes are drawn in the legend's fills.
      const drawn = await page
        .locator('section.map-panel svg.main path[data-code]:not(.nodata)')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
      const legend = new Set(swatches.map(([, fill]) => fill));
      for (const fill of drawn) expect(legend.has(fill), fill).toBe(true);
    });
  }
}
