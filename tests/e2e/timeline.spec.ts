import { expect, test } from '@playwright/test';
import { mapDistrict, openDashboard, timelineItem } from './support/dashboard';

const SESSIONS = [
  'congress-6',
  'plenary-6-1',
  'plenary-6-2',
  'plenary-6-3',
  'plenary-6-4',
  'plenary-6-5',
  'plenary-6-6',
  'plenary-6-7',
];

test('every session of the 6th committee is on the timeline, events on their own lane', async ({
  page,
}) => {
  await openDashboard(page);
  const sessions = page.getByRole('listbox', { name: '党代会与全会' });
  for (const id of SESSIONS)
    await expect(sessions.locator(`[data-event-id="${id}"]`)).toHaveCount(1);
  const events = page.getByRole('listbox', { name: '相关事件' });
  await expect(events.locator('[data-event-id="press-2024-05-25"]')).toHaveCount(1);
  await expect(page.locator('[data-goal-year="2027"]')).toBeVisible();
  await expect(page.locator('[data-goal-year="2035"]')).toBeVisible();
});

test('a session whose date is not confirmed is drawn as a range', async ({ page }) => {
  await openDashboard(page);
  const uncertain = timelineItem(page, 'plenary-6-4');
  await expect(uncertain).toHaveClass(/uncertain/);
  const mark = await uncertain.locator('.mark').boundingBox();
  expect(mark!.width).toBeGreaterThan(20);
  const single = await timelineItem(page, 'plenary-6-5').locator('.mark').boundingBox();
  expect(single!.width).toBeLessThan(20);
});

test('selecting a session on the timeline changes the map', async ({ page }) => {
  await openDashboard(page, '?session=plenary-6-5');
  // 大渡口 spoke after the 2nd plenary, not the 5th: its colour changes with the session.
  const dadukou = mapDistrict(page, '500104');
  const before = await dadukou.evaluate((el) => getComputedStyle(el).fill);
  await timelineItem(page, 'plenary-6-2').click();
  await expect(page).toHaveURL(/session=plenary-6-2/);
  await expect(timelineItem(page, 'plenary-6-2')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => dadukou.evaluate((el) => getComputedStyle(el).fill)).not.toBe(before);
  await expect(page.locator('.card[data-event-id="plenary-6-2"]')).toBeVisible();
});

test('the timeline is operable by keyboard: arrows, Home/End, Enter', async ({ page }) => {
  await openDashboard(page);
  await timelineItem(page, 'congress-6').focus();
  await page.keyboard.press('End');
  await expect(timelineItem(page, 'plenary-6-7')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(timelineItem(page, 'plenary-6-6')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/session=plenary-6-6/);
  await page.keyboard.press('Home');
  await expect(timelineItem(page, 'congress-6')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(timelineItem(page, 'plenary-6-1')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/session=plenary-6-1/);
});

test('zooming in and dragging across the axis narrow the time range', async ({ page }) => {
  await openDashboard(page);
  const range = page.locator('.range-note');
  const full = await range.textContent();
  await page.getByRole('button', { name: '放大' }).click();
  await expect(range).not.toHaveText(full!);
  await page.getByRole('button', { name: '全部时间' }).click();
  await expect(range).toHaveText(full!);
  const axis = await page.locator('.timeline svg.axis').boundingBox();
  await page.mouse.move(axis!.x + axis!.width * 0.4, axis!.y + 10);
  await page.mouse.down();
  await page.mouse.move(axis!.x + axis!.width * 0.6, axis!.y + 10, { steps: 5 });
  await page.mouse.up();
  await expect(range).not.toHaveText(full!);
});

for (const lang of ['zh', 'en'] as const) {
  test(`the "today" label is whole, inside the timeline (${lang})`, async ({ page }) => {
    await openDashboard(page, lang === 'en' ? '?lang=en' : '');
    const label = page.locator('.today span');
    await expect(label).toHaveText(lang === 'en' ? 'Today' : '今天');
    const [box, frame] = await Promise.all([
      label.boundingBox(),
      page
        .locator('.today')
        .locator('xpath=ancestor::*[contains(@class,"scroller")]')
        .boundingBox(),
    ]);
    expect(box!.x).toBeGreaterThanOrEqual(frame!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
  });
}
