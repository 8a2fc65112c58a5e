/**
 * Order of machine strings (district codes, ids, ISO dates: ASCII digits, lower-case letters and
 * punctuation), by code unit: the order `localeCompare` gives them, without a collator. The first
 * `localeCompare` of a page builds ICU's collator, ~25 ms of a phone's main thread (the load's
 * profile, bench/README.md); the first screen sorts only such strings. Text people read (names,
 * programmes) keeps `localeCompare`.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
