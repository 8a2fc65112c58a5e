import { expect, test, type Page, type Route } from '@playwright/test';

// The map's geometry ships with its code, so the 38 districts are drawn before the CSV files
// arrive: neutral grey, not hatched as "no data"; the colours follow the data.
async function holdData(page: Page, held: Route[]) {
  await page.route('**/data/*.csv', (route) => {
    held.push(route);
  });
}

for (const [name, url] of [
  ['dashboard', './'],
  ['map embed', './?mode=embed&chart=map'],
] as const) {
  test(`${name}: districts drawn while the data loads, coloured once it arrives`, async ({
    page,
  }) => {
    const held: Route[] = [];
    await holdData(page, held);
    await page.goto(url);
    const shapes = page.locator('[data-testid="district-map"] svg.main [data-code]');
    await expect(shapes).toHaveCount(38);
    await expect(page.locator('.map-panel')).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('svg.main [data-code].nodata')).toHaveCount(0);
    const loadingFills = await shapes.evaluateAll((els) =>
      els.map((e) => getComputedStyle(e).fill),
    );
    expect(new Set(loadingFills).size).toBe(1);
    // The benchmark's mark is set while the data is still held back, with the shapes in the DOM.
    expect(await page.evaluate(() => performance.getEntriesByName('cq:map-drawn').length)).toBe(1);
    expect(held.length).toBeGreaterThan(0);
    await page.screenshot({ path: `.tmp/map-loading-${name.replace(' ', '-')}.png` });

    for (const route of held.splice(0)) await route.continue();
    await page.unroute('**/data/*.csv');
    await expect(page.locator('.map-panel')).toHaveAttribute('aria-busy', 'false');
    // Statements per district: more than one colour once counted, none left in the loading grey.
    // Polled: fills ease from grey to their class (a CSS transition), so one read can land mid-way.
    const readFills = () => shapes.evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    await expect.poll(async () => new Set(await readFills()).size).toBeGreaterThan(1);
    await expect.poll(async () => (await readFills()).includes(loadingFills[0]!)).toBe(false);
  });
}
