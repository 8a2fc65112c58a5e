/**
 * A hostile article for the security tests: a real seed article with markup, `<script>` tags,
 * `javascript:` links, zero-width and right-to-left override characters planted in sentences the
 * extraction rules pick up, and a manifest title made of the same. Shared by the pipeline test
 * (scripts/hostile.spec.ts) and the browser test (tests/e2e/hostile-article.spec.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANIFEST_COLUMNS } from '../../../scripts/lib/sources.ts';
import { toCsv } from '../../../scripts/lib/csv.ts';

export const HOSTILE_ID = 'hostile';
export const HOSTILE_FILE = 'hostile.txt';
export const HOSTILE_TITLE =
  '重庆<script>window.__pwned=1</script>"全会",\u202e解读\u200b<img src=x onerror=window.__pwned=1 data-pwned>';
/** Planted before the seed's own text; each line has a district and a figure the rules extract. */
export const HOSTILE_LINES = [
  '万州区<img src=x onerror="window.__pwned=1" data-pwned>今年完成固定资产投资120亿元。',
  '涪陵区\u202e新增就业3000人\u200b，详见<a href="javascript:window.__pwned=1" data-pwned>链接</a>。',
  '渝中区<script>window.__pwned=1</script>新增市场主体1.2万户\u200d。',
];
const BASE_SEED = { dir: 'seeds', file: '000_6c78977ad545aa15.txt', date: '2024-05-25' };

export function hostileText(): string {
  const base = readFileSync(join(BASE_SEED.dir, BASE_SEED.file), 'utf8');
  return `${HOSTILE_LINES.join('\n\n')}\n\n${base}`;
}

/** Writes the hostile article and its manifest into a new temporary seeds folder. */
export function writeHostileSeeds(text = hostileText()): string {
  const dir = mkdtempSync(join(tmpdir(), 'cq-hostile-'));
  writeFileSync(join(dir, HOSTILE_FILE), text);
  const manifest = toCsv(MANIFEST_COLUMNS, [
    {
      id: HOSTILE_ID,
      file: HOSTILE_FILE,
      sha256: '',
      date: BASE_SEED.date,
      title: HOSTILE_TITLE,
      outlet: '重庆日报\u202e',
    },
  ]);
  writeFileSync(join(dir, 'manifest.csv'), manifest);
  return dir;
}
