/**
 * A pressed toggle stays readable under the pointer, in both themes: the metric tabs, 图表/表格,
 * the theme switch and 地图/方格图 (the hover rule once painted the chosen option's near-white
 * text on a near-white background).
 */
import { expect, test, type Locator } from '@playwright/test';
import { openDashboard } from './support/dashboard';

test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

/** Contrast of a button's text with its background, as painted (WCAG formula). */
async function textContrast(button: Locator): Promise<number> {
  return button.evaluate((el) => {
    // "rgb(r, g, b)", or "color(srgb r g b)" (0–1) where CSS mixes colours.
    const rgb = (css: string) =>
      css
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((v) => (css.startsWith('color(srgb') ? Number(v) * 255 : Number(v)));
    const lum = (css: string) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const [r, g, b] = rgb(css).map(lin) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The background as painted: the first ancestor-or-self with an opaque one.
    let node: Element | null = el;
    let bg = 'rgb(255, 255, 255)';
    while (node) {
      const c = getComputedStyle(node).backgroundColor;
      // Opaque only: a translucent hover tint is painted over the parent's background.
      if (c && !/rgba\(|\/ 0|transparent/.test(c)) {
        bg = c;
        break;
      }
      node = node.parentElement;
    }
    const [hi, lo] = [lum(getComputedStyle(el).color), lum(bg)].sort((a, b) => b - a) as [
      number,
      number,
    ];
    return (hi + 0.05) / (lo + 0.05);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`pressed toggles stay readable when hovered (${theme})`, async ({ page }) => {
    await openDashboard(page, `?theme=${theme}`);
    const toggles = [
      page
        .locator('[data-chart="ranking"]')
        .locator('..')
        .locator('.metrics button[aria-pressed="true"]'),
      page.getByRole('group', { name: '显示为' }).locator('button[aria-pressed="true"]'),
      page.getByRole('group', { name: '配色' }).locator('button[aria-pressed="true"]'),
      page
        .locator('section.map-panel')
        .getByRole('group', { name: '地图样式' })
        .locator('button[aria-pressed="true"]'),
      page.getByTestId('boundaries-switch').locator('button[aria-pressed="true"]'),
    ];
    for (const toggle of toggles) {
      await expect(toggle).toHaveCount(1);
      await toggle.scrollIntoViewIfNeeded();
      await toggle.hover();
      const label = (await toggle.textContent())!.trim();
      expect(await textContrast(toggle), `${label} hovered`).toBeGreaterThanOrEqual(4.5);
      await page.mouse.move(0, 0);
      expect(await textContrast(toggle), `${label}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}
