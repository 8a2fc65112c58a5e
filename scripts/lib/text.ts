/**
 * Text normalisation for the extraction rules. Owns: folding full-width forms to ASCII,
 * traditional to simplified characters, blanking English passages (a bilingual article's
 * English half states no fact the Chinese rules may read), finding pinyin annotations
 * (`增長(zhǎng)`), a reading view without them, and a "compact" view that also glues sentences
 * broken by PDF layout. Every view keeps a map back to the original offsets, so rows always quote
 * the article exactly as printed.
 * Knows nothing about numbers, districts or CSV.
 */
import * as OpenCC from 'opencc-js';
import { MAX_SENTENCE_CHARS } from './windows.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const simplifiedCache = new Map<string, string>();

/** Full-width punctuation that has an exact ASCII twin (quotes and 、 stay: they carry meaning). */
const FULLWIDTH_PUNCTUATION: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '．': '.',
  '％': '%',
  '＋': '+',
  '－': '-',
  '～': '~',
  '　': ' ',
};

function simplify(ch: string): string {
  const cached = simplifiedCache.get(ch);
  if (cached !== undefined) return cached;
  const converted = toSimplified(ch);
  // A conversion that changes length would shift every later offset: keep the original.
  const result = converted.length === ch.length ? converted : ch;
  simplifiedCache.set(ch, result);
  return result;
}

/** One UTF-16 code unit in, one out: full-width → ASCII, traditional → simplified. */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
    return String.fromCharCode(code - 0xfee0); // Ａ-Ｚ ａ-ｚ
  const punctuation = FULLWIDTH_PUNCTUATION[ch];
  if (punctuation) return punctuation;
  if (code >= 0x3400 && code <= 0x9fff) return simplify(ch);
  return ch;
}

/**
 * Normalises an article character by character. The result has the same length as the input,
 * so an offset into it is an offset into the original text.
 */
export function normalizeText(text: string): string {
  // Built from code units in chunks: appending one character at a time makes a rope of millions
  // of pieces on a long article.
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = normalizeChar(text[i]!).charCodeAt(0);
  return fromCodes(codes);
}

