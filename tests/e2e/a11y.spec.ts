import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_URLS } from './support/pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every page, both languages, both themes: axe finds no serious or critical WCAG 2.x A/AA
// violation (the dark theme has its own fills, inks and page colour).
const THEMED = ALL_URLS.flatMap((target) => [
  target,
  {
    ...target,
    name: `${target.name}, dark`,
    query: `${target.query ? `${target.query}&` : '?'}theme=dark`,
  },
]);
for (const target of THEMED) {
  test(`no serious or critical accessibility violations: ${target.name}`, async ({ page }) => {
    await page.goto(`./${target.query}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#app *').filter({ visible: true }).first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    expect(serious).toEqual([]);
  });
}
