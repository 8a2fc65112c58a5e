import { expect, test } from '@playwright/test';
import { serveStatic } from './support/static-server';
import { recordCspViolations, STRICT_CSP } from './support/csp';
import { EACH_MODE } from './support/pages';
import { watchForeignRequests } from './support/origin';

// The built site must work as a newsroom would host it: behind a strict CSP header.
for (const target of EACH_MODE) {
  test(`works under a strict Content-Security-Policy: ${target.name}`, async ({ page }) => {
    const server = await serveStatic({ headers: { 'content-security-policy': STRICT_CSP } });
    try {
      const violations = await recordCspViolations(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const foreign = watchForeignRequests(page, new URL(server.url).origin);
      const dataLoaded: string[] = [];
      page.on('response', (r) => {
        if (/\/data\/[\w-]+\.csv$/.test(r.url()) && r.ok()) dataLoaded.push(r.url());
      });
      const response = await page.goto(server.url + target.query);
      expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
      // The app's script ran (it drew something) and its data fetches were allowed.
      await expect(page.locator('#app *').filter({ visible: true }).first()).toBeVisible();
      // Polled, not read once after networkidle: the lazily loaded view may start its fetches
      // after the load state has already settled.
      await expect.poll(() => dataLoaded.length, { timeout: 15_000 }).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await server.close();
    }
  });
}

test('the policy really is enforced: an inline script is blocked and reported', async ({
  page,
}) => {
  const server = await serveStatic({
    headers: { 'content-security-policy': STRICT_CSP },
    routes: {
      '/csp-probe.html': [
        'text/html; charset=utf-8',
        '<!doctype html><title>probe</title><script>window.__ran = true</script>',
      ],
    },
  });
  try {
    const violations = await recordCspViolations(page);
    await page.goto(new URL('csp-probe.html', server.url).href);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBe(
      undefined,
    );
    expect((await violations()).map((v) => v.directive)).toContain('script-src-elem');
  } finally {
    await server.close();
  }
});
