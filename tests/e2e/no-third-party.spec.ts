import { expect, test } from '@playwright/test';
import { ALL_URLS } from './support/pages';
import { watchForeignRequests } from './support/origin';

// Readers in China may not reach foreign CDNs, and the product promises no tracking: every
// request, in every mode and language, after load and after using the page, stays on the origin.
for (const target of ALL_URLS) {
  test(`no request leaves the origin: ${target.name}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign = watchForeignRequests(page, origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`./${target.query}`);
    await page.waitForLoadState('networkidle');
    // Use the page: hover and select districts, move through the controls by keyboard.
    // Large districts (万州, 涪陵, 城口): a tiny central one's box centre lies under a neighbour.
    const districts = ['500101', '500102', '500229'].map((code) =>
      page.locator(`[data-code="${code}"]`).filter({ visible: true }).first(),
    );
    const shown = [];
    for (const d of districts) if (await d.count()) shown.push(d);
    for (const d of shown) await d.hover();
    if (shown[0]) await shown[0].click();
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
}
