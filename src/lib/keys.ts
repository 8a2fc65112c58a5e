/**
 * Keys for keyed `{#each}` blocks that are unique by construction. Data can repeat what a key is
 * made of (two articles reporting the same total for the same day, one city in two sources), and
 * Svelte stops drawing a whole view on a duplicate key (`each_key_duplicate`). Each item keeps its
 * natural key; a repeat gets `#2`, `#3`… so the list still draws, every item once.
 * Owns: key strings. Knows nothing about the DOM.
 */
export interface Keyed<T> {
  key: string;
  item: T;
}

export function keyed<T>(items: readonly T[], keyOf: (item: T) => string): Keyed<T>[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    // A repeat's key cannot equal another item's natural key: `#` is escaped in every base.
    const safe = base.replace(/#/g, '##');
    return { key: n === 1 ? safe : `${safe}#${n}`, item };
  });
}
