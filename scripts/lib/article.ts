/**
 * One article read once for every rule: normalised text, blocks, sentences, newspaper items,
 * dates (resolved against the publication date) and district names. The rules read `text`, the
 * normalised article without pinyin annotations (`區長(zhǎng)王五` reads `区长王五`); every offset
 * in an Article is into `text`, and `printedRange`/`printed` map them back to the article as
 * printed (identity when it has no annotation). The extraction rules (sessions, pledges) read
 * this instead of re-scanning.
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
import { readingView } from './text.ts';

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
  /** source.text normalised character by character (same length): what ExtractContext hands on. */
  norm: string;
  /** What the rules read: `norm` without pinyin annotations. All offsets below are into it. */
  text: string;
  /** Offset in the original of each character of `text`, plus one entry for its end. */
  map: number[];
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
  const view = readingView(norm);
  const text = view.text;
  const all = blocks(text);
  const items = pieces(text, all);
  const sentences: Sentence[] = [];
  all.forEach((b, i) => {
    const piece = pieceIndexAt(items, b.start);
    for (const s of sentencesOf(text, b)) sentences.push({ ...s, block: i, piece });
  });
  const mentions = findDates(text);
  // A bare `21日` takes the month last named before it in the article.
  const months = contextMonths(mentions);
  const dates = mentions.map((m, i) => ({ ...m, resolved: resolveDate(m, date, months[i]) }));
  return {
    source,
    date,
    norm,
    text,
    map: view.map,
    blocks: all,
    pieces: items,
    sentences,
    dates,
    districts: districts.find(text),
  };
}

/** [start, end) in the original text of the span [start, end) of `article.text`. */
export function printedRange(article: Article, span: Span): [number, number] {
  const start = article.map[span.start]!;
  const end = span.end > span.start ? article.map[span.end - 1]! + 1 : start;
  return [start, end];
}

/** Offset in `article.text` of an offset into the original (the next character read). */
export function readingOffset(article: Article, original: number): number {
  const map = article.map;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** The article as printed over a span of `article.text`. */
export function slice(article: Article, span: Span): string {
  return article.source.text.slice(...printedRange(article, span));
}
