/**
 * One article read once for every rule: normalised text, blocks, sentences, newspaper items,
 * dates (resolved against the publication date) and district names, all as offsets into the
 * original text. The extraction rules (sessions, pledges) read this instead of re-scanning.
 */
import {
  contextMonths,
  findDates,
  resolveDate,
  type DateMention,
  type ResolvedDate,
} from './dates.ts';
import type { DistrictMatcher, DistrictMention } from './districts.ts';
import {
  blocks,
  pieceIndexAt,
  pieces,
  sentencesOf,
  type Block,
  type Piece,
  type Span,
} from './sentences.ts';
import type { Source } from './sources.ts';

export interface Sentence extends Span {
  block: number;
  piece: number;
}

export interface DatedMention extends DateMention {
  resolved: ResolvedDate | null;
}

export interface Article {
  source: Source;
  /** Publication date used to resolve relative dates (manifest or inferred). */
  date: string;
  /** source.text normalised character by character (same length). */
  norm: string;
  blocks: Block[];
  pieces: Piece[];
  sentences: Sentence[];
  dates: DatedMention[];
  districts: DistrictMention[];
}

export function analyzeArticle(
  source: Source,
  date: string,
  norm: string,
  districts: DistrictMatcher,
): Article {
  const all = blocks(norm);
  const items = pieces(norm, all);
  const sentences: Sentence[] = [];
  all.forEach((b, i) => {
    const piece = pieceIndexAt(items, b.start);
    for (const s of sentencesOf(norm, b)) sentences.push({ ...s, block: i, piece });
  });
  const mentions = findDates(norm);
  // A bare `21日` takes the month last named before it in the article.
  const months = contextMonths(mentions);
  const dates = mentions.map((m, i) => ({ ...m, resolved: resolveDate(m, date, months[i]) }));
  return {
    source,
    date,
    norm,
    blocks: all,
    pieces: items,
    sentences,
    dates,
    districts: districts.find(norm),
  };
}

/** The sentence holding `offset`, or undefined. */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  const list = article.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function slice(article: Article, span: Span): string {
  return article.source.text.slice(span.start, span.end);
}