/** A run of Latin text with at least this many words is an English passage, not a term. */
const ENGLISH_MIN_WORDS = 4;
/** Latin text between Chinese: letters, digits, spaces and ASCII punctuation. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9 ,.;:'"’‘()%$&/\-–—!?]*/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The text an article's rules read: normalizeText, with English passages (`Chongqing now has 56
 * sister cities`) blanked to spaces of the same length. The Chinese text is the source; an
 * English half must neither add nor override its facts. Terms inside Chinese (`GDP`, `App`,
 * `NBA国王队`, a stray `and`) stay.
 */
export function normalizeArticle(text: string): string {
  const norm = normalizeText(text);
  const pinyin = pinyinSpans(norm);
  const english = [...norm.matchAll(LATIN_RUN)].filter(
    (m) =>
      (m[0].match(LATIN_WORD)?.length ?? 0) >= ENGLISH_MIN_WORDS &&
      !pinyin.some((p) => m.index >= p.start && m.index < p.end),
  );
  if (!english.length) return norm;
  const parts: string[] = [];
  let at = 0;
  for (const m of english) {
    parts.push(norm.slice(at, m.index), ' '.repeat(m[0].length));
    at = m.index + m[0].length;
  }
  parts.push(norm.slice(at));
  return parts.join('');
}

/** Pinyin letters (tone marks included) of one annotation. */
const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const PINYIN_RUN = new RegExp(
  `[(（]([${PINYIN_LETTERS}]{1,7}(?:[ '][${PINYIN_LETTERS}]{1,7}){0,3})[)）]`,
  'g',
);
const PINYIN_VOWEL = /[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

/**
 * Pinyin annotations inserted after Chinese characters (`增長(zhǎng)`, `54對(duì)`,
 * `涪陵（fú líng）`): a bracketed run of lower-case syllables, each with a vowel, right after a
 * Chinese character. Offsets into `norm` (or the original: same length).
 */
export function pinyinSpans(norm: string): Span[] {
  const out: Span[] = [];
  for (const m of norm.matchAll(PINYIN_RUN)) {
    const before = norm[m.index - 1] ?? '';
    if (!CJK.test(before)) continue;
    if (!m[1]!.split(/[ ']/).every((syllable) => PINYIN_VOWEL.test(syllable))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The text with pinyin annotations removed (nothing else changes), and the map back: what the
 * rules reading names, titles, dates and speech cues read, so `區長(zhǎng)王五表示` reads
 * `区长王五表示`. Identity (same string, map i → i) when the text has no annotation.
 */
export function readingView(norm: string): TextView {
  const spans = pinyinSpans(norm);
  if (!spans.length) return { text: norm, map: identityMap(norm.length) };
  const parts: string[] = [];
  const map: number[] = [];
  let at = 0;
  for (const s of [...spans, { start: norm.length, end: norm.length }]) {
    parts.push(norm.slice(at, s.start));
    for (let i = at; i < s.start; i++) map.push(i);
    at = s.end;
  }
  map.push(norm.length);
  return { text: parts.join(''), map };
}

function identityMap(length: number): number[] {
  const map = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return map;
}

function fromCodes(codes: Uint16Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 8192)
    chunks.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return chunks.join('');
}

/** A reading view of the text with `map[i]` = offset in the original of view character i. */
export interface TextView {
  text: string;
  /** One entry per view character plus one for the end (original length). */
  map: number[];
}

const CJK = /[\u3400-\u9fff]/;
const SENTENCE_END = /[。！？!?；;：:”」』…)）】]$/;
const CLAUSE_MARK = /[，,、；;：:。]/;
/** What the second half of a broken sentence may start with. */
const CONTINUATION = /[\u3400-\u9fff0-9“《(（]/;
/** A line shorter than this that ends without punctuation is a heading, not a broken sentence. */
const MIN_BROKEN_LINE_CHARS = 24;

/**
 * A line cut by page layout: long, with clause punctuation inside (a headline or caption has
 * none), and no closing punctuation at its end.
 */
function isBrokenLine(line: string): boolean {
  return (
    line.length >= MIN_BROKEN_LINE_CHARS &&
    CLAUSE_MARK.test(line) &&
    !SENTENCE_END.test(line) &&
    !line.startsWith('#')
  );
}

/** A short line without punctuation between two halves of a sentence: a headline. */
function isInsertedHeading(line: string): boolean {
  return line.length < MIN_BROKEN_LINE_CHARS && !CLAUSE_MARK.test(line) && !SENTENCE_END.test(line);
}

/**
 * Builds the compact view used for sentence-level rules: a line break inside a sentence (the
 * previous line is long and has no closing punctuation, the next starts with a CJK character or
 * digit) is removed; pinyin annotations such as `（chóng qìng）` after a CJK character are
 * removed. Real paragraph breaks stay as a single "\n".
 */
export function compactView(norm: string): TextView {
  // Each rule builds the view of the same article: build it once (callers only read it).
  if (lastView?.norm !== norm) lastView = { norm, view: buildCompactView(norm) };
  return lastView.view;
}

let lastView: { norm: string; view: TextView } | undefined;

function buildCompactView(norm: string): TextView {
  const drop = new Uint8Array(norm.length);
  for (const s of pinyinSpans(norm)) drop.fill(1, s.start, s.end);
  // Non-empty lines, trimmed: [start, end) in `norm`.
  const lines = [...norm.matchAll(/[^\r\n]+/g)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { start: m.index + lead, end: m.index + m[0].trimEnd().length };
    })
    .filter((l) => l.end > l.start);
  const textOf = (l: { start: number; end: number }) => norm.slice(l.start, l.end);
  const dropRange = (from: number, to: number) => drop.fill(1, from, to);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (isBrokenLine(textOf(line)) && CONTINUATION.test(norm[next.start]!)) {
      const after = lines[i + 2];
      // A headline or caption printed inside the sentence (PDF layout): read past it.
      if (after && isInsertedHeading(textOf(next)) && CONTINUATION.test(norm[after.start]!)) {
        dropRange(line.end, after.start);
        i++;
        continue;
      }
      dropRange(line.end, next.start);
      continue;
    }
    // A paragraph break: one "\n" stays.
    dropRange(line.end, next.start);
    drop[norm.indexOf('\n', line.end)] = 0;
  }
  // Kept runs are sliced whole: appending one character at a time is slow on a long article.
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < norm.length;) {
    if (drop[i]) {
      i++;
      continue;
    }
    const from = i;
    while (i < norm.length && !drop[i]) map.push(i++);
    parts.push(norm.slice(from, i));
  }
  map.push(norm.length);
  return { text: parts.join(''), map };
}

/** Original [start, end) of view range [from, to). */
export function originalRange(view: TextView, from: number, to: number): [number, number] {
  const start = view.map[from]!;
  const end = to > from ? view.map[to - 1]! + 1 : start;
  return [start, end];
}

/** A sentence of a view: [start, end) in view offsets, end excluding the closing mark. */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_BREAK = /[。！？!?；;\n]/;

/** End of a piece of an overlong sentence: just after its last clause mark, else `limit`. */
function lastClauseBreak(text: string, from: number, limit: number): number {
  for (let i = limit - 1; i > from + MAX_SENTENCE_CHARS / 2; i--)
    if (/[,，、:]/.test(text[i]!)) return i + 1;
  return limit;
}

/** Splits a view into sentences at 。！？； and paragraph breaks (closing quotes stay inside). */
export function sentences(view: TextView): Span[] {
  // Rules reading the same (cached) view share its sentences; callers only read them.
  let spans = sentencesOf.get(view);
  if (!spans) sentencesOf.set(view, (spans = splitSentences(view)));
  return spans;
}

const sentencesOf = new WeakMap<TextView, Span[]>();

function splitSentences(view: TextView): Span[] {
  const out: Span[] = [];
  const text = view.text;
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    // A run longer than any real sentence (a hostile line with no full stop) is cut into
    // pieces, so the rules that read a sentence per number stay linear in the article.
    while (to - from > MAX_SENTENCE_CHARS) {
      const cut = lastClauseBreak(text, from, from + MAX_SENTENCE_CHARS);
      out.push({ start: from, end: cut });
      from = cut;
    }
    if (from < to) out.push({ start: from, end: to });
  };
  for (let i = 0; i < text.length; i++) {
    // An ASCII full stop ends a sentence unless it is a decimal point (4.5%).
    const stop =
      SENTENCE_BREAK.test(text[i]!) ||
      (text[i] === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
    if (!stop) continue;
    if (text[i] === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && /[”’」』]/.test(text[end]!)) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return out;
}

/**
 * Sentences with headlines (Markdown `#` lines) moved last: when a fact is stated in a headline
 * and again in the body, the body's fuller sentence is the one kept.
 */
export function bodyFirst(view: TextView, spans: readonly Span[]): Span[] {
  const isHeading = (s: Span) => view.text[s.start] === '#';
  return [...spans.filter((s) => !isHeading(s)), ...spans.filter(isHeading)];
}
