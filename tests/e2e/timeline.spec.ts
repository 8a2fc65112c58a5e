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

test('the events lane names the sessions’ press conferences; other events are counted until opened', async ({
  page,
}) => {
  await openDashboard(page);
  const events = page.getByRole('listbox', { name: '相关事件' });
  await expect(events.locator('[data-event-id="press-2024-05-25"] .label')).toHaveText(
    '五次全会发布会',
  );
  await expect(events.locator('[data-event-id="press-2022-12-22"] .label')).toHaveText(
    '二次全会发布会',
  );
  // A ranking release and meetings are not on the lane until their quarter is opened.
  await expect(events.locator('[data-event-id="press-2023-10-17"]')).toHaveCount(0);
  const quarter = page.locator('.timeline button[data-bucket="2023-Q4"]');
  await expect(quarter).toHaveText('其他 4 项');
  await expect(quarter).toHaveAttribute('aria-expanded', 'false');
  await quarter.click();
  await expect(quarter).toHaveAttribute('aria-expanded', 'true');
  await expect(events.locator('[data-event-id="press-2023-10-17"]')).toHaveCount(1);
  await expect(events.locator('[data-event-id="meeting-2023-10-17"]')).toHaveCount(1);
  await quarter.click();
  await expect(events.locator('[data-event-id="press-2023-10-17"]')).toHaveCount(0);
});

test('an event known only to the month is a flat span a month wide', async ({ page }) => {
  await openDashboard(page);
  await page.locator('.timeline button[data-bucket="2024-Q2"]').click();
  const visit = timelineItem(page, 'visit-2024-04');
  await expect(visit).toHaveClass(/range/);
  const mark = visit.locator('.mark');
  const [box, transform] = await Promise.all([
    mark.boundingBox(),
    mark.evaluate((e) => getComputedStyle(e).transform),
  ]);
  // A month on the track: the days of April over the days shown, times the track's width.
  const track = (await page.locator('.timeline .track').boundingBox())!;
  const range = (await page.locator('.range-note').textContent())!.split('–').map((s) => s.trim());
  const days =
    (Date.UTC(+range[1]!.slice(0, 4), +range[1]!.slice(5, 7) - 1) -
      Date.UTC(+range[0]!.slice(0, 4), +range[0]!.slice(5, 7) - 1)) /
    86_400_000;
  expect(transform).toBe('none');
  expect(box!.width).toBeGreaterThan(((30 * track.width) / days) * 0.7);
  expect(box!.width).toBeLessThan(((30 * track.width) / days) * 1.5);
  await page.locator('.timeline').screenshot({ path: 'tests/screenshots/timeline-events.png' });
});
