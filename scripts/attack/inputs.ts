/**
 * Rejected inputs: each breaks a copy of a good seeds folder (or its output folder, or the
 * command line) the way a careless or hostile user would, runs `npm run data` on it, and checks
 * it exits 2 with one line naming the file (and line), no stack trace, and the output folder byte
 * for byte as it was.
 */
import { spawn } from 'node:child_process';
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

const ARTICLE =
  '本报讯（记者 林青）10月17日，某区召开座谈会。\n\n万州区委书记王某表示，万州区将新建学校3所。\n';
const HEADER = 'id,file,sha256,date,title,outlet\n';
const GBK = Buffer.from([0xd6, 0xd8, 0xc7, 0xec]);
const CORRECTIONS_HEADER =
  'action,dataset,source_id,start,end,at,field,original,corrected,reason,evidence,decided_by,decided_at,row_hash\n';

interface Case {
  name: string;
  /** Breaks the folders; returns the command-line arguments to run with. */
  setup: (seeds: string, out: string, spare: string) => string[];
  /** What the message must name. */
  names: RegExp;
}

const manifest = (seeds: string, body: string | Buffer) =>
  writeFileSync(join(seeds, 'manifest.csv'), typeof body === 'string' ? HEADER + body : body);
const normal = (seeds: string, out: string) => ['--seeds', seeds, '--out', out];

