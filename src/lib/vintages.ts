/**
 * Boundary vintages, as statistical offices keep them: which county-level units are in force on a
 * date (districts.csv `valid_from` / `valid_to`), the two sets the map draws (the 38 units of
 * 2016 until 2025-11-05; the 37 from 2025-11-06, when 江北区 and 渝北区 became 两江新区), and the
 * crosswalk from a unit of one date to the unit that holds its area on a vintage.
 * A row keeps the code valid on its own date; only a view on a vintage moves it, and says so.
 * Shared by the pipeline and the app. Pure; knows nothing about files or the DOM.
 */

/**
 * A district id: a six-digit GB/T 2260 code, or a provisional `x-` id for a unit whose official
 * code has not been found (两江新区: `x-liangjiang`), which no one can mistake for a code.
 */
export const DISTRICT_ID = /^(?:\d{6}|x-[a-z][a-z-]{0,30})$/;

export function isDistrictId(id: string): boolean {
  return DISTRICT_ID.test(id);
}

/** The columns of districts.csv the vintages read. */
export interface UnitRow {
  code: string;
  name_zh: string;
  name_en: string;
  kind?: string;
  region?: string;
  region_zh?: string;
  region_en?: string;
  former_name_zh?: string;
  former_code?: string;
  valid_from?: string;
  valid_to?: string;
  replaced_by?: string;
  source_url?: string;
}

export const VINTAGE_IDS = ['2016', '2025'] as const;
export type VintageId = (typeof VINTAGE_IDS)[number];

export interface Vintage {
  id: VintageId;
  /** First day the set is in force ('' for the earliest: it also stands for older dates). */
  from: string;
  /** A day on which exactly this set is in force. */
  on: string;
  /** How many units it has (checked against districts.csv by vintages.spec.ts). */
  units: number;
}

export const VINTAGES: readonly Vintage[] = [
  // 开州区 (2016) and 梁平区, 武隆区 (2016) are renames of the same areas: the 2016 set also
  // draws the years before, with their former codes crosswalked to the same shapes.
  { id: '2016', from: '', on: '2016-12-31', units: 38 },
  { id: '2025', from: '2025-11-06', on: '2025-11-06', units: 37 },
];

export function vintageById(id: VintageId): Vintage {
  return VINTAGES.find((v) => v.id === id)!;
}

const MIN_DAY = '0000-01-01';
const MAX_DAY = '9999-12-31';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first and last day a date may mean: `2025` → 2025-01-01…2025-12-31, `2025-11` → the
 * month, a day → itself, '' (unknown) → any day.
 */
export function dateSpan(date: string): [string, string] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return [date, date];
  const month = date.match(/^(\d{4})-(\d{2})$/);
  if (month) {
    const last = daysInMonth(Number(month[1]), Number(month[2]));
    return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
  }
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  return [MIN_DAY, MAX_DAY];
}

/** Whether a unit exists over a whole span ('in'), not at all ('out'), or only partly / maybe. */
export type Force = 'in' | 'out' | 'uncertain';

/**
 * Whether `unit` is in force on `date` (any precision). `valid_from` `2016` means some day in 2016,
 * so the unit surely exists only from 2016-12-31 and maybe from 2016-01-01; likewise `valid_to`.
 */
