/**
 * "Not reported" is not zero: a district with no row in the current scope is drawn in the
 * not-reported pattern, carries an empty data-value, and is named so in the tooltip, the
 * keyboard live region, aria-labels, the legend, the tile grid, the inset, the ranking (apart,
 * collapsed) and the CSV download. A zero is drawn only where a source states it.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { parseDataset } from '../../src/lib/load';
import { vintageUnits } from '../../src/lib/vintages';
import { openDashboard } from './support/dashboard';
import { statementRows } from './support/statements';
import { pointInside } from './support/hit';

// The units the default view draws: the boundaries in force on the newest article's date (2016).
const districts = vintageUnits(
  parseDataset('districts', readFileSync('data/districts.csv', 'utf8')),
  '2016',
);
// One row per statement (a statement printed in passages counts once).
const pledges = statementRows();
const figures = parseDataset('figures', readFileSync('data/figures.csv', 'utf8'));
const CODES = districts.map((d) => d.code);

/** Statements per district in a session (null: all), from data/pledges.csv. */
function statementCounts(session: string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of pledges)
    if (CODES.includes(p.district_code) && (session === null || p.event_id === session))
      counts.set(p.district_code, (counts.get(p.district_code) ?? 0) + 1);
  return counts;
}

const shapes = (page: Page) => page.locator('section.map-panel svg.main path[data-code]');

/** data-code → [data-value, data-class] of every main-map shape. */
async function drawn(page: Page): Promise<Map<string, [string, string]>> {
  const rows = await shapes(page).evaluateAll((els) =>
    els.map((e) => [
      e.getAttribute('data-code')!,
      e.getAttribute('data-value')!,
      e.getAttribute('data-class')!,
    ]),
  );
  return new Map(rows.map(([code, value, cls]) => [code!, [value!, cls!]]));
}

test('?session=plenary-6-7 draws every district as not reported, everywhere it is named', async ({
  page,
}) => {
  await openDashboard(page, '?session=plenary-6-7');
  const map = await drawn(page);
  expect(map.size).toBe(CODES.length);
  for (const [code, [value, cls]] of map)
    expect([code, value, cls]).toEqual([code, '', 'not-reported']);
  const fill = await shapes(page)
    .first()
    .evaluate((e) => getComputedStyle(e).fill);
  expect(fill).toMatch(/^url\(/);
  // The inset's copies too.
  const inset = page.locator('section.map-panel .inset [data-inset-code][data-class]');
  expect(await inset.count()).toBeGreaterThan(0);
  for (const cls of await inset.evaluateAll((els) => els.map((e) => e.getAttribute('data-class'))))
    expect(cls).toBe('not-reported');
  // Legend, aria-label, ranking: named "not reported", never "0".
  const legend = page.locator('section.map-panel figure.legend');
  await expect(legend).toContainText(`未见报道（${CODES.length} 个区县）`);
  await expect(shapes(page).first()).toHaveAttribute('aria-label', /：未见报道$/);
  const ranking = page.locator('[data-chart="ranking"]');
  await expect(ranking.locator('ol.bars')).toHaveCount(0);
  await expect(ranking.locator('details.apart summary')).toHaveText(
    `未见报道：${CODES.length} 个区县`,
  );
  await expect(ranking.locator('details.apart')).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('map-basis')).toHaveText('0 条表态。按 5 篇报道统计。');
  // The tile grid.
  await page.locator('section.map-panel').getByRole('button', { name: '方格图' }).click();
  const tiles = page.locator('section.map-panel svg.tiles g[data-code]');
  await expect(tiles).toHaveCount(CODES.length);
  const tileClasses = await tiles.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-class')),
  );
  expect(new Set(tileClasses)).toEqual(new Set(['not-reported']));
});

