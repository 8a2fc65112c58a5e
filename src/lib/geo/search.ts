/**
 * District search: matches what a reader types against Chinese and English names and codes
 * (渝中, 渝中区, yuzhong, Nan'an / nanan, 500103). Best matches first: exact, then prefix, then
 * anywhere in the name.
 * Owns: matching. Pure.
 */
export interface Searchable {
  code: string;
  name_zh: string;
  name_en: string;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');

export function searchDistricts<T extends Searchable>(districts: readonly T[], query: string): T[] {
  const q = fold(query);
  if (!q) return [];
  const ranked: { d: T; rank: number }[] = [];
  for (const d of districts) {
    const keys = [fold(d.name_zh), fold(d.name_en), d.code];
    let rank = Infinity;
    for (const k of keys) {
      if (k === q) rank = Math.min(rank, 0);
      else if (k.startsWith(q)) rank = Math.min(rank, 1);
      else if (k.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank < Infinity) ranked.push({ d, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.d.code.localeCompare(b.d.code));
  return ranked.map((r) => r.d);
}
