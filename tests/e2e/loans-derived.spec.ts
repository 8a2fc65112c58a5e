/**
 * A derived value is rounded to the precision of its inputs and shows how it was derived:
 * 近2.6亿元 ÷ 2163户 is about 12万元 per household, never "约120,203.42元".
 */
import { expect, test } from '@playwright/test';
import { openDashboard } from './support/dashboard';

test('the per-household average is rounded to its inputs’ precision, derivation shown', async ({
  page,
}) => {
  await openDashboard(page);
  const loans = page.locator('[data-chart="loans"]');
  const derived = loans.locator('li.derived');
  await expect(derived).toContainText('约12万元');
  await expect(derived).toContainText('近2.6亿元 ÷ 2163户');
  await expect(loans).not.toContainText(/120,?203/);
  await openDashboard(page, '?lang=en&view=table');
  const row = page.locator('[data-chart="loans"] tr.derived');
  await expect(row).toContainText('about 120,000 yuan');
  await expect(row).toContainText('近2.6亿元 ÷ 2163户');
});
