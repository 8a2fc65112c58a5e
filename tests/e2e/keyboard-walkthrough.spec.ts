import { expect, test, type Page } from '@playwright/test';
import { METRIC_LABELS } from '../../src/lib/metrics';
import { METRICS } from '../../src/lib/view-state';
import { t } from '../../src/lib/i18n';

/** What has keyboard focus, as the walkthrough needs it. */
interface Focused {
  code: string | null;
  role: string | null;
  name: string;
  pressed: string | null;
  inSessions: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(
    (sessionsName) => {
      const el = document.activeElement;
      return {
        code: el?.closest('svg.main') ? (el.getAttribute('data-code') ?? null) : null,
        role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? null,
        name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
        pressed: el?.getAttribute('aria-pressed') ?? null,
        inSessions: el?.closest(`[role="listbox"][aria-label="${sessionsName}"]`) !== null,
      };
    },
    t('laneSessions', 'zh'),
  );
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, want: (f: Focused) => boolean, what: string): Promise<Focused> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('keyboard only: reach the map, select a district, open its source, change session and metric', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.locator('svg.main [data-code]')).toHaveCount(38);

  // Reach the map and select the district that has focus.
  const district = await tabTo(page, (f) => f.code !== null, 'a district on the map');
  await page.keyboard.press('ArrowRight');
  const moved = await focused(page);
  expect(moved.code).not.toBeNull();
  await page.keyboard.press('Enter');
  const code = moved.code ?? district.code!;
  await expect(page.locator(`svg.main [data-code="${code}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveURL(new RegExp(`district=${code}`));

  // Open the source of something about it, then close it again with Escape.
  // Every figure and statement has a button to its article: 查看原文 or 出处.
  const sourceNames = [t('openSource', 'zh'), t('source', 'zh')];
  await tabTo(page, (f) => sourceNames.includes(f.name), 'a button to an article');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('mark')).toBeVisible();
  await expect(page).toHaveURL(/quote=/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Change the session on the timeline: into the listbox, to the last session, Enter.
  await tabTo(page, (f) => f.inSessions, 'the sessions on the timeline');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/session=/);

  // Change the metric with its toggle buttons.
  const labels = new Set(METRICS.map((m) => METRIC_LABELS[m].zh));
  const metric = await tabTo(
    page,
    (f) => labels.has(f.name) && f.pressed === 'false',
    'a metric button that is not pressed',
  );
  await page.keyboard.press('Enter');
  const id = METRICS.find((m) => METRIC_LABELS[m].zh === metric.name)!;
  await expect(page.getByRole('button', { name: metric.name, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  if (id !== 'statements') await expect(page).toHaveURL(new RegExp(`metric=${id}`));
});
