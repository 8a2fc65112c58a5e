/**
 * Lookups by text offset in lists sorted by offset, in log time: what keeps a rule linear when it
 * asks "which mention comes last before here?" or "is this offset inside one of these spans?"
 * once per match of a long line, instead of searching the whole list each time.
 */

/** Index of the last item whose offset is < `at` (items sorted by offset), or -1. */
export function lastIndexBefore<T>(
  sorted: readonly T[],
  at: number,
  offset: (item: T) => number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first item whose offset is ≥ `at` (items sorted by offset); length if none. */
export function firstIndexFrom<T>(
  sorted: readonly T[],
  at: number,
  offset: (item: T) => number,
): number {
  return lastIndexBefore(sorted, at, offset) + 1;
}

/** A test for "`at` lies in [start, end) of one of these spans", built once in n log n. */
export function spanCover(
  spans: readonly { start: number; end: number }[],
): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let max = -Infinity;
  for (const s of sorted) reach.push((max = Math.max(max, s.end)));
  return (at) => {
    // The furthest end among spans starting at or before `at`.
    const i = lastIndexBefore(sorted, at + 1, (s) => s.start);
    return i >= 0 && reach[i]! > at;
  };
}
