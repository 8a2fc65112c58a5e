/**
 * Bounded context windows. Rules look back from a number to the start of its sentence or
 * paragraph; on a hostile line of megabytes with no full stop, scanning that far for every number
 * makes the pipeline quadratic. A real sentence or paragraph is far shorter than these caps (the
 * seeds' longest: 267 and 942 characters), so a window cut at the cap reads what a reader would.
 */

/** A "sentence" longer than this is cut at a clause mark (or hard) into pieces of at most this. */
export const MAX_SENTENCE_CHARS = 2000;
/** How far back a paragraph start is looked for; an older one is treated as this far back. */
export const MAX_PARAGRAPH_CHARS = 4000;

/** Start of the paragraph around `at` (just after the previous "\n"), at most MAX_PARAGRAPH_CHARS back. */
export function paragraphStart(text: string, at: number): number {
  const from = Math.max(0, at - MAX_PARAGRAPH_CHARS);
  const i = text.slice(from, at + 1).lastIndexOf('\n');
  return i >= 0 ? from + i + 1 : from;
}

/** Index of the first item for which `after` holds, where `after` is false then true along items. */
export function firstIndex<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first item whose start is >= offset, in items sorted by start. */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  return firstIndex(items, (item) => item.start >= offset);
}

/**
 * Items (sorted by start, not overlapping, so also sorted by end) lying inside [from, to), in
 * order: a binary search instead of a filter over the whole article.
 */
export function spansWithin<T extends { start: number; end: number }>(
  items: readonly T[],
  from: number,
  to: number,
): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, from); i < items.length && items[i]!.start < to; i++)
    if (items[i]!.end <= to) out.push(items[i]!);
  return out;
}

/**
 * Where each line of `text` starts and ends, found by binary search over its line breaks: a
 * search for the nearest "\n" from every sentence was quadratic on a long line.
 */
export interface LineIndex {
  startOf: (at: number) => number;
  endOf: (at: number) => number;
}

export function lineIndex(text: string): LineIndex {
  const breaks: { start: number }[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push({ start: i });
  return {
    /** Just after the last "\n" before `at` (as text.lastIndexOf('\n', at - 1) + 1). */
    startOf: (at) => {
      const i = firstFrom(breaks, at) - 1;
      return i >= 0 ? breaks[i]!.start + 1 : 0;
    },
    /** The first "\n" at or after `at`, else the text's length (as text.indexOf('\n', at)). */
    endOf: (at) => breaks[firstFrom(breaks, at)]?.start ?? text.length,
  };
}
