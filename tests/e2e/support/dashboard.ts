import type { Page } from '@playwright/test';

/**
 * Opens the dashboard at a query and waits until every view has drawn its data. The views under
 * the first screen are drawn once the reader comes near them, so this scrolls down through the
 * page like a reader, then back to the top.
 */
export async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('cq:dashboard-ready').length > 0);
  await showEveryView(page);
}

/** Scrolls to each view not drawn yet until all are, waits for their data, scrolls back up. */
export async function showEveryView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const next = document.querySelector('[data-later]');
    next?.scrollIntoView();
    return !next && performance.getEntriesByName('cq:dashboard-complete').length > 0;
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The main map's shape for a district (the inset's copies carry data-inset-code instead). */
export const mapDistrict = (page: Page, code: string) =>
  page.locator(`section.map-panel path[data-code="${code}"]`);

/** The ranking chart's bar for a district. */
export const rankingBar = (page: Page, code: string) =>
  page.locator(`[data-chart="ranking"] button[data-code="${code}"]`);

/** A timeline marker by event id. */
export const timelineItem = (page: Page, id: string) =>
  page.locator(`.timeline [role="option"][data-event-id="${id}"]`);
