/**
 * The layout of an article as offsets into its original text: blocks (paragraphs, with lines
 * broken by PDF layout joined again), sentences, and pieces (one newspaper item each: a
 * compilation page holds several, each with its own headline, dateline and byline).
 * Works on the normalised text (same length as the original), so every offset is also an
 * offset into the article as printed. Knows nothing about speakers, dates or districts.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  /** A headline or section title rather than running text. */
  heading: boolean;
  /** Markdown heading level (`#` = 1); 0 for plain lines. */
  level: number;
  /** A reporter credit, `据…` or `（上接1版）`-style line: it opens or closes a newspaper item. */
  byline: boolean;
}

export interface Piece extends Span {
  /** Text of the item's first heading ('' when it has none). */
  title: string;
  blocks: Block[];
}

/** A plain line this short without closing punctuation reads as a headline. */
const MAX_HEADING_CHARS = 40;
/** Closing punctuation: a line ending like this is a finished paragraph, not a broken sentence. */
const PARAGRAPH_END = /(?:[。！？!?…；;][”’"」』)）]*|[:：]|——|[)）]|[”"」』])\s*$/;
const BYLINE =
  /^(?:[（(](?:首席|特约|见习|实习)?(?:记者|通讯员|实习生)[^)）]*[)）]$|□|据[^，。,]{2,24}$|新重庆-重庆[^，。,]{0,6}记者|[（(]?原载|.*图片由.{1,20}提供$|特约摄影)/;

interface Line extends Span {
  text: string;
}

/** Whitespace by char code (faster than a regex per character on long articles). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0x3000 || code === 0xa0;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let next = text.indexOf('\n', from);
    if (next < 0) next = text.length;
    let start = from;
    let end = next;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    from = next + 1;
  }
  return out;
}

export function isByline(line: string): boolean {
  return BYLINE.test(line.trim());
}

export function headingLevel(line: string): number {
  const m = /^(#{1,6})\s/.exec(line);
  return m ? m[1]!.length : 0;
}

/** A short line with no sentence punctuation: a headline, a section title or a caption. */
export function isHeading(line: string): boolean {
  const t = line.trim();
  if (headingLevel(t) > 0) return true;
  if (t.length > MAX_HEADING_CHARS || isByline(t)) return false;
  return !/[。！？!?；;，,:：]/.test(t) && !PARAGRAPH_END.test(t);
}

/** What never opens a sentence: a line starting so continues the paragraph before it
 * (`…“母基金+子基金”\n\n的育苗体系`), whatever that paragraph ended with. */
const CONTINUES_LINE = /^(?:的(?!确)|们|[、，,；;])/;

/**
 * Paragraph blocks. A line that stops mid-sentence (no closing punctuation) continues in the
 * next running-text line: PDF layout breaks sentences across lines and even blank lines.
 */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  let open: Block | null = null;
  for (const line of lines(text)) {
    const heading = isHeading(line.text);
    const byline = !heading && isByline(line.text);
    const last = out[out.length - 1];
    if (
      !open &&
      last &&
      !last.heading &&
      !last.byline &&
      !heading &&
      CONTINUES_LINE.test(line.text)
    )
      open = last;
    if (open && !heading && !byline) {
      open.end = line.end;
    } else {
      open = { start: line.start, end: line.end, heading, level: headingLevel(line.text), byline };
      out.push(open);
    }
    if (heading || byline || PARAGRAPH_END.test(line.text)) open = null;
  }
  return out;
}

const SENTENCE_END = /[。！？!?；;]/;
const CLOSING = /[”’"」』)）]/;

/** Sentences of one block: split after 。！？； (closing quotes stay with their sentence). */
export function sentencesOf(text: string, block: Span): Span[] {
  const out: Span[] = [];
  let start = block.start;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) out.push({ start: from, end: to });
  };
  for (let i = block.start; i < block.end; i++) {
    if (!SENTENCE_END.test(text[i]!)) continue;
    let end = i + 1;
    while (end < block.end && CLOSING.test(text[end]!)) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, block.end);
  return out;
}

/** Openers of a newspaper item's body: 本报讯 datelines and commentary/reporter markers. */
const ITEM_OPENER = /^(?:本报讯|□|[（(](?:上接|下转))/;

/**
 * Splits blocks into newspaper items. A new item starts at a level-1/2 markdown heading, at a
 * `本报讯`/`□`/`（上接…）` line, or after a closing byline (`（记者 …）`, `据…`); headlines
 * directly above such a start belong to the new item.
 */
export function pieces(text: string, all: readonly Block[]): Piece[] {
  const starts = new Set<number>([0]);
  let last = 0;
  // Body blocks (neither headline nor credit) before each index: whether an item has begun its
  // body is then a subtraction, not a rescan of the item (quadratic on a run of credit lines).
  const bodies = [0];
  for (const b of all) bodies.push(bodies[bodies.length - 1]! + (b.heading || b.byline ? 0 : 1));
  for (let i = 1; i < all.length; i++) {
    const b = all[i]!;
    const prev = all[i - 1]!;
    const line = text.slice(b.start, b.end);
    const closesPrev = prev.byline && !ITEM_OPENER.test(text.slice(prev.start, prev.end));
    const opens = (b.heading && b.level > 0 && b.level <= 2) || ITEM_OPENER.test(line);
    if (!opens && !closesPrev) continue;
    // Headlines directly above the start belong to the new item (but not ### sections).
    let k = i;
    while (k > 0 && all[k - 1]!.heading && all[k - 1]!.level <= 2) k--;
    // An item whose blocks so far are all headlines or credits has not begun its body yet.
    const bodyless = k <= last || bodies[k]! - bodies[last]! === 0;
    if (k <= last || bodyless) continue;
    starts.add(k);
    last = k;
  }
  const sorted = [...starts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let s = 0; s < sorted.length; s++) {
    const from = sorted[s]!;
    const to = s + 1 < sorted.length ? sorted[s + 1]! : all.length;
    const own = all.slice(from, to);
    if (own.length === 0) continue;
    const head = own.find((b) => b.heading);
    out.push({
      start: own[0]!.start,
      end: own[own.length - 1]!.end,
      title: head ? text.slice(head.start, head.end).replace(/^#+\s*/, '') : '',
      blocks: own,
    });
  }
  return out;
}

/** Index of the item of `pieces` holding `offset` (-1 when none). */
export function pieceIndexAt(all: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = all[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
