/**
 * The county-level divisions of Chongqing and how the text names them: full names (潼南区),
 * short forms (潼南, 石柱, 秀山), former names (开县, 梁平县, 武隆县) and party/government
 * bodies built on them (潼南区委, 石柱县委). A name resolves to the unit in force on the
 * article's date (`at(date)`): 开县 is 500234 before 2016 and 开州区 500154 after; 两江新区 is no
 * district before 2025-11-06 (it was a state-level new area) and the district from that day.
 * Owns the name → code rule; knows nothing about speakers or CSV files.
 */
import { allUnits, forceOn, type Force, type UnitRow } from '../../src/lib/vintages.ts';

export interface DistrictRow extends UnitRow {
  kind: string;
}

export interface DistrictMention {
  start: number;
  end: number;
  code: string;
  /** The unit's full name. */
  name_zh: string;
  /** Whether the unit is in force on the matcher's date ('out': named after it was abolished). */
  force: Force;
}

/** Suffixes that make a short form: 秀山土家族苗族自治县 → 秀山, 潼南区 → 潼南; never 两江新区. */
const SUFFIX = /(?:(?:土家族|苗族|土家族苗族|苗族土家族)*自治县|(?<!新)区|县)$/;
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
  /** The district a name (full, short, former) stands for on the matcher's date, or null. */
  resolve(name: string): DistrictRow | null;
  /** The units that may be in force on the matcher's date (every unit when it has none). */
  rows: readonly DistrictRow[];
  /** The same names read on `date` (YYYY, YYYY-MM or YYYY-MM-DD). */
  at(date: string): DistrictMatcher;
}

interface Candidate {
  row: DistrictRow;
  /** The unit's own name (or its short form), not a former name it is still called by. */
  own: boolean;
}

/** Names of every unit (renamed counties included), each with the units that bore it. */
function namesOf(rows: readonly DistrictRow[]): Map<string, Candidate[]> {
  const byName = new Map<string, Candidate[]>();
  const add = (name: string, row: DistrictRow, own: boolean) => {
    if (!name || AMBIGUOUS_SHORT.has(name)) return;
    const list = byName.get(name) ?? [];
    if (!list.some((c) => c.row.code === row.code)) list.push({ row, own });
    byName.set(name, list);
  };
  for (const row of allUnits(rows) as DistrictRow[]) {
    add(row.name_zh, row, true);
    add(shortName(row.name_zh), row, true);
    // 石柱县, 秀山县: the autonomous counties are usually written short form + 县.
    if (row.kind === 'autonomous_county' && shortName(row.name_zh))
      add(`${shortName(row.name_zh)}县`, row, true);
    // 开县 is still said for 开州区 after the rename.
    if (row.former_name_zh) {
      add(row.former_name_zh, row, false);
      add(shortName(row.former_name_zh), row, false);
    }
  }
  return byName;
}

/**
 * The unit a name stands for on a date: one in force (its own name before a former one), else
 * one that may be (a month- or year-dated article across a change), else one already abolished
 * (江北区 named in 2026: the former district). A unit not yet set up is not named by it: before
 * 2025-11-06 两江新区 is the state-level new area, no district.
 */
function choose(
  candidates: readonly Candidate[],
  date: string,
): (Candidate & { force: Force }) | null {
  const rated = candidates
    .map((c) => ({ ...c, force: forceOn(c.row, date) }))
    .sort((a, b) => Number(b.own) - Number(a.own));
  const pick = (force: Force) => rated.find((c) => c.force === force);
  const abolished = rated.find(
    (c) =>
      c.force === 'out' &&
      !!c.row.valid_to &&
      forceOn({ valid_from: c.row.valid_to }, date) === 'in',
  );
  return pick('in') ?? pick('uncertain') ?? (abolished && abolished.own ? abolished : null);
}

export function districtMatcher(rows: readonly DistrictRow[], date = ''): DistrictMatcher {
  const byName = namesOf(rows);
  const chosen = new Map<string, Candidate & { force: Force }>();
  for (const [name, candidates] of byName) {
    const c = choose(candidates, date);
    if (c) chosen.set(name, c);
  }
  const names = [...chosen.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = names.length ? new RegExp(names.map(escapeRegExp).join('|'), 'g') : /(?!)/g;
  const inForce = date
    ? (allUnits(rows) as DistrictRow[]).filter((r) => forceOn(r, date) !== 'out')
    : rows;
  return {
    rows: inForce,
    at: (d: string) => districtMatcher(rows, d),
    resolve(name: string) {
      return chosen.get(name.trim())?.row ?? null;
    },
    find(text: string) {
      const out: DistrictMention[] = [];
      const view = withoutPinyin(text);
      for (const m of view.text.matchAll(pattern)) {
        const c = chosen.get(m[0])!;
        const last = m.index + m[0].length - 1;
        out.push({
          start: view.map ? view.map[m.index]! : m.index,
          end: (view.map ? view.map[last]! : last) + 1,
          code: c.row.code,
          name_zh: c.row.name_zh,
          force: c.force,
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
export function aliases(row: Omit<DistrictRow, 'name_en'>): string {
  const list = [shortName(row.name_zh)];
  if (row.kind === 'autonomous_county' && shortName(row.name_zh))
    list.push(`${shortName(row.name_zh)}县`);
  if (row.former_name_zh) list.push(row.former_name_zh);
  return list.filter((n) => n && !AMBIGUOUS_SHORT.has(n)).join(';');
}
