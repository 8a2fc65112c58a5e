import { expect, test } from '@playwright/test';
import { openDashboard } from './support/dashboard';

test('a speaker’s name misprinted in the article shows the printed form and why it was corrected', async ({
  page,
}) => {
  await openDashboard(page, '?district=500152');
  const reader = page.locator('[data-chart="pledges"]');
  const item = reader.locator('article[data-pledge-id="000-1428"]');
  await expect(item.locator('.who')).toContainText('文天平');
  await expect(item.locator('[data-speaker-printed="李文天平"]')).toContainText(
    '原文印作“李文天平”',
  );
  await expect(item.locator('[data-speaker-printed]')).toContainText('tnb.cqtn.com');
  // The quote stays as printed.
  await expect(item.locator('blockquote')).toContainText('潼南区委书记李文天平表示');
  await item.screenshot({ path: 'test-results/pledge-corrected-name.png' });
});

test('a statement the print layout cut reads as one, its moved passage marked as continued', async ({
  page,
}) => {
  await openDashboard(page, '?district=500000');
  const reader = page.locator('[data-chart="pledges"]');
  const item = reader.locator('article[data-pledge-id="002-1243"]');
  await expect(item).toHaveCount(1);
  await expect(item.locator('blockquote')).toHaveCount(2);
  await expect(item.locator('.continued')).toHaveText('（转下文）');
  await expect(item.locator('blockquote').nth(1)).toContainText(
    '企业、“小巨人”企业和上市企业六个环节',
  );
  await item.screenshot({ path: 'test-results/pledge-continued.png' });
});
