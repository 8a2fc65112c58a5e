/**
 * `npm run data:perf`: times the pipeline (buildData, in process, no disk writes) on synthetic
 * corpora of 250, 500 and 1000 articles made by recombining the seeds' paragraphs, and prints
 * ms per corpus, ms per article and how linear the growth is. Median of RUNS runs per size.
 * Both wall-clock and CPU time (user + system of this process) are printed: on a shared machine
 * the CPU time is the steadier measure of the work done.
 *   --sizes 250,500,1000   corpus sizes
 *   --runs 3               runs per size
 */
import { parseArgs } from 'node:util';
import { buildData } from './lib/build.ts';
import { readReference } from './lib/reference.ts';
import { blocks } from './lib/sentences.ts';
import { readSources, sha256, type Source } from './lib/sources.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '250,500,1000' },
    runs: { type: 'string', default: '3' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
/** Paragraphs per synthetic article: about the length of a seed. */
const PARAGRAPHS_PER_ARTICLE = 24;

/** Small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Article i: runs of consecutive paragraphs (so speakers stay with their statements) taken from
 * the seeds in a shuffled order, dated like the seed of its first run.
 */
function corpus(seeds: readonly Source[], size: number): Source[] {
  const paragraphs = seeds.map((s) => blocks(s.text).map((b) => s.text.slice(b.start, b.end)));
  return Array.from({ length: size }, (_, i) => {
    const next = random(i + 1);
    const parts: string[] = [];
    const first = Math.floor(next() * seeds.length);
    let seed = first;
    while (parts.length < PARAGRAPHS_PER_ARTICLE) {
      const list = paragraphs[seed]!;
      const from = Math.floor(next() * list.length);
      parts.push(...list.slice(from, from + 4 + Math.floor(next() * 6)));
      seed = Math.floor(next() * seeds.length);
    }
    const text = parts.join('\n\n') + '\n';
    const id = `syn${String(i).padStart(4, '0')}`;
    return {
      ...seeds[first]!,
      id,
      file: `${id}.txt`,
      sha256: sha256(new TextEncoder().encode(text)),
      text,
    };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const seeds = readSources('seeds');
const reference = readReference('data');
// Warm-up: JIT, the OpenCC dictionary, regex compilation.
buildData(seeds, reference);
const t0 = performance.now();
buildData(seeds, reference);
console.log(`seeds: ${seeds.length} articles in ${(performance.now() - t0).toFixed(0)} ms (warm)`);

const results: { size: number; ms: number; cpuMs: number; chars: number }[] = [];
for (const size of SIZES) {
  const sources = corpus(seeds, size);
  const chars = sources.reduce((n, s) => n + s.text.length, 0);
  const wall: number[] = [];
  const cpu: number[] = [];
  let rows = 0;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    const built = buildData(sources, reference);
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    rows = [...built.counts.values()].reduce((a, b) => a + b, 0);
  }
  const ms = median(wall);
  const cpuMs = median(cpu);
  results.push({ size, ms, cpuMs, chars });
  console.log(
    `${String(size).padStart(5)} articles (${(chars / 1e6).toFixed(1)} M chars, ${rows} rows): wall ${ms.toFixed(0)} ms (${(ms / size).toFixed(2)} ms/article), CPU ${cpuMs.toFixed(0)} ms (${(cpuMs / size).toFixed(2)} ms/article), median of ${RUNS}`,
  );
}
if (results.length > 1) {
  const a = results[0]!;
  const b = results[results.length - 1]!;
  const ratio = (x: number, y: number) => (x / b.size / (y / a.size)).toFixed(2);
  console.log(
    `linearity: per-article time at ${b.size} vs ${a.size}: wall ${ratio(b.ms, a.ms)}×, CPU ${ratio(b.cpuMs, a.cpuMs)}× (1.00 = perfectly linear)`,
  );
}
