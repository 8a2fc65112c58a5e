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
    const districts = page.locator('[data-code]').filter({ visible: true });
    const n = Math.min(await districts.count(), 3);
    for (let i = 0; i < n; i++) await districts.nth(i).hover();
    if (n > 0) await districts.first().click();
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
}