export const CASES: Case[] = [
  {
    name: 'GBK article',
    setup: (s, o) => (
      writeFileSync(join(s, 'gbk.txt'), Buffer.concat([Buffer.from('a\n'), GBK])),
      normal(s, o)
    ),
    names: /gbk\.txt:2: not valid UTF-8/,
  },
  {
    name: 'UTF-16 article',
    setup: (s, o) => (
      writeFileSync(join(s, 'u16.txt'), Buffer.from('\uFEFF重庆', 'utf16le')),
      normal(s, o)
    ),
    names: /u16\.txt:1: UTF-16LE/,
  },
  {
    name: 'empty article',
    setup: (s, o) => (writeFileSync(join(s, 'e.txt'), ''), normal(s, o)),
    names: /e\.txt:1: file is empty/,
  },
  {
    name: 'binary article',
    setup: (s, o) => (writeFileSync(join(s, 'b.txt'), Buffer.from([0x61, 0, 0xff])), normal(s, o)),
    names: /b\.txt:1: binary/,
  },
  {
    name: 'article over 10 MB',
    setup: (s, o) => (
      writeFileSync(join(s, 'big.txt'), Buffer.alloc(10_000_001, 0x61)),
      normal(s, o)
    ),
    names: /big\.txt: 10\.0 MB is over the 10 MB limit/,
  },
  {
    name: 'folder named x.txt',
    setup: (s, o) => (mkdirSync(join(s, 'x.txt')), normal(s, o)),
    names: /x\.txt: is a folder/,
  },
  {
    name: 'header-only manifest',
    setup: (s, o) => (manifest(s, ''), normal(s, o)),
    names: /manifest\.csv:1: manifest lists no article/,
  },
  {
    name: 'empty manifest',
    setup: (s, o) => (manifest(s, Buffer.alloc(0)), normal(s, o)),
    names: /manifest\.csv:1: manifest is empty/,
  },
  {
    name: 'GBK manifest',
    setup: (s, o) => (
      manifest(s, Buffer.concat([Buffer.from(`${HEADER}1,a.txt,,,`), GBK, Buffer.from(',o\n')])),
      normal(s, o)
    ),
    names: /manifest\.csv:2: not valid UTF-8/,
  },
  {
    name: 'UTF-16 manifest',
    setup: (s, o) => (
      manifest(s, Buffer.from(`\uFEFF${HEADER}1,a.txt,,,,\n`, 'utf16le')),
      normal(s, o)
    ),
    names: /manifest\.csv:1: UTF-16LE/,
  },
  {
    name: 'manifest row for a missing file',
    setup: (s, o) => (manifest(s, '1,gone.txt,,,,\n'), normal(s, o)),
    names: /manifest\.csv:2: file "gone\.txt" does not exist/,
  },
  {
    name: 'same id twice',
    setup: (s, o) => (manifest(s, '1,a.txt,,,,\n1,a.txt,,,,\n'), normal(s, o)),
    names: /manifest\.csv:3: duplicate id "1" \(first on line 2\)/,
  },
  {
    name: 'impossible date',
    setup: (s, o) => (manifest(s, '1,a.txt,,2024-13-45,,\n'), normal(s, o)),
    names: /manifest\.csv:2: date "2024-13-45"/,
  },
  {
    name: 'formula title',
    setup: (s, o) => (manifest(s, `1,a.txt,,,"+1+cmd|' /C calc'!A0",o\n`), normal(s, o)),
    names: /manifest\.csv:2: title .*formula/,
  },
  {
    name: 'formula outlet',
    setup: (s, o) => (manifest(s, '1,a.txt,,,t,"=HYPERLINK(""x"")"\n'), normal(s, o)),
    names: /manifest\.csv:2: outlet .*formula/,
  },
  {
    name: 'unroutable id',
    setup: (s, o) => (manifest(s, '重庆日报 2024.05.25,a.txt,,,,\n'), normal(s, o)),
    names: /manifest\.csv:2: id "重庆日报 2024\.05\.25"/,
  },
  {
    name: '../ path',
    setup: (s, o) => (manifest(s, '1,../secret.txt,,,,\n'), normal(s, o)),
    names: /manifest\.csv:2: file "\.\.\/secret\.txt" leaves/,
  },
  {
    name: 'absolute path',
    setup: (s, o) => (manifest(s, '1,/etc/hostname,,,,\n'), normal(s, o)),
    names: /manifest\.csv:2: file "\/etc\/hostname" is an absolute path/,
  },
  {
    name: 'symlink out of the folder',
    setup: (s, o) => (
      symlinkSync('/etc/hostname', join(s, 'l.txt')),
      manifest(s, '1,l.txt,,,,\n'),
      normal(s, o)
    ),
    names: /manifest\.csv:2: file "l\.txt" resolves to .* outside/,
  },
  {
    name: 'symlink out, no manifest',
    setup: (s, o) => (symlinkSync('/etc/hostname', join(s, 'l.txt')), normal(s, o)),
    names: /l\.txt.*outside/,
  },
  {
    name: 'javascript: url',
    setup: (s, o) => (
      manifest(
        s,
        Buffer.from('id,file,sha256,date,title,outlet,url\n1,a.txt,,,,,javascript:alert(1)\n'),
      ),
      normal(s, o)
    ),
    names: /manifest\.csv:2: url "javascript:alert\(1\)" is not an http\(s\) address/,
  },
  {
    name: 'SHA-256 mismatch',
    setup: (s, o) => (manifest(s, `1,a.txt,${'0'.repeat(64)},,,\n`), normal(s, o)),
    names: /manifest\.csv:2: sha256 of a\.txt/,
  },
  {
    name: 'corrections.csv in GBK',
    setup: (s, o) => (
      writeFileSync(
        join(o, 'corrections.csv'),
        Buffer.concat([
          Buffer.from(`${CORRECTIONS_HEADER}misprint,sister_cities,000,,,,,`),
          GBK,
          Buffer.from(',b,r,e,,,\n'),
        ]),
      ),
      normal(s, o)
    ),
    names: /corrections\.csv:2: not valid UTF-8/,
  },
  {
    name: 'corrections.csv unknown dataset',
    setup: (s, o) => (
      writeFileSync(
        join(o, 'corrections.csv'),
        `${CORRECTIONS_HEADER}misprint,sister_citys,000,,,,,a,b,r,e,,,\n`,
      ),
      normal(s, o)
    ),
    names: /corrections\.csv:2: unknown dataset/,
  },
  {
    name: 'corrections.csv broken quote',
    setup: (s, o) => (
      writeFileSync(
        join(o, 'corrections.csv'),
        `${CORRECTIONS_HEADER}misprint,sister_cities,000,,,,,"a,b,r,e,,,\n`,
      ),
      normal(s, o)
    ),
    names: /corrections\.csv:2:/,
  },
  {
    name: 'glossary.csv phrase twice',
    setup: (s, o) => (writeFileSync(join(o, 'glossary.csv'), 'zh,en\n甲,a\n甲,a\n'), normal(s, o)),
    names: /glossary\.csv:3: "甲" is listed twice/,
  },
  {
    name: 'glossary.csv in GBK',
    setup: (s, o) => (
      writeFileSync(
        join(o, 'glossary.csv'),
        Buffer.concat([Buffer.from('zh,en\n'), GBK, Buffer.from(',Chongqing\n')]),
      ),
      normal(s, o)
    ),
    names: /glossary\.csv:2: not valid UTF-8/,
  },
  {
    name: 'reviewed.csv in GBK',
    setup: (s, o) => (
      writeFileSync(
        join(o, 'reviewed.csv'),
        Buffer.concat([
          Buffer.from(
            'dataset,source_id,start,end,at,row_hash,decided_by,decided_at,note\nfigures,a,1,2,3,h,',
          ),
          GBK,
          Buffer.from(',2024-01-01,\n'),
        ]),
      ),
      normal(s, o)
    ),
    names: /reviewed\.csv:2: not valid UTF-8/,
  },
  {
    name: '--out at a file',
    setup: (s, _o, f) => ['--seeds', s, '--out', f],
    names: /plain\.csv: is a file, not a folder \(--out\)/,
  },
  {
    name: '--seeds at a file',
    setup: (_s, o, f) => ['--seeds', f, '--out', o],
    names: /plain\.csv: is a file, not a folder \(--seeds\)/,
  },
  {
    name: 'unknown flag',
    setup: (s, o) => ['--seeds', s, '--out', o, '--force'],
    names: /command line: Unknown option '--force'/,
  },
  {
    name: '--seeds at a missing folder',
    setup: (_s, o) => ['--seeds', '/nonexistent/cq-seeds', '--out', o],
    names: /\/nonexistent\/cq-seeds: no such folder/,
  },
];

