/**
 * The 38 county-level divisions of Chongqing and how the text names them: full names (潼南区),
 * short forms (潼南, 石柱, 秀山), former names (开县, 梁平县, 武隆县) and party/government
 * bodies built on them (潼南区委, 石柱县委). Owns the name → code rule; knows nothing about
 * speakers or CSV files.
 */

export interface DistrictRow {
  code: string;
  name_zh: string;
  name_en: string;
  kind: string;
  former_name_zh?: string;
  former_code?: string;
}

export interface DistrictMention {
  start: number;
  end: number;
  code: string;
  /** The district's current full name. */
  name_zh: string;
}

/** Suffixes that make a short form: 秀山土家族苗族自治县 → 秀山, 潼南区 → 潼南. */
const SUFFIX = /(?:(?:土家族|苗族|土家族苗族|苗族土家族)*自治县|区|县)$/;
/**
 * Short forms that are also ordinary words or place names outside Chongqing's districts
 * (长寿 "long life", 南岸 "south bank", 江北 "north of the river"): these match only with
 * their suffix.
 */
const AMBIGUOUS_SHORT = new Set(['长寿', '南岸', '江北']);

/** Short form of a full name, or '' when shortening would leave a single character (忠县). */
export function shortName(fullName: string): string {
  const short = fullName.replace(SUFFIX, '');
  return short.length >= 2 && short !== fullName ? short : '';
}

export interface DistrictMatcher {
  /** Every district named in `text`, longest name first at each position, left to right. */
  find(text: string): DistrictMention[];
  /** Today's district for any of its names (full, short, former), or null. */
  resolve(name: string): DistrictRow | null;
  rows: readonly DistrictRow[];
}

export function districtMatcher(rows: readonly DistrictRow[]): DistrictMatcher {
  const byName = new Map<string, DistrictRow>();
  for (const row of rows) {
    const names = [row.name_zh, shortName(row.name_zh)];
    if (row.former_name_zh) names.push(row.former_name_zh, shortName(row.former_name_zh));
    // 石柱县, 秀山县: the autonomous counties are usually written short form + 县.
    if (row.kind === 'autonomous_county' && shortName(row.name_zh))
      names.push(`${shortName(row.name_zh)}县`);
    for (const name of names) {
      if (!name || byName.has(name)) continue;
      if (AMBIGUOUS_SHORT.has(name)) continue;
      byName.set(name, row);
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(names.map(escapeRegExp).join('|'), 'g');
  return {
    rows,
    resolve(name: string) {
      return byName.get(name.trim()) ?? null;
    },
    find(text: string) {
      const out: DistrictMention[] = [];
      const view = withoutPinyin(text);
      for (const m of view.text.matchAll(pattern)) {
        const row = byName.get(m[0])!;
        const last = m.index + m[0].length - 1;
        out.push({
          start: view.map ? view.map[m.index]! : m.index,
          end: (view.map ? view.map[last]! : last) + 1,
          code: row.code,
          name_zh: row.name_zh,
        });
      }
      return out;
    },
  };
}

/** A pinyin gloss with tone marks, `(bì)` or `（qí jiāng）`, printed inside a name. */
const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,40}[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** The text with pinyin glosses left out, and for each kept character its original offset. */
function withoutPinyin(text: string): { text: string; map: number[] | null } {
  const glosses = [...text.matchAll(PINYIN_GLOSS)].filter((m) => TONE_MARK.test(m[0]));
  if (glosses.length === 0) return { text, map: null };
  let kept = '';
  const map: number[] = [];
  let from = 0;
  for (const g of [...glosses, null]) {
    const to = g ? g.index : text.length;
    for (let i = from; i < to; i++) map.push(i);
    kept += text.slice(from, to);
    if (g) from = g.index + g[0].length;
  }
  return { text: kept, map };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Short names and former names of a district, `;`-separated, for districts.csv. */
export function aliases(row: DistrictRow): string {
  const list = [shortName(row.name_zh)];
  if (row.kind === 'autonomous_county' && shortName(row.name_zh))
    list.push(`${shortName(row.name_zh)}县`);
  if (row.former_name_zh) list.push(row.former_name_zh);
  return list.filter((n) => n && !AMBIGUOUS_SHORT.has(n)).join(';');
}
