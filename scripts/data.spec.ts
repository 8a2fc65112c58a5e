/**
 * The command line on bad input: every failure names the file and line, exits non-zero, and
 * leaves the output folder exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const SPAWN_MS = 120_000;
const ARTICLE =
  '本报讯（记者 王翔）10月17日，市委副书记、市长胡衡华主持召开市政府第21次常务会议。\n\n九龙坡区委书记李春奎表示，九龙坡区将着力提升产业能级。\n\n(原载《求是》2023年第20期)\n';

function run(seeds: string, out: string, ...extra: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/data.ts', '--seeds', seeds, '--out', out, ...extra], {
    encoding: 'utf8',
    timeout: SPAWN_MS,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) files[f] = readFileSync(join(dir, f), 'latin1');
  return files;
}

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

let out: string;
let before: Record<string, string>;
let firstRun: ReturnType<typeof run>;

beforeAll(() => {
  const seeds = tmp('cq-seeds-');
  writeFileSync(join(seeds, 'a.txt'), ARTICLE);
  out = tmp('cq-out-');
  firstRun = run(seeds, out);
  before = snapshot(out);
}, SPAWN_MS);

describe('npm run data -- --seeds DIR --out DIR', () => {
  it('runs on a folder of .txt articles without a manifest, inferring the date with a warning that names file and line', () => {
    expect(firstRun.status).toBe(0);
    expect(firstRun.stderr).toMatch(/warning: a\.txt:1: no manifest date; inferred 2023-10-18/);
    expect(firstRun.stdout).toMatch(/pledges\.csv: 1 rows/);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['sources.csv', 'sessions.csv', 'pledges.csv', 'review.csv']),
    );
    expect(before['sources.csv']).toContain('2023-10-18');
  });

  const cases: [string, (seeds: string) => void, RegExp][] = [
    [
      'a GBK-encoded article',
      (d) =>
        writeFileSync(join(d, 'gbk.txt'), Uint8Array.from([0x61, 0x0a, 0xd6, 0xd8, 0xc7, 0xec])),
      /gbk\.txt:2: not valid UTF-8/,
    ],
    [
      'an empty article',
      (d) => writeFileSync(join(d, 'empty.txt'), ''),
      /empty\.txt:1: file is empty/,
    ],
    [
      'a binary file',
      (d) => writeFileSync(join(d, 'bin.txt'), Uint8Array.from([0x61, 0x0a, 0x0a, 0x00, 0xff])),
      /bin\.txt:3: binary/,
    ],
    [
      'a manifest row for a missing file',
      (d) =>
        writeFileSync(
          join(d, 'manifest.csv'),
          'id,file,sha256,date,title,outlet\n1,a.txt,,2023-10-18,t,o\n2,gone.txt,,,,\n',
        ),
      /manifest\.csv:3: file "gone\.txt" does not exist/,
    ],
    [
      'duplicate ids in the manifest',
      (d) =>
        writeFileSync(
          join(d, 'manifest.csv'),
          'id,file,sha256,date,title,outlet\n1,a.txt,,,,\n1,a.txt,,,,\n',
        ),
      /manifest\.csv:3: duplicate id "1"/,
    ],
  ];

  it.each(cases)(
    '%s: clear error, exit code 2, output untouched',
    (_, breakSeeds, message) => {
      const seeds = tmp('cq-bad-');
      writeFileSync(join(seeds, 'a.txt'), ARTICLE);
      breakSeeds(seeds);
      const r = run(seeds, out);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Nothing was written/);
      expect(snapshot(out)).toEqual(before);
    },
    SPAWN_MS,
  );

  it.each([
    [
      'corrections.csv with a broken quote',
      'corrections.csv',
      'action,dataset,source_id,start,end,at,field,original,corrected,reason,evidence,decided_by,decided_at,row_hash\nmisprint,sister_cities,000,,,,,斯亚贝巴,"亚的斯亚贝巴,reason,e,,,\n',
      /corrections\.csv:2: /,
    ],
    [
      'glossary.csv listing a phrase twice',
      'glossary.csv',
      'zh,en\n工业产值,output\n工业产值,output\n',
      /glossary\.csv:3: "工业产值" is listed twice/,
    ],
    [
      'goal_glossary.csv with an empty translation',
      'goal_glossary.csv',
      'zh,en\n基本建成现代化城市,\n',
      /goal_glossary\.csv:2: empty en/,
    ],
  ])(
    'a hand-edited %s: error with file and line, output untouched',
    (_, file, content, message) => {
      const seeds = tmp('cq-ok-');
      writeFileSync(join(seeds, 'a.txt'), ARTICLE);
      const dir = tmp('cq-out2-');
      for (const f of Object.keys(before)) copyFileSync(join(out, f), join(dir, f));
      writeFileSync(join(dir, file), content);
      const snap = snapshot(dir);
      const r = run(seeds, dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(snapshot(dir)).toEqual(snap);
      rmSync(dir, { recursive: true, force: true });
    },
    SPAWN_MS,
  );

  it(
    '--check fails naming the stale file when the output differs, and writes nothing',
    () => {
      const seeds = tmp('cq-chk-');
      writeFileSync(join(seeds, 'a.txt'), ARTICLE.replace('李春奎', '李春葵'));
      const r = run(seeds, out, '--check');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/pledges\.csv/);
      expect(snapshot(out)).toEqual(before);
    },
    SPAWN_MS,
  );
});
