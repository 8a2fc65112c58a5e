/**
 * Titles, counts and downloads name the scope: with a session selected, the map, the ranking and
 * the embeds say which session; the counts add up (statements from distinct districts plus
 * municipal bodies).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDataset } from '../../src/lib/load';
import { openDashboard } from './support/dashboard';
import { statementRows } from './support/statements';

const districts = parseDataset('districts', readFileSync('data/districts.csv', 'utf8'));
// One row per statement (a statement printed in passages counts once).
const pledges = statementRows();
const CODES = new Set(districts.map((d) => d.code));

test('the map and the ranking name the selected session, in both languages', async ({ page }) => {
  await openDashboard(page, '?session=plenary-6-5');
  await expect(page.locator('section.map-panel h2')).toHaveText('五次全会后的表态');
  await expect(page.locator('#ranking-title')).toHaveText('区县排名：五次全会后的表态');
  await expect(page.locator('#targets-title')).toHaveText('量化目标：五次全会后');
  await openDashboard(page, '?session=plenary-6-5&lang=en');
  await expect(page.locator('section.map-panel h2')).toHaveText('Statements after the 5th plenary');
  await expect(page.locator('#ranking-title')).toHaveText(
    'District ranking: Statements after the 5th plenary',
  );
  await openDashboard(page);
  await expect(page.locator('section.map-panel h2')).toHaveText('表态条数（全部会议）');
});

test('the map embed with session=plenary-6-5 names the 五次全会 in its title', async ({ page }) => {
  await page.goto('./?mode=embed&chart=map&session=plenary-6-5');
  await expect(page.locator('.embed h1')).toHaveText('重庆38个区县：五次全会后的表态');
  await page.goto('./?mode=embed&chart=map&session=plenary-6-5&lang=en');
  await expect(page.locator('.embed h1')).toHaveText(
    'Chongqing’s 38 districts and counties: Statements after the 5th plenary',
  );
  await page.goto('./?mode=embed&chart=targets&session=plenary-6-5');
  await expect(page.locator('.embed h1')).toContainText('五次全会后');
  await page.goto('./?mode=embed&chart=ranking&session=plenary-6-5');
  await expect(page.locator('.embed h1')).toContainText('五次全会后的表态');
});

test('the session’s counts add up: statements, from how many distinct districts, and the rest', async ({
  page,
}) => {
  await openDashboard(page, '?session=plenary-6-5');
  const inSession = pledges.filter((p) => p.event_id === 'plenary-6-5');
  const ofDistricts = inSession.filter((p) => CODES.has(p.district_code));
  const distinct = new Set(ofDistricts.map((p) => p.district_code)).size;
  const expected = `${inSession.length} 条表态：${ofDistricts.length} 条来自 ${distinct} 个区县，${inSession.length - ofDistricts.length} 条来自其他机构`;
  await expect(page.getByTestId('session-tally')).toHaveText(`相关表态：${expected}`);
  await expect(page.getByTestId('map-basis')).toHaveText(`${expected}。按 5 篇报道统计。`);
  // The map shows exactly those districts.
  await expect(
    page.locator('section.map-panel svg.main path[data-code]:not([data-class="not-reported"])'),
  ).toHaveCount(distinct);
});
