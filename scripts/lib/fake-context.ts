/**
 * Test support for the extraction rules: an ExtractContext built from a bare article text, with
 * a stand-in districtAt (the last district named before the offset in the same paragraph) and
 * pledgeAt (the paragraph's index), so rule tests do not depend on the pipeline's own matchers.
 */
import { readFileSync } from 'node:fs';
import { forceOn } from '../../src/lib/vintages.ts';
import { parseCsv } from './csv.ts';
import type { Source } from './sources.ts';
import { normalizeText } from './text.ts';
import type { Correction, DistrictRef, ExtractContext } from './types.ts';

export interface DistrictName {
  code: string;
  name_zh: string;
  former_name_zh?: string;
}

/** The districts in force on `date` (fakeSource's default date): 38 before 2025-11-06, 37 after. */
export function readDistricts(file = 'data/districts.csv', date = '2024-05-25'): DistrictName[] {
  const rows = parseCsv(readFileSync(file, 'utf8'), file, ['code', 'name_zh']);
  return rows
    .filter((row) => forceOn(row, date) === 'in')
    .map((row) => ({
      code: row.code!,
      name_zh: row.name_zh!,
      former_name_zh: row.former_name_zh ?? '',
    }));
}

export function fakeSource(text: string, date = '2024-05-25', id = 'test'): Source {
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

export function fakeContext(
  source: Source,
  districts: readonly DistrictName[] = [],
  corrections: readonly Correction[] = [],
): ExtractContext {
  const norm = normalizeText(source.text);
  const names = districts.flatMap((d) => {
    const short = d.name_zh.replace(/(?:(?:土家族|苗族)+自治县|区|县)$/, '');
    const ref: DistrictRef = { code: d.code, name_zh: d.name_zh };
    return [d.name_zh, short.length >= 2 ? short : ''].filter(Boolean).map((n) => ({ n, ref }));
  });
  return {
    source,
    norm,
    corrections,
    districtAt(offset: number) {
      const paragraph = norm.lastIndexOf('\n\n', offset);
      let best: { at: number; ref: DistrictRef } | null = null;
      for (const { n, ref } of names) {
        const at = norm.lastIndexOf(n, offset);
        if (at > paragraph && (!best || at > best.at)) best = { at, ref };
      }
      return best?.ref ?? null;
    },
    districtsIn(start: number, end: number) {
      const slice = norm.slice(start, end);
      const found = new Map<string, DistrictRef>();
      for (const { n, ref } of names) if (slice.includes(n)) found.set(ref.code, ref);
      return [...found.values()];
    },
    pledgeAt(offset: number) {
      return `${source.id}-p${norm.slice(0, offset).split('\n\n').length}`;
    },
  };
}
