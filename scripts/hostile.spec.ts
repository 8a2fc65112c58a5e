/**
 * A hostile article goes through the whole pipeline: markup, script tags, javascript: links,
 * zero-width and right-to-left override characters stay exactly the text they were (the app
 * decides how to show text; the data must not lose or rewrite it), every CSV still parses, and
 * every quote still points at its place in the article. Hostile articles up to the 10 MB limit
 * (one long line with no full stop; thousands of short dated lines; one paragraph of dated
 * figures) go through too, in time that
 * grows linearly: a rule that rescans per match would make them quadratic and never finish.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from './lib/build';
import { figureSentences, longLine, manyLines } from './lib/long-line';
import { parseCsv } from './lib/csv';
import { readReference } from './lib/reference';
import { MAX_ARTICLE_BYTES, readSources, type Source } from './lib/sources';
import { HOSTILE_ID, HOSTILE_TITLE, writeHostileSeeds } from '../tests/e2e/support/hostile-article';

let dir: string;
let source: Source;
let built: BuildResult;

beforeAll(() => {
  dir = writeHostileSeeds();
  [source] = readSources(dir) as [Source];
  built = buildData([source], readReference('data'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARKUP = /<script|<img|javascript:|data-pwned|\u202e|\u200b|\u200d/;

describe('a hostile article through the pipeline', () => {
  it('keeps the title byte for byte, markup and invisible characters included', () => {
    const rows = parseCsv(built.files.get('sources.csv')!, 'sources.csv');
    expect(rows.find((r) => r.source_id === HOSTILE_ID)?.title).toBe(HOSTILE_TITLE);
  });

  it('writes CSVs that parse back, with every quote equal to its span of the article', () => {
    let quotes = 0;
    for (const [file, content] of built.files) {
      for (const row of parseCsv(content, file)) {
        if (row.source_id !== HOSTILE_ID || row.quote === undefined || row.start === undefined)
          continue;
        expect(row.quote, `${file}: ${row.quote}`).toBe(
          source.text.slice(Number(row.start), Number(row.end)),
        );
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it('carries the planted markup into the data as text, so the app test sees real hostile data', () => {
    const hostileCells = [...built.files].flatMap(([file, content]) =>
      parseCsv(content, file).flatMap((row) => Object.values(row).filter((v) => MARKUP.test(v))),
    );
    expect(hostileCells.some((v) => v.includes('data-pwned'))).toBe(true);
  });
});

/** Every row's quote equals its [start, end) span of the article; returns how many were checked. */
function quotesChecked(result: BuildResult, id: string, text: string): number {
  let quotes = 0;
  for (const [file, content] of result.files)
    for (const row of parseCsv(content, file)) {
      if (row.source_id !== id || row.quote === undefined || row.start === undefined) continue;
      if (row.quote !== text.slice(Number(row.start), Number(row.end)))
        throw new Error(`${file}: quote at ${row.start} differs from the article`);
      quotes++;
    }
  return quotes;
}

/** CPU seconds of this worker, steadier than wall time on a shared machine. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Builds `text` as an article read from disk; returns the result and the fastest of `runs` CPU times. */
function timedBuild(
  text: string,
  runs: number,
): { result: BuildResult; source: Source; cpu: number } {
  const seeds = writeHostileSeeds(text);
  try {
    const [source] = readSources(seeds) as [Source];
    let cpu = Infinity;
    let result!: BuildResult;
    for (let r = 0; r < runs; r++) {
      const before = cpuSeconds();
      result = buildData([source], readReference('data'));
      cpu = Math.min(cpu, cpuSeconds() - before);
    }
    return { result, source, cpu };
  } finally {
    rmSync(seeds, { recursive: true, force: true });
  }
}

const MB = 1_000_000;
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('hostile articles: one long line with no full stop, and many short dated lines', () => {
  it('a long line just under the 10 MB limit builds, with every quote at its offset', () => {
    const text = longLine(MAX_ARTICLE_BYTES - 200_000);
    expect(bytes(text)).toBeGreaterThan(9.5 * MB);
    expect(bytes(text)).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    expect(text).toMatch(/<script>/);
    expect(text).toMatch(/javascript:/);
    expect(text).toMatch(/\u200b/);
    expect(text).toMatch(/\u202e/);
    // Decimal points (5.5%) are the only full stops, and they end no sentence.
    expect(text).not.toMatch(/[。！？!?;；\n]|\.(?!\d)/);
    const { result, source } = timedBuild(text, 1);
    const figures = parseCsv(result.files.get('figures.csv')!, 'figures.csv');
    expect(figures.length).toBeGreaterThan(1000);
    expect(quotesChecked(result, source.id, source.text)).toBeGreaterThanOrEqual(figures.length);
  }, 300_000);

  it('an article over the limit is refused with the limit in the message', () => {
    const seeds = writeHostileSeeds('重'.repeat(MAX_ARTICLE_BYTES / 3 + 1));
    try {
      expect(() => readSources(seeds)).toThrow(/over the 10 MB limit for one article/);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  });

  // Linear time: four times the text costs about four times the CPU. A rule that rescans the
  // sentence, the text or a list of mentions per match makes it 8–16 times (n^1.5 to n²).
  it.each([
    ['one long line', longLine, 'figures.csv'],
    ['many short dated lines', manyLines, 'sessions.csv'],
    ['one paragraph of dated figures', figureSentences, 'figures.csv'],
  ] as const)(
    '%s: 2 MB costs less than 6 × the CPU of 0.5 MB',
    (_, make, table) => {
      const small = timedBuild(make(0.5 * MB), 2);
      const large = timedBuild(make(2 * MB), 2);
      const rows = parseCsv(large.result.files.get(table)!, table);
      expect(rows.length).toBeGreaterThan(1000);
      expect(quotesChecked(large.result, large.source.id, large.source.text)).toBeGreaterThan(0);
      const ratio = large.cpu / small.cpu;
      expect(
        ratio,
        `0.5 MB: ${small.cpu.toFixed(2)} s, 2 MB: ${large.cpu.toFixed(2)} s CPU (×${ratio.toFixed(2)})`,
      ).toBeLessThan(6);
    },
    300_000,
  );
});
