/**
 * `npx tsx scripts/long-line-bench.ts --sizes 1,2,4,8 --runs 3`: times buildData on the hostile
 * articles of scripts/lib/long-line.ts (one long line; many short dated lines) of SIZE MB of UTF-8
 * each, and prints the median CPU and wall seconds per size, seconds per MB, and the CPU ratio to
 * the smallest size against the size ratio: linear growth keeps seconds per MB flat.
 *   --kinds long,lines   which articles
 *   --sizes 1,2,4,8      MB (10^6 bytes), below the 10 MB limit
 *   --runs 3             runs per size (median)
 */
import { parseArgs } from 'node:util';
import { buildData } from './lib/build.ts';
import { longLine, manyLines } from './lib/long-line.ts';
import { readReference } from './lib/reference.ts';
import type { Source } from './lib/sources.ts';

const { values } = parseArgs({
  options: {
    kinds: { type: 'string', default: 'long,lines' },
    sizes: { type: 'string', default: '1,2,4,8' },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const reference = readReference('data');
const KINDS: Record<string, (bytes: number) => string> = { long: longLine, lines: manyLines };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const kind of values.kinds.split(',')) {
  let first: { mb: number; cpu: number } | null = null;
  for (const mb of sizes) {
    const text = KINDS[kind]!(mb * 1_000_000);
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
    const cpu: number[] = [];
    const wall: number[] = [];
    let rows = 0;
    for (let r = 0; r < runs; r++) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const built = buildData([source], reference);
      wall.push((performance.now() - t0) / 1000);
      const used = process.cpuUsage(cpu0);
      cpu.push((used.user + used.system) / 1e6);
      rows = [...built.counts.values()].reduce((a, b) => a + b, 0);
    }
    const c = median(cpu);
    first ??= { mb, cpu: c };
    console.log(
      `${kind} ${mb} MB (${text.length} chars, ${rows} rows): CPU ${c.toFixed(2)} s, wall ${median(wall).toFixed(2)} s, ` +
        `${(c / mb).toFixed(2)} s/MB; ×${(mb / first.mb).toFixed(0)} size → ×${(c / first.cpu).toFixed(2)} CPU (median of ${runs})`,
    );
  }
}
