import { expect, test, type Page } from '@playwright/test';
import { pointInside } from './support/hit';

const CENTRAL = {
  '500103': '渝中区',
  '500104': '大渡口区',
  '500105': '江北区',
  '500106': '沙坪坝区',
  '500107': '九龙坡区',
  '500108': '南岸区',
  '500109': '北碚区',
  '500112': '渝北区',
  '500113': '巴南区',
};

const inset = (page: Page) => page.getByTestId('district-map').locator('.inset svg');

test('at 1280×720 every central district can be hit in the inset with a 24×24 px target', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  // The map is drawn before the data arrives; the page around it grows when it does.
  await expect(page.locator('.map-panel')).toHaveAttribute('aria-busy', 'false');
  const tooltip = page.getByTestId('district-map').getByRole('tooltip');
  for (const [code, name] of Object.entries(CENTRAL)) {
    const target = inset(page).locator(`[data-inset-code="${code}"]`).first();
    // 12 px in every direction: the whole 24×24 square around the point hits this district.
    const point = await pointInside(target, 12);
    expect(point, `${name}: no 24×24 px target in the inset`).not.toBeNull();
    await page.mouse.move(point![0], point![1]);
    await expect(tooltip).toContainText(name);
    await page.mouse.click(point![0], point![1]);
    await expect(
      page.getByTestId('district-map').locator(`svg.main [data-code="${code}"]`),
    ).toHaveAttribute('aria-pressed', 'true');
  }
  await page.locator('.map-panel').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: 'tests/screenshots/map-inset-1280x720.png' });
});

test('the inset does not cover any district of the main map', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await expect(page.getByTestId('district-map').locator('svg.main [data-code]')).toHaveCount(38);
  const box = (await page.getByTestId('district-map').locator('.inset').boundingBox())!;
  const overlapping = await page
    .getByTestId('district-map')
    .locator('svg.main [data-code]')
    .evaluateAll(
      (els, b) =>
        els
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.left < b.x + b.width && r.top < b.y + b.height;
          })
          .map((e) => e.getAttribute('data-code')),
      box,
    );
  // Bounding boxes may reach under the inset's corner; the shapes themselves must not.
  for (const code of overlapping) {
    const hidden = await page.evaluate(
      ([c, b]) => {
        const el = document.querySelector(`svg.main [data-code="${c}"]`) as SVGGraphicsElement;
        const r = el.getBoundingClientRect();
        let covered = 0;
        let inside = 0;
        for (let x = r.left + 1; x < r.right; x += 3)
          for (let y = r.top + 1; y < r.bottom; y += 3) {
            const svg = el.ownerSVGElement!;
            const p = svg.createSVGPoint();
            p.x = x;
            p.y = y;
            const local = p.matrixTransform(el.getScreenCTM()!.inverse());
            if (!(el as SVGGeometryElement).isPointInFill(local)) continue;
            inside++;
            if (x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) covered++;
          }
        return inside ? covered / inside : 0;
      },
      [code, box] as const,
    );
    expect(hidden, `district ${code} is covered by the inset`).toBeLessThan(0.02);
  }
});
