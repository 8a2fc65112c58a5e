/**
 * Test support: an analysed Article from a bare text, with the reference districts, so rule
 * tests can use real sentences from the seeds and variants of them.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle, type Article } from './article.ts';
import { parseCsv } from './csv.ts';
import { districtMatcher, type DistrictMatcher, type DistrictRow } from './districts.ts';
import type { Source } from './sources.ts';
import { normalizeArticle } from './text.ts';

const DISTRICTS_FILE = 'data/reference/districts.csv';

export function referenceDistricts(): DistrictMatcher {
  const rows = parseCsv(readFileSync(DISTRICTS_FILE, 'utf8'), DISTRICTS_FILE, ['code', 'name_zh']);
  return districtMatcher(rows as unknown as DistrictRow[]);
}

export function sourceOf(text: string, date = '2024-05-25', id = 't'): Source {
  return {
    id,
    file: `${id}.txt`,
    sha256: '',
    date,
    title: '',
    outlet: '',
    url: '',
    text,
    dateFromManifest: true,
  };
}

export function articleOf(text: string, date = '2024-05-25', id = 't'): Article {
  return analyzeArticle(
    sourceOf(text, date, id),
    date,
    normalizeArticle(text),
    referenceDistricts().at(date),
  );
}
