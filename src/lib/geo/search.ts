/**
 * District search: matches what a reader types against Chinese and English names, codes and the
 * names a unit also answers to on the boundaries shown (渝中, 渝中区, yuzhong, Nan'an / nanan,
 * 500103; 江北区 finds 两江新区 on the 2025 boundaries). Best matches first: exact, then prefix, then
 * anywhere in the name.
 * Owns: matching. Pure.
 */
import { compareIds } from '../order';
export interface Searchable {
  code: string;
  name_zh: string;
  name_en: string;
  /** Other names it answers to on the boundaries shown (短名, 原江北区 for 两江新区 on 2025). */
  aliases?: readonly string[];
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
    const keys = [fold(d.name_zh), fold(d.name_en), d.code, ...(d.aliases ?? []).map(fold)];
    let rank = Infinity;
    for (const k of keys) {
      if (k === q) rank = Math.min(rank, 0);
      else if (k.startsWith(q)) rank = Math.min(rank, 1);
      else if (k.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank < Infinity) ranked.push({ d, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || compareIds(a.d.code, b.d.code));
  return ranked.map((r) => r.d);
}
