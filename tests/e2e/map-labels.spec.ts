/**
 * Labels where the data is: every district with a value (and the selected one) is named, small
 * ones with a callout; the inset names every central district inside its frame and the main map
 * marks where the inset is; labels survive an export at 600 px.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseDataset } from '../../src/lib/load';
import { shortName } from '../../src/lib/geo/labels';
import { openDashboard } from './support/dashboard';
import { statementRows } from './support/statements';

const districts = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
// One row per statement (a statement printed in passages counts once).
const pledges = statementRows();
// The central districts the inset enlarges (src/lib/geo/drawing.ts).
const central = new Set([
  '500103',
  '500104',
  '500105',
  '500106',
  '500107',
  '500108',
  '500109',
  '500112',
  '500113',
]);

const withStatements = (session: string | null) =>
  districts.filter((d) =>
    pledges.some((p) => p.district_code === d.code && (session === null || p.event_id === session)),
  );

/** Codes labelled on the main map and in the inset. */
async function labelled(page: Page) {
  const codes = (sel: string) =>
    page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('data-label-code')!));
  return {
    main: new Set(await codes('section.map-panel svg.main text[data-label-code]')),
    inset: new Set(await codes('section.map-panel .inset text[data-label-code]')),
  };
}

for (const [width, lang] of [
  [1280, 'zh'],
  [1280, 'en'],
  [600, 'zh'],
  [600, 'en'],
] as const) {
  test(`every district with a value is named at ${width} px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const session of ['plenary-6-5', null]) {
      const q = new URLSearchParams({ ...(session ? { session } : {}), lang, district: '500110' });
      await openDashboard(page, `?${q}`);
      const { main, inset } = await labelled(page);
      for (const d of withStatements(session))
        expect(central.has(d.code) ? inset.has(d.code) : main.has(d.code), d.name_zh).toBe(true);
      // The selected district (綦江, no statements) is named too.
      expect(main.has('500110'), 'selected').toBe(true);
      // Every central district is named in the inset, inside its frame (nothing clipped).
      expect([...inset].sort()).toEqual([...central].sort());
      const frame = (await page.locator('section.map-panel .inset svg').boundingBox())!;
      for (const box of await page
        .locator('section.map-panel .inset text[data-label-code]')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        expect(box.left).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(box.top).toBeGreaterThanOrEqual(frame.y - 0.5);
        expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      }
    }
    await page.locator('section.map-panel').screenshot({
      path: `tests/screenshots/map-labels-${width}-${lang}.png`,
    });
  });
}

test('a locator box on the main map shows where the inset’s districts lie', async ({ page }) => {
  await openDashboard(page);
  const box = (await page.locator('section.map-panel svg.main rect.locator').boundingBox())!;
  for (const code of central) {
    const anchor = await page
      .locator(`section.map-panel svg.main path[data-code="${code}"]`)
      .boundingBox();
    const cx = anchor!.x + anchor!.width / 2;
    const cy = anchor!.y + anchor!.height / 2;
    // Centres of the small central districts fall inside the box.
    if (anchor!.width < box.width / 2) {
      expect(cx, code).toBeGreaterThan(box.x);
      expect(cx, code).toBeLessThan(box.x + box.width);
      expect(cy, code).toBeGreaterThan(box.y);
      expect(cy, code).toBeLessThan(box.y + box.height);
    }
  }
});

test('the labels survive a 600 px export: every district with a value is named in the SVG', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 900 });
  await page.goto('./?mode=embed&chart=map&session=plenary-6-5');
  await expect(page.locator('.embed h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByText('下载与嵌入').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = readFileSync(await file.path(), 'utf8');
  const texts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim());
  }, svg);
  for (const d of withStatements('plenary-6-5'))
    expect(texts, d.name_zh).toContain(shortName(d.name_zh));
});