function snapshot(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (f) => `${f.name}:${f.isFile() ? readFileSync(join(dir, f.name)).toString('base64') : 'dir'}`,
    )
    .join('\n');
}

function runData(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/data.ts', ...args]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

export interface InputResult {
  name: string;
  ok: boolean;
  status: number | null;
  named: boolean;
  stack: boolean;
  identical: boolean;
  message: string;
}

/** Runs every case (two at a time) against copies of one good output folder. */
export async function attackInputs(): Promise<InputResult[]> {
  const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
  const goodSeeds = tmp('cq-attack-seeds-');
  writeFileSync(join(goodSeeds, 'a.txt'), ARTICLE);
  const goodOut = tmp('cq-attack-out-');
  const first = await runData(['--seeds', goodSeeds, '--out', goodOut]);
  if (first.status !== 0) throw new Error(`the good input failed: ${first.stderr}`);
  const one = async (c: Case): Promise<InputResult> => {
    const seeds = tmp('cq-attack-s-');
    const out = tmp('cq-attack-o-');
    const spareDir = tmp('cq-attack-f-');
    const spare = join(spareDir, 'plain.csv');
    try {
      copyFileSync(join(goodSeeds, 'a.txt'), join(seeds, 'a.txt'));
      for (const f of readdirSync(goodOut)) copyFileSync(join(goodOut, f), join(out, f));
      writeFileSync(spare, 'x\n');
      const args = c.setup(seeds, out, spare);
      const before = snapshot(out) + readFileSync(spare, 'base64');
      const r = await runData(args);
      const after = snapshot(out) + readFileSync(spare, 'base64');
      const message = r.stderr.trim().split('\n')[0] ?? '';
      const result = {
        name: c.name,
        status: r.status,
        named: c.names.test(r.stderr),
        stack: /\n\s+at .+:\d+:\d+/.test(r.stderr),
        identical: before === after,
        message,
      };
      return {
        ...result,
        ok: result.status === 2 && result.named && !result.stack && result.identical,
      };
    } finally {
      for (const d of [seeds, out, spareDir]) rmSync(d, { recursive: true, force: true });
    }
  };
  const results: InputResult[] = [];
  try {
    for (let i = 0; i < CASES.length; i += 2)
      results.push(...(await Promise.all(CASES.slice(i, i + 2).map(one))));
  } finally {
    for (const d of [goodSeeds, goodOut]) rmSync(d, { recursive: true, force: true });
  }
  return results;
}
