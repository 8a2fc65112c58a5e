/**
 * A corpus with reprints, as a newsroom's archive has them: the seeds, plus
 * - seed 000 listed a second time under another id and outlet (the same file twice), and a
 *   byte-identical copy of it under a third id (two files, one text);
 * - seed 003 reprinted with small edits (a new lead, its last paragraphs cut);
 * - an article of our own, not a reprint, that states facts the seeds state too (a loan ceiling
 *   for the same programme and year, a city signed the same day, a total for the same day), so
 *   the app gets rows whose natural keys repeat across independent sources.
 * Shared by the pipeline test (scripts/lib/reprints.spec.ts), the browser test
 * (tests/e2e/reprints.spec.ts) and `npm run attack`.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, toCsv } from '../../../scripts/lib/csv.ts';
import { MANIFEST_COLUMNS } from '../../../scripts/lib/sources.ts';

export const REPRINT = {
  /** Seed 000 under a second id, same file. */
  sameFile: '000-up',
  /** A byte-identical copy of seed 000 under a third id. */
  copy: '000-copy',
  /** Seed 003 with small edits. */
  edited: '003-ed',
  /** An independent article restating some of the seeds' facts. */
  independent: 'own-01',
};

/** Our own short article (invented wording and values), dated after seed 000. */
export const INDEPENDENT_ARTICLE = `重庆对外交往再添新伙伴

本报讯（记者 林青）2024年5月22日，重庆市与西班牙塞维利亚市签署缔结友好城市协议书。至此，重庆的国际友城总数达到56个。

另据了解，2021年“富民贷”试点启动时，单户最高可贷25万元，此后额度逐年提高。
`;

function editedReprint(text: string): string {
  const blocks = text.split('\n\n');
  // A new lead line, the rest as printed, the last three paragraphs cut.
  return ['（本文转载时有删节）', ...blocks.slice(0, -3)].join('\n\n') + '\n';
}

/** Writes the corpus into a new temporary seeds folder and returns its path. */
export function writeReprintCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cq-reprints-'));
  const manifest = parseCsv(readFileSync('seeds/manifest.csv', 'utf8'), 'seeds/manifest.csv');
  for (const row of manifest) copyFileSync(join('seeds', row.file!), join(dir, row.file!));
  const seed0 = manifest.find((r) => r.id === '000')!;
  const seed3 = manifest.find((r) => r.id === '003')!;
  copyFileSync(join('seeds', seed0.file!), join(dir, 'copy-of-000.txt'));
  writeFileSync(
    join(dir, 'edited-003.txt'),
    editedReprint(readFileSync(join('seeds', seed3.file!), 'utf8')),
  );
  writeFileSync(join(dir, 'own-01.txt'), INDEPENDENT_ARTICLE);
  const rows = [
    ...manifest.map((r) => ({ ...r, url: '' })),
    {
      ...seed0,
      id: REPRINT.sameFile,
      outlet: '上游新闻',
      date: '2024-05-26',
      url: 'https://example.com/upstream/1',
    },
    { ...seed0, id: REPRINT.copy, file: 'copy-of-000.txt', outlet: '华龙网', url: '' },
    {
      ...seed3,
      id: REPRINT.edited,
      file: 'edited-003.txt',
      sha256: '',
      outlet: '重庆晨报',
      url: '',
    },
    {
      id: REPRINT.independent,
      file: 'own-01.txt',
      sha256: '',
      date: '2024-05-23',
      title: '重庆对外交往再添新伙伴',
      outlet: '测试日报',
      url: '',
    },
  ];
  writeFileSync(join(dir, 'manifest.csv'), toCsv([...MANIFEST_COLUMNS, 'url'], rows));
  return dir;
}
