/**
 * A hostile article goes through the whole pipeline: markup, script tags, javascript: links,
 * zero-width and right-to-left override characters stay exactly the text they were (the app
 * decides how to show text; the data must not lose or rewrite it), every CSV still parses, and
 * every quote still points at its place in the article. A hostile article of one long line with
 * no full stop (1, 4 and 10 MB) goes through too, in time that grows about linearly: rules that
 * read a whole "sentence" per number would make it quadratic and never finish.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from './lib/build';
import { longLine } from './lib/long-line';
import { parseCsv } from './lib/csv';
import { readReference } from './lib/reference';
import { readSources, type Source } from './lib/sources';
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

describe('a hostile article of one long line with no full stop', () => {
  // CPU seconds of this worker, steadier than wall time on a shared machine.
  const cpuSeconds = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const seconds = new Map<number, number>();

  it.each([1, 4, 10])(
    'builds a %s MB line with every quote at its offset',
    (mb) => {
      const text = longLine(mb * 1_000_000);
      expect(text).toMatch(/<script>/);
      expect(text).toMatch(/javascript:/);
      expect(text).toMatch(/\u200b/);
      expect(text).toMatch(/\u202e/);
      // Decimal points (5.5%) are the only full stops, and they end no sentence.
      expect(text).not.toMatch(/[。！？!?;；\n]|\.(?!\d)/);
      const seeds = writeHostileSeeds(text);
      try {
        const [long] = readSources(seeds) as [Source];
        const before = cpuSeconds();
        const result = buildData([long], readReference('data'));
        seconds.set(mb, cpuSeconds() - before);
        const figures = parseCsv(result.files.get('figures.csv')!, 'figures.csv');
        expect(figures.length).toBeGreaterThan(1000);
        expect(quotesChecked(result, long.id, long.text)).toBeGreaterThanOrEqual(figures.length);
      } finally {
        rmSync(seeds, { recursive: true, force: true });
      }
    },
    300_000,
  );

  it('takes time that grows about linearly with the line (10 MB < 25 × 1 MB)', () => {
    const small = seconds.get(1)!;
    const large = seconds.get(10)!;
    expect(large / small, `1 MB: ${small.toFixed(1)} s, 10 MB: ${large.toFixed(1)} s`).toBeLessThan(
      25,
    );
  });
});
