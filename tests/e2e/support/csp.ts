/**
 * A strict Content-Security-Policy for the built site, and a recorder for violations the page
 * reports. No inline script, no eval, data only from the same origin.
 */
import type { Page } from '@playwright/test';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Collects `securitypolicyviolation` events and CSP console errors from the page. */
export async function recordCspViolations(page: Page): Promise<() => Promise<CspViolation[]>> {
  const console: CspViolation[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      console.push({ directive: 'console', blocked: '', sample: m.text() });
  });
  await page.addInitScript(() => {
    const seen: CspViolation[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations,
    )),
    ...console,
  ];
}
