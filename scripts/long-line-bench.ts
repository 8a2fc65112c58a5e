/**
 * `npx tsx scripts/long-line-bench.ts --sizes 0.1,0.2,0.4`: times buildData on a hostile article
 * whose body is one long line of SIZE MB-ish characters (scripts/lib/long-line.ts) and prints
 * wall and CPU seconds per size and the ratio to the smallest, to check the growth is linear.
 */
import { parseArgs } from 'node:util';
import { buildData } from './lib/build.ts';
import { longLine } from './lib/long-line.ts';
import { readReference } from './lib/reference.ts';
import type { Source } from './lib/sources.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0.1,0.2,0.4' } } });
const sizes = values.sizes.split(',').map(Number);
const reference = readReference('data');

let first = 0;
for (const mb of sizes) {
  const text = `# 长行\n\n${longLine(Math.round(mb * 1_000_000))}\n`;
  const source: Source = {
    id: 'long',
    file: 'long.txt',
    sha256: '',
    date: '2024-05-25',
    title: '',
    outlet: '',
    url: '',
    text,
    dateFromManifest: true,
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const built = buildData([source], reference);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  if (!first) first = cpuSec;
  console.log(
    `${mb} MB (${text.length} chars): wall ${wall.toFixed(2)} s, cpu ${cpuSec.toFixed(2)} s, ` +
      `cpu ratio ${(cpuSec / first).toFixed(1)}, figures ${built.counts.get('figures.csv')}`,
  );
}
