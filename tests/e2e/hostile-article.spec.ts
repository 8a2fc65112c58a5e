import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { buildData } from '../../scripts/lib/build';
import { parseCsv } from '../../scripts/lib/csv';
import { readReference } from '../../scripts/lib/reference';
import { readSources } from '../../scripts/lib/sources';
import {
  HOSTILE_FILE,
  HOSTILE_ID,
  HOSTILE_TITLE,
  writeHostileSeeds,
} from './support/hostile-article';
import { pwnedInPage } from './support/hostile';
import { serveStatic } from './support/static-server';

// The hostile article goes through the real pipeline, and the built site is served with the
// resulting data/ and the article in place of the real ones.
function hostileSite(): {
  routes: Record<string, [string, string]>;
  quote: Record<string, string>;
} {
  const dir = writeHostileSeeds();
  try {
    const [source] = readSources(dir);
    const { files } = buildData([source!], readReference('data'));
    const routes: Record<string, [string, string]> = {
      [`/seeds/${HOSTILE_FILE}`]: ['text/plain; charset=utf-8', source!.text],
    };
    for (const [file, content] of files)
      routes[`/data/${file}`] = ['text/csv; charset=utf-8', content];
    const quote = parseCsv(files.get('figures.csv')!, 'figures.csv').find(
      (r) => r.source_id === HOSTILE_ID && r.quote?.includes('data-pwned'),
    )!;
    return { routes, quote };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a hostile article shows as text: nothing runs, nothing is injected', async ({ page }) => {
  const { routes, quote } = hostileSite();
  expect(quote).toBeDefined();
  const server = await serveStatic({ routes });
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${server.url}?quote=${HOSTILE_ID}:${quote.start}-${quote.end}`);
    await page.waitForLoadState('networkidle');
    // The source panel shows the planted markup as the literal characters of the article.
    const mark = page.getByRole('dialog').locator('mark');
    await expect(mark).toHaveText(quote.quote!);
    expect(await mark.evaluate((el) => el.children.length)).toBe(0);
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(
      HOSTILE_TITLE,
    );
    expect(await page.evaluate(pwnedInPage)).toEqual({ ran: false, injected: 0 });
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
