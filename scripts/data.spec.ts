/**
 * The command line on bad input: every failure names the file and line, exits non-zero, and
 * leaves the output folder exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const SPAWN_MS = 120_000;
const ARTICLE =
  '本报讯（记者 王翔）10月17日，市委副书记、市长胡衡华主持召开市政府第21次常务会议。\n\n九龙坡区委书记李春奎表示，九龙坡区将着力提升产业能级。\n\n(原载《求是》2023年第20期)\n';

function runArgs(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync('npx', ['tsx', 'scripts/data.ts', ...args], {
    encoding: 'utf8',
    timeout: SPAWN_MS,
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function run(seeds: string, out: string, ...extra: string[]) {
  return runArgs(['--seeds', seeds, '--out', out, ...extra]);
}

const HEADER = 'id,file,sha256,date,title,outlet\n';
/** GBK bytes of 重庆 (not UTF-8). */
const GBK = [0xd6, 0xd8, 0xc7, 0xec];
/** A Node stack frame: a CLI failure must print none. */
const STACK = /\n\s+at .+:\d+:\d+/;

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
      (d) => writeFileSync(join(d, 'gbk.txt'), Uint8Array.from([0x61, 0x0a, ...GBK])),
      /gbk\.txt:2: not valid UTF-8/,
    ],
    [
      'a UTF-16 article',
      (d) => writeFileSync(join(d, 'u16.txt'), Buffer.from('\uFEFF重庆', 'utf16le')),
      /u16\.txt:1: UTF-16LE text/,
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
      'an article over the size limit',
      (d) => writeFileSync(join(d, 'huge.txt'), Buffer.alloc(10_000_001, 0x61)),
      /huge\.txt: 10\.0 MB is over the 10 MB limit/,
    ],
    ['a folder named x.txt', (d) => mkdirSync(join(d, 'x.txt')), /x\.txt: is a folder/],
    [
      'a manifest row for a missing file',
      (d) =>
        writeFileSync(
          join(d, 'manifest.csv'),
          `${HEADER}1,a.txt,,2023-10-18,t,o\n2,gone.txt,,,,\n`,
        ),
      /manifest\.csv:3: file "gone\.txt" does not exist/,
    ],
    [
      'duplicate ids in the manifest',
      (d) => writeFileSync(join(d, 'manifest.csv'), `${HEADER}1,a.txt,,,,\n1,a.txt,,,,\n`),
      /manifest\.csv:3: duplicate id "1" \(first on line 2\)/,
    ],
    [
      'a manifest with only its header',
      (d) => writeFileSync(join(d, 'manifest.csv'), HEADER),
      /manifest\.csv:1: manifest lists no article/,
    ],
    [
      'an empty manifest',
      (d) => writeFileSync(join(d, 'manifest.csv'), ''),
      /manifest\.csv:1: manifest is empty/,
    ],
    [
      'a GBK manifest',
      (d) =>
        writeFileSync(
          join(d, 'manifest.csv'),
          Buffer.concat([
            Buffer.from(`${HEADER}1,a.txt,,,`),
            Buffer.from(GBK),
            Buffer.from(',o\n'),
          ]),
        ),
      /manifest\.csv:2: not valid UTF-8/,
    ],
    [
      'an impossible date',
      (d) => writeFileSync(join(d, 'manifest.csv'), `${HEADER}1,a.txt,,2024-13-45,t,o\n`),
      /manifest\.csv:2: date "2024-13-45" is not a real/,
    ],
    [
      'a title that Excel would run as a formula',
      (d) =>
        writeFileSync(join(d, 'manifest.csv'), `${HEADER}1,a.txt,,,"+1+cmd|' /C calc'!A0",o\n`),
      /manifest\.csv:2: title .* formula/,
    ],
    [
      'an id the app cannot route',
      (d) => writeFileSync(join(d, 'manifest.csv'), `${HEADER}重庆日报 2024.05.25,a.txt,,,,\n`),
      /manifest\.csv:2: id "重庆日报 2024\.05\.25" is not a source id/,
    ],
    [
      'a manifest path out of the folder',
      (d) => writeFileSync(join(d, 'manifest.csv'), `${HEADER}1,../secret.txt,,,,\n`),
      /manifest\.csv:2: file "\.\.\/secret\.txt" leaves the seeds folder/,
    ],
    [
      'a symlink out of the folder',
      (d) => {
        symlinkSync('/etc/hostname', join(d, 'link.txt'));
        writeFileSync(join(d, 'manifest.csv'), `${HEADER}1,link.txt,,,,\n`);
      },
      /manifest\.csv:2: file "link\.txt" resolves to .* outside/,
    ],
  ];

  it.concurrent.each(cases)(
    '%s: clear error, exit code 2, no stack trace, output untouched',
    (_, breakSeeds, message) => {
      const seeds = tmp('cq-bad-');
      writeFileSync(join(seeds, 'a.txt'), ARTICLE);
      breakSeeds(seeds);
      const r = run(seeds, out);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Nothing was written/);
      expect(r.stderr).not.toMatch(STACK);
      expect(snapshot(out)).toEqual(before);
    },
    SPAWN_MS,
  );

  it.concurrent.each([
    [
      '--seeds at a file',
      (f: string) => ['--seeds', f, '--out', out],
      /: is a file, not a folder \(--seeds\)/,
    ],
    [
      '--out at a file',
      (f: string) => ['--seeds', 'seeds', '--out', f],
      /: is a file, not a folder \(--out\)/,
    ],
    [
      'an unknown flag',
      () => ['--seed', 'seeds', '--out', out],
      /command line: Unknown option '--seed'/,
    ],
    [
      '--seeds at a missing folder',
      () => ['--seeds', '/nonexistent/cq', '--out', out],
      /\/nonexistent\/cq: no such folder/,
    ],
  ] as const)(
    '%s: named, exit code 2, no stack trace',
    (_, args, message) => {
      const file = join(tmp('cq-file-'), 'plain.csv');
      writeFileSync(file, 'x\n');
      const r = runArgs([...args(file)]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(STACK);
      expect(readFileSync(file, 'utf8')).toBe('x\n');
      expect(snapshot(out)).toEqual(before);
    },
    SPAWN_MS,
  );

  it.concurrent.each([
    [
      'corrections.csv with a broken quote',
      'corrections.csv',
      'action,dataset,source_id,start,end,at,field,original,corrected,reason,evidence,decided_by,decided_at,row_hash\nmisprint,sister_cities,000,,,,,斯亚贝巴,"亚的斯亚贝巴,reason,e,,,\n',
      /corrections\.csv:2: /,
    ],
    [
      'corrections.csv naming an unknown dataset',
      'corrections.csv',
      'action,dataset,source_id,start,end,at,field,original,corrected,reason,evidence,decided_by,decided_at,row_hash\nmisprint,sister_citys,000,,,,,a,b,r,e,,,\n',
      /corrections\.csv:2: unknown dataset "sister_citys"/,
    ],
    [
      'corrections.csv in GBK',
      'corrections.csv',
      Buffer.concat([
        Buffer.from(
          'action,dataset,source_id,start,end,at,field,original,corrected,reason,evidence,decided_by,decided_at,row_hash\nmisprint,sister_cities,000,,,,,',
        ),
        Buffer.from(GBK),
        Buffer.from(',b,r,e,,,\n'),
      ]),
      /corrections\.csv:2: not valid UTF-8/,
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
    [
      'glossary.csv in GBK',
      'glossary.csv',
      Buffer.concat([Buffer.from('zh,en\n'), Buffer.from(GBK), Buffer.from(',Chongqing\n')]),
      /glossary\.csv:2: not valid UTF-8/,
    ],
    [
      'glossary.csv in UTF-16',
      'glossary.csv',
      Buffer.from('\uFEFFzh,en\n重庆,Chongqing\n', 'utf16le'),
      /glossary\.csv:1: UTF-16LE text/,
    ],
    [
      'reviewed.csv in GBK',
      'reviewed.csv',
      Buffer.concat([
        Buffer.from(
          'dataset,source_id,start,end,at,row_hash,decided_by,decided_at,note\nfigures,a,1,2,3,h,',
        ),
        Buffer.from(GBK),
        Buffer.from(',2024-01-01,\n'),
      ]),
      /reviewed\.csv:2: not valid UTF-8/,
    ],
  ] as const)(
    'a hand-edited %s: error with file and line, exit code 2, output untouched',
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
      expect(r.stderr).not.toMatch(STACK);
      expect(snapshot(dir)).toEqual(snap);
      rmSync(dir, { recursive: true, force: true });
    },
    SPAWN_MS,
  );

  it(
    'a run killed after its 3rd rename: --check fails on the leftovers, the next run completes the set',
    () => {
      // The five seeds instead of the one article: most files change.
      const seeds = 'seeds';
      const fresh = tmp('cq-fresh-');
      expect(run(seeds, fresh).status).toBe(0);
      const dir = tmp('cq-crashed-');
      for (const f of Object.keys(before)) copyFileSync(join(out, f), join(dir, f));
      const crashed = runArgs(['--seeds', seeds, '--out', dir], { CQ_CRASH_AFTER_RENAME: '3' });
      expect(crashed.status).toBe(137);
      const check = run(seeds, dir, '--check');
      expect(check.status).toBe(1);
      expect(check.stderr).toMatch(
        /holds what an interrupted run left: .*\.cq-write-journal\.json/,
      );
      const again = run(seeds, dir);
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/completed an interrupted write/);
      expect(run(seeds, dir, '--check').status).toBe(0);
      expect(snapshot(dir)).toEqual(snapshot(fresh));
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