test('the default view draws the districts without statements as not reported', async ({
  page,
}) => {
  await openDashboard(page);
  const counts = statementCounts(null);
  const map = await drawn(page);
  for (const code of CODES) {
    const n = counts.get(code);
    expect(map.get(code), code).toEqual(
      n ? [String(n), n >= 5 ? '5+' : n >= 3 ? '3-4' : String(n)] : ['', 'not-reported'],
    );
  }
  const missing = CODES.filter((c) => !counts.has(c));
  expect(missing.length).toBeGreaterThan(0);
  await expect(page.locator('section.map-panel figure.legend')).toContainText(
    `未见报道（${missing.length} 个区县）`,
  );
  // Hovering one: the tooltip names it not reported and says that is not zero.
  const quiet = districts.find((d) => d.code === missing[0])!;
  const point = await pointInside(
    page.locator(`section.map-panel svg.main [data-code="${quiet.code}"]`),
  );
  await page.mouse.move(point![0], point![1]);
  const tip = page.getByTestId('district-map').getByRole('tooltip');
  await expect(tip).toContainText(quiet.name_zh);
  await expect(tip).toContainText('未见报道');
  await expect(tip).toContainText('不等于零');
  // The keyboard live region reads it out the same way.
  const shape = page.locator(`section.map-panel svg.main [data-code="${quiet.code}"]`);
  await shape.focus();
  await expect(page.locator('section.map-panel [aria-live="polite"]')).toContainText(
    `${quiet.name_zh}（${quiet.name_en}）：未见报道`,
  );
  // The ranking lists them apart, collapsed; no bar at zero.
  const ranking = page.locator('[data-chart="ranking"]');
  await expect(ranking.locator('ol.bars > li')).toHaveCount(counts.size);
  await expect(ranking.locator('ol.bars')).not.toContainText('0 条表态');
  await expect(ranking.locator('details.apart')).not.toHaveAttribute('open', '');
  await ranking.locator('details.apart summary').click();
  await expect(ranking.locator('details.apart li')).toHaveCount(missing.length);
});

test('in English the not-reported districts are named so too', async ({ page }) => {
  await openDashboard(page, '?session=plenary-6-5&lang=en');
  const counts = statementCounts('plenary-6-5');
  const quiet = districts.find((d) => !counts.has(d.code))!;
  await expect(
    page.locator(`section.map-panel svg.main [data-code="${quiet.code}"]`),
  ).toHaveAttribute('aria-label', `${quiet.name_en}: not reported`);
  await expect(page.locator('section.map-panel figure.legend')).toContainText(
    `not reported (${CODES.length - counts.size})`,
  );
  await expect(page.getByTestId('map-basis')).toContainText('Counted from 5 articles.');
});

test('targets: 0 where a district made statements without a number, not reported without any', async ({
  page,
}) => {
  await openDashboard(page, '?metric=targets');
  const targets = new Map<string, number>();
  for (const f of figures)
    if (f.kind === 'target' && CODES.includes(f.subject_code))
      targets.set(f.subject_code, (targets.get(f.subject_code) ?? 0) + 1);
  const spoke = statementCounts(null);
  const map = await drawn(page);
  let zeros = 0;
  for (const code of CODES) {
    const n = targets.get(code) ?? (spoke.has(code) ? 0 : null);
    if (n === 0) zeros++;
    expect(map.get(code)![0], code).toBe(n === null ? '' : String(n));
  }
  expect(zeros).toBeGreaterThan(0);
  await expect(page.locator('section.map-panel figure.legend li[data-class="0"]')).toHaveCount(1);
});

test('loan coverage is drawn as of the selected session’s date; region is always reported', async ({
  page,
}) => {
  await openDashboard(page, '?metric=loans');
  const all = await drawn(page);
  const covered = [...all.values()].filter(([, cls]) => cls !== 'not-reported').length;
  await openDashboard(page, '?metric=loans&session=plenary-6-2');
  const early = await drawn(page);
  const coveredEarly = [...early.values()].filter(([, cls]) => cls !== 'not-reported').length;
  expect(coveredEarly).toBeGreaterThan(0);
  expect(coveredEarly).toBeLessThan(covered);
  await openDashboard(page, '?metric=region');
  const regions = await drawn(page);
  for (const d of districts) expect(regions.get(d.code)).toEqual([d.region, d.region]);
});

test('the CSV download names not-reported districts so, with no value', async ({ page }) => {
  await page.goto('./?mode=embed&chart=map&session=plenary-6-5');
  await expect(page.locator('.embed h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByText('下载与嵌入').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV 数据（含出处）' }).click(),
  ]);
  const text = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const counts = statementCounts('plenary-6-5');
  // One row per district: its value and class, or not_reported with neither.
  for (const code of CODES) {
    const own = rows.filter((r) => r.district_code === code);
    const n = counts.get(code);
    expect(
      own.map((r) => [r.status, r.value, r.class, r.session]),
      code,
    ).toEqual([
      n
        ? ['reported', String(n), n >= 5 ? '5+' : n >= 3 ? '3-4' : String(n), 'plenary-6-5']
        : ['not_reported', '', '', 'plenary-6-5'],
    ]);
  }
});
