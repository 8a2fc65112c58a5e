/**
 * A hostile article goes through the whole pipeline: markup, script tags, javascript: links,
 * zero-width and right-to-left override characters stay exactly the text they were (the app
 * decides how to show text; the data must not lose or rewrite it), every CSV still parses, and
 * every quote still points at its place in the article.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from './lib/build';
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
