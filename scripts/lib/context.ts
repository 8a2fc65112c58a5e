/**
 * The ExtractContext the figure, loan and sister-city rules read: which district a passage is
 * about and which pledge it belongs to, answered from this pipeline's own district matching and
 * speaker attribution. Knows nothing about what the rules extract.
 */
import { readingOffset, sentenceAt, type Article } from './article.ts';
import type { DistrictMatcher } from './districts.ts';
import { firstFrom, firstIndex, spansWithin } from './windows.ts';
import type { Statement } from './pledges.ts';
import type { Correction, DistrictRef, ExtractContext } from './types.ts';

/**
 * The last district inside [from, to) ending by offset, else the first after it. Mentions are
 * sorted and do not overlap, so binary searches find both without walking the whole article.
 */
function nearest(article: Article, from: number, to: number, offset: number): DistrictRef | null {
  const all = article.districts;
  const first = firstFrom(all, from);
  const end = firstIndex(all, (d) => d.end > to);
  const split = firstIndex(all, (d) => d.end > offset);
  const before = Math.min(split, end) - 1;
  const after = Math.max(split, first);
  const d = before >= first ? all[before] : after < end ? all[after] : undefined;
  return d ? { code: d.code, name_zh: d.name_zh } : null;
}

/**
 * districtAt: inside a statement by a district official, that district (the speaker named two
 * sentences earlier still owns the figure); otherwise the district named nearest before the
 * offset in the same sentence, then in the same paragraph (or the first one after it).
 */
export function extractContext(
  article: Article,
  statements: readonly Statement[],
  pledgeIds: readonly string[],
  districts: DistrictMatcher,
  corrections: readonly Correction[],
): ExtractContext {
  const names = new Map(districts.rows.map((d) => [d.code, d.name_zh]));
  // The rules ask with offsets into the original; the statements and districts are read in
  // article.text (the same offsets unless the article has pinyin annotations).
  const statementAt = (original: number) => {
    const offset = readingOffset(article, original);
    return statements.findIndex((s) =>
      [s, ...s.continued].some((p) => offset >= p.start && offset < p.end),
    );
  };
  return {
    source: { ...article.source, date: article.date },
    norm: article.norm,
    corrections,
    districtAt(original: number) {
      const i = statementAt(original);
      const code = i >= 0 ? statements[i]!.person.districtCode : '';
      if (code) return { code, name_zh: names.get(code) ?? '' };
      const offset = readingOffset(article, original);
      const s = sentenceAt(article, offset);
      if (!s) return null;
      const block = article.blocks[s.block]!;
      return (
        nearest(article, s.start, s.end, offset) ?? nearest(article, block.start, block.end, offset)
      );
    },
    districtsIn(start: number, end: number) {
      const found = new Map<string, DistrictRef>();
      const from = readingOffset(article, start);
      const to = readingOffset(article, end);
      for (const d of spansWithin(article.districts, from, to))
        found.set(d.code, { code: d.code, name_zh: d.name_zh });
      return [...found.values()];
    },
    pledgeAt(offset: number) {
      const i = statementAt(offset);
      return i >= 0 ? (pledgeIds[i] ?? null) : null;
    },
  };
}