export function forceOn(unit: Pick<UnitRow, 'valid_from' | 'valid_to'>, date: string): Force {
  const [a, b] = dateSpan(date);
  const from = unit.valid_from ? dateSpan(unit.valid_from) : [MIN_DAY, MIN_DAY];
  const to = unit.valid_to ? dateSpan(unit.valid_to) : [MAX_DAY, MAX_DAY];
  if (a >= from[1]! && b <= to[0]!) return 'in';
  if (b < from[0]! || a > to[1]!) return 'out';
  return 'uncertain';
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const dayBefore = (day: string) => addDays(day, -1);
const dayAfter = (day: string) => (day === MAX_DAY ? day : addDays(day, 1));

/**
 * Every unit the rows describe: each row, plus the former unit of a renamed one (开县 500234
 * until 开州区 500154 began, same area), which has no row of its own in districts.csv.
 */
export function allUnits<R extends UnitRow>(rows: readonly R[]): (R | UnitRow)[] {
  const out: (R | UnitRow)[] = [...rows];
  for (const r of rows) {
    if (!r.former_code || !r.former_name_zh) continue;
    const from = r.valid_from ?? '';
    out.push({
      code: r.former_code,
      name_zh: r.former_name_zh,
      name_en: '',
      kind: r.former_name_zh.endsWith('县') ? 'county' : (r.kind ?? ''),
      region: r.region ?? '',
      region_zh: r.region_zh ?? '',
      region_en: r.region_en ?? '',
      valid_from: '',
      valid_to: /^\d{4}-\d{2}-\d{2}$/.test(from) ? dayBefore(from) : from,
      replaced_by: r.code,
      source_url: r.source_url ?? '',
    });
  }
  return out;
}

/** The units of a vintage (those in force on its day), in code order. */
export function vintageUnits<R extends UnitRow>(rows: readonly R[], vintage: VintageId): R[] {
  const on = vintageById(vintage).on;
  // By code unit, as compareIds (./order.ts) does: this module is also in the data desk's worker,
  // and importing that one there split it into a chunk of its own on the page's first request.
  return rows
    .filter((r) => forceOn(r, on) === 'in')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The vintage drawn for a date: the last one begun by the date's last day. */
export function vintageOn(date: string): VintageId {
  const last = dateSpan(date)[1];
  let chosen = VINTAGES[0]!;
  for (const v of VINTAGES) if (!v.from || v.from <= last) chosen = v;
  return chosen.id;
}

/** How many units are in force on a date: least and most over the days it may mean. */
export interface UnitCount {
  min: number;
  max: number;
}

export function unitCount(rows: readonly UnitRow[], date: string): UnitCount {
  // A rename (开县 → 开州区) changes no count: a row with a former name counts from before it.
  const spans = rows.map((r) => ({
    valid_from: r.former_code ? '' : (r.valid_from ?? ''),
    valid_to: r.valid_to ?? '',
  }));
  const [a, b] = dateSpan(date);
  // The count changes only where a unit begins or ends: test the span's ends and those days.
  const days = new Set([a, b]);
  for (const s of spans) {
    if (s.valid_from) days.add(dateSpan(s.valid_from)[0]);
    if (s.valid_to) days.add(dayAfter(dateSpan(s.valid_to)[1]));
  }
  const counts = [...days]
    .filter((day) => day >= a && day <= b)
    .map((day) => spans.filter((s) => forceOn(s, day) === 'in').length);
  return { min: Math.min(...counts), max: Math.max(...counts) };
}

/**
 * How many county-level units Chongqing has on a date, for rules without the district list (a
 * count of 区县 larger than this cannot be true): least and most over the days it may mean.
 */
export function unitsOn(date: string): UnitCount {
  const [a, b] = dateSpan(date);
  const counts = VINTAGES.filter((v, i) => {
    const next = VINTAGES[i + 1];
    return (!v.from || v.from <= b) && (!next || next.from > a);
  }).map((v) => v.units);
  return { min: Math.min(...counts), max: Math.max(...counts) };
}

/**
 * The units possibly in force on a date, and whether each surely is: what a rule may read in an
 * article of that date. A unit only maybe in force (a month- or year-dated article across a
 * change) is still listed, so the rows naming it can be held for review instead of vanishing.
 */
export function unitsInForce<R extends UnitRow>(
  rows: readonly R[],
  date: string,
): { unit: R | UnitRow; force: Force }[] {
  return allUnits(rows)
    .map((unit) => ({ unit, force: forceOn(unit, date) }))
    .filter((u) => u.force !== 'out');
}

/** How a unit of some date is shown on a vintage. */
export type Crosswalk =
  /** In force on the vintage: drawn as itself. */
  | { how: 'same'; code: string }
  /** Renamed before the vintage (开县 → 开州区): the same area under its new code. */
  | { how: 'renamed'; code: string; from: string }
  /** Abolished before the vintage, its area now (mostly) in `code` (江北区 → 两江新区). */
  | { how: 'merged'; code: string; from: string }
  /** Set up after the vintage from these units (两江新区 on 2016): cannot be drawn there. */
  | { how: 'newer'; code: null; from: string; predecessors: string[] }
  | { how: 'unknown'; code: null; from: string };

export function crosswalk(rows: readonly UnitRow[], code: string, vintage: VintageId): Crosswalk {
  const units = allUnits(rows);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const on = vintageById(vintage).on;
  const start = byCode.get(code);
  if (!start) return { how: 'unknown', code: null, from: code };
  if (forceOn(start, on) === 'in') return { how: 'same', code };
  if (start.valid_to && dateSpan(start.valid_to)[0] <= on) {
    // Forward along replaced_by until a unit in force on the vintage.
    let unit: UnitRow | undefined = start;
    let renamed = true;
    const seen = new Set<string>();
    while (unit && forceOn(unit, on) !== 'in' && !seen.has(unit.code)) {
      seen.add(unit.code);
      // A row of districts.csv that was abolished (not a derived former unit) merged away.
      if (rows.some((r) => r.code === unit!.code)) renamed = false;
      unit = unit.replaced_by ? byCode.get(unit.replaced_by) : undefined;
    }
    if (unit && forceOn(unit, on) === 'in')
      return renamed
        ? { how: 'renamed', code: unit.code, from: code }
        : { how: 'merged', code: unit.code, from: code };
    return { how: 'unknown', code: null, from: code };
  }
  const predecessors = units.filter((u) => u.replaced_by === code).map((u) => u.code);
  return { how: 'newer', code: null, from: code, predecessors: predecessors.sort() };
}

/** On a vintage, the units abolished into each of its units (x-liangjiang ← 500105, 500112). */
export function mergedInto(rows: readonly UnitRow[], vintage: VintageId): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const c = crosswalk(rows, r.code, vintage);
    if (c.how === 'merged') out.set(c.code, [...(out.get(c.code) ?? []), r.code].sort());
  }
  return out;
}
