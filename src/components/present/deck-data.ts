/**
 * What each slide shows, derived from the loaded data/ files: pure functions, one per slide, that
 * return plain models for the slide components to draw. Every number comes from a CSV row (and so
 * from a quoted sentence); nothing here is typed by hand except which rows a slide picks.
 * Owns: picking, grouping and ordering rows for slides. Knows nothing about the DOM or layout.
 */
import type { Datasets } from '../../lib/load';
import type { RowOf } from '../../lib/schema';
import { MUNICIPALITY_CODE } from '../../lib/schema';
import { SPOTLIGHT_DISTRICT, SLIDES, type SlideId } from '../../lib/present';
import { glossaryEn } from '../../lib/glossary';
import { makeRow } from '../../lib/rows';
import { shortEventLabel } from '../../lib/sessions';
import type { Lang } from '../../lib/i18n';
import type { VintageId } from '../../lib/vintages';
import { crosswalkTable, shownVintage, vintageDistricts } from '../../lib/vintage-view';

/** Sessions shown on the timeline slide: the congress and the plenaries, not press events. */
const SESSION_KINDS = new Set(['congress', 'plenary']);
/** The 富民贷 coverage slide covers these years, one click each. */
export const LOAN_YEARS = { from: 2021, to: 2024 } as const;
export const LOAN_PROGRAM = '富民贷';
/** The goal years of the municipal targets slide. */
export const TARGET_YEARS = ['2027', '2035'] as const;

export interface SessionMark {
  id: string;
  start: string;
  end: string;
  /** The exact day is not known (date_precision other than "day"). */
  approximate: boolean;
  nameZh: string;
  nameEn: string;
  kind: string;
}

export function timelineSessions(rows: readonly RowOf<'sessions'>[] = []): SessionMark[] {
  return rows
    .filter((r) => SESSION_KINDS.has(r.kind))
    .map((r) => ({
      id: r.event_id,
      start: r.date_start,
      end: r.date_end || r.date_start,
      approximate: r.date_precision !== 'day',
      nameZh: r.name_zh,
      nameEn: r.name_en,
      kind: r.kind,
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

export interface DistrictCount {
  code: string;
  nameZh: string;
  nameEn: string;
  count: number;
}

/** The boundaries a deck draws when none are picked: those in force on the newest article's date. */
export function deckVintage(data: Datasets): VintageId {
  return shownVintage({ boundaries: null, session: null }, data).id;
}

/**
 * Statements (pledges) per district of the vintage, most first; districts with none are listed
 * with 0. Statements of an abolished district count for the one that took its area.
 */
export function statementsByDistrict(
  data: Datasets,
  vintage: VintageId = deckVintage(data),
): DistrictCount[] {
  const to = crosswalkTable(data, vintage);
  const counts = new Map<string, number>();
  for (const p of data.pledges ?? []) {
    if (!p.district_code || p.district_code === MUNICIPALITY_CODE) continue;
    const code = to(p.district_code).code;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return vintageDistricts(data, vintage)
    .map((d) => ({
      code: d.code,
      nameZh: d.name_zh,
      nameEn: d.name_en,
      count: counts.get(d.code) ?? 0,
    }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export interface FigureCard {
  id: string;
  subjectZh: string;
  indicatorZh: string;
  /** Reviewed English (data/glossary.csv), or '' when there is none yet. */
  indicatorEn: string;
  value: number;
  unit: string;
  qualifier: string;
  period: string;
  quote: string;
  sourceId: string;
  /** The statement the figure was said in (data/pledges.csv), or '' when none. */
  pledgeId: string;
}

function toCard(f: RowOf<'figures'>): FigureCard {
  return {
    id: f.figure_id,
    subjectZh: f.subject_zh,
    indicatorZh: f.indicator_zh,
    indicatorEn: f.indicator_en,
    value: Number(f.value),
    unit: f.unit,
    qualifier: f.qualifier,
    period: f.period,
    quote: f.quote,
    sourceId: f.source_id,
    pledgeId: f.pledge_id,
  };
}

/** The statement a figure was said in (its speaker, in both languages), or null. */
export function figurePledge(data: Datasets, figure: FigureCard | null): RowOf<'pledges'> | null {
  if (!figure?.pledgeId) return null;
  const p = (data.pledges ?? []).find((r) => r.pledge_id === figure.pledgeId);
  return p && p.speaker ? p : null;
}

/** Who said a figure: "市委委员、涪陵区委书记王志杰", from its statement; null when unknown. */
export function figureSpeaker(data: Datasets, figure: FigureCard | null): string | null {
  const p = figurePledge(data, figure);
  return p ? `${p.role}${p.speaker}` : null;
}

const isTarget = (f: RowOf<'figures'>) => f.kind === 'target' && Number.isFinite(Number(f.value));

/**
 * The spotlight district's headline target: its targets for the earliest goal year, the one in
 * 亿元 (the size of an economy) first, then the largest. Null when the data has none.
 */
export function spotlightTarget(
  figures: readonly RowOf<'figures'>[] = [],
  code = SPOTLIGHT_DISTRICT,
): FigureCard | null {
  const mine = figures.filter((f) => f.subject_code === code && isTarget(f)).map(toCard);
  mine.sort(
    (a, b) =>
      (a.period || '9999').localeCompare(b.period || '9999') ||
      Number(b.unit.includes('亿')) - Number(a.unit.includes('亿')) ||
      b.value - a.value,
  );
  return mine[0] ?? null;
}

export interface SisterCityPoint {
  asOf: string;
  sisterCities: number;
  friendlyCities: number | null;
  /** The article it came from, or, for a reference fact, the host of its source_url. */
  sourceId: string;
}

/** "qhrd.gov.cn" for a reference row's URL; the URL itself if it cannot be read. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(www|m)\./, '');
  } catch {
    return url;
  }
}

export function sisterCitySeries(
  rows: readonly RowOf<'sisterCityTotals'>[] = [],
): SisterCityPoint[] {
  return rows
    .map((r) => ({
      asOf: r.as_of,
      sisterCities: Number(r.sister_cities),
      friendlyCities: r.friendly_exchange_cities === '' ? null : Number(r.friendly_exchange_cities),
      sourceId: r.source_id === 'reference' && r.source_url ? hostOf(r.source_url) : r.source_id,
    }))
    .filter((p) => Number.isFinite(p.sisterCities))
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
}

export interface LoanYear {
  year: number;
  /** Districts first covered in this year. */
  added: DistrictCount[];
  /** Districts covered by the end of this year (cumulative). */
  total: number;
}

export interface LoanCoverage {
  years: LoanYear[];
  /** District code → the year it was first covered. */
  since: Map<string, number>;
  districtCount: number;
}

/**
 * 富民贷 coverage, one entry per year 2021…2024: which districts joined that year and how many
 * were covered by then. A district's first year is the earliest `since` among its rows.
 */
export function loanCoverage(data: Datasets, vintage: VintageId = deckVintage(data)): LoanCoverage {
  // Each district's first year, by the code of its row's date.
  const first = new Map<string, number>();
  for (const r of data.loanCoverage ?? []) {
    if (r.program !== LOAN_PROGRAM || !r.district_code) continue;
    const year = Number(r.since.slice(0, 4));
    if (!Number.isInteger(year)) continue;
    const prev = first.get(r.district_code);
    if (prev === undefined || year < prev) first.set(r.district_code, year);
  }
  // On the vintage's units: a unit made of abolished ones (两江新区) is covered once all of them
  // are, i.e. in the latest of their years; a renamed one keeps its year.
  const to = crosswalkTable(data, vintage);
  const since = new Map<string, number>();
  const merged = new Map<string, number[]>();
  for (const [code, year] of first) {
    const c = to(code);
    if (!c.code) continue;
    if (c.how === 'merged') merged.set(c.code, [...(merged.get(c.code) ?? []), year]);
    else since.set(c.code, Math.min(since.get(c.code) ?? year, year));
  }
  for (const [code, years] of merged) {
    const parts = (data.districts ?? []).filter((d) => d.replaced_by === code).length;
    if (!since.has(code) && years.length === parts) since.set(code, Math.max(...years));
  }
  const districts = vintageDistricts(data, vintage);
  const years: LoanYear[] = [];
  let total = 0;
  for (let year = LOAN_YEARS.from; year <= LOAN_YEARS.to; year++) {
    const added = districts
      .filter((d) => {
        const y = since.get(d.code);
        return y !== undefined && (y === year || (year === LOAN_YEARS.from && y < year));
      })
      .map((d) => ({ code: d.code, nameZh: d.name_zh, nameEn: d.name_en, count: 1 }));
    total += added.length;
    years.push({ year, added, total });
  }
  return { years, since, districtCount: districts.length };
}

/** A goal set in words for a year (data/goals.csv), no number. */
export interface GoalCard {
  id: string;
  textZh: string;
  /** Reviewed English, or '' (the slide then shows the Chinese, marked as Chinese). */
  textEn: string;
  sourceId: string;
}

export interface TargetGroup {
  period: (typeof TARGET_YEARS)[number];
  figures: FigureCard[];
  goals: GoalCard[];
}

/**
 * The municipality's targets and goals for 2027 and 2035, grouped by goal year, in source order.
 * A year the data holds nothing for gets no group: the slide never promises an empty column.
 */
export function municipalTargets(
  figures: readonly RowOf<'figures'>[] = [],
  goals: readonly RowOf<'goals'>[] = [],
): TargetGroup[] {
  return TARGET_YEARS.map((period) => ({
    period,
    figures: figures
      .filter((f) => f.subject_code === MUNICIPALITY_CODE && isTarget(f) && f.period === period)
      .map(toCard),
    goals: goals
      .filter((g) => g.subject_code === MUNICIPALITY_CODE && g.horizon === period && g.goal_zh)
      .map((g) => ({ id: g.goal_id, textZh: g.goal_zh, textEn: g.goal_en, sourceId: g.source_id })),
  })).filter((g) => g.figures.length || g.goals.length);
}

/** "2027年与2035年" / "2027 and 2035": the goal years a targets slide shows. */
export function goalYears(groups: readonly TargetGroup[], lang: Lang): string {
  const years = groups.map((g) => g.period);
  return lang === 'zh' ? years.map((y) => `${y}年`).join('与') : years.join(' and ');
}

/** Clicks each slide takes: the coverage slide steps once per year (once when it has no data). */
export function deckShape(coverage: LoanCoverage): number[] {
  return SLIDES.map((s) =>
    s.id === 'loanCoverage' && coverage.since.size ? coverage.years.length : 1,
  );
}

export function slideIndex(id: SlideId): number {
  return SLIDES.findIndex((s) => s.id === id);
}

/** Sources named in a slide's footer; more are counted, so the footer stays one line. */
const MAX_SOURCES_NAMED = 2;

/** Reference facts (not an article) named in a footer. */
const PUBLIC_RECORDS = { zh: '公开资料', en: 'public records' } as const;

/**
 * "重庆日报 2024-05-25" / "Chongqing Daily 2024-05-25" for each source id, in the order given,
 * without repeats; ids that are not articles (reference facts) are "public records", once; past
 * MAX_SOURCES_NAMED the rest are counted ("+3").
 */
export function sourceLabel(
  data: Datasets,
  ids: readonly string[],
  lang: Lang = 'zh',
): string | null {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const id of ids) {
    const s = (data.sources ?? []).find((r) => r.source_id === id);
    const outlet = s && ((lang === 'en' && glossaryEn(s.outlet)) || s.outlet);
    const label = s ? `${outlet} ${s.date}` : PUBLIC_RECORDS[lang];
    if (id && !seen.has(label)) {
      seen.add(label);
      labels.push(label);
    }
  }
  if (!labels.length) return null;
  const named = labels.slice(0, MAX_SOURCES_NAMED).join(lang === 'zh' ? '；' : '; ');
  const more = labels.length - MAX_SOURCES_NAMED;
  return more > 0 ? `${named} +${more}` : named;
}

/** A session's name short enough for a timeline label: 市委六届二次全会, 2nd Plenary. */
export function shortSessionName(mark: SessionMark, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return mark.nameZh.replace(/^中国共产党重庆市/, '市');
  return mark.nameEn
    .split(/,| of /)[0]!
    .replace(/ Session$/, '')
    .trim();
}

/**
 * The dashboard's shortest session label (五次全会 / 5th plenary, 六次党代会): for a timeline slide
 * on a narrow (4:3) stage, where the longer name would run into its neighbour.
 */
export function compactSessionName(mark: SessionMark, lang: 'zh' | 'en'): string {
  return shortEventLabel(
    makeRow('sessions', { event_id: mark.id, name_zh: mark.nameZh, name_en: mark.nameEn }),
    lang,
  );
}

/** The district name without its 区/县/自治县 suffix, for tight labels: 石柱土家族自治县 → 石柱. */
export function shortDistrictName(nameZh: string): string {
  const short = nameZh.replace(/(土家族苗族|苗族土家族|土家族)?自治县$|[区县]$/, '');
  return short.length >= 2 ? short : nameZh;
}

/** Region order for tile maps: the metropolitan core first, then outward as the regions are listed. */
const REGION_ORDER = ['metro_core', 'metro_new', 'ne', 'se'];

/** Districts grouped by region (in REGION_ORDER), by code within a region. */
export function districtsInRegionOrder(
  rows: readonly RowOf<'districts'>[] = [],
): RowOf<'districts'>[] {
  const rank = (r: string) => {
    const i = REGION_ORDER.indexOf(r);
    return i < 0 ? REGION_ORDER.length : i;
  };
  return [...rows].sort((a, b) => rank(a.region) - rank(b.region) || a.code.localeCompare(b.code));
}

/** Line breaks the source layout left inside a quote; Chinese text has no spaces to keep. */
export function tidyQuote(quote: string): string {
  return quote
    .replace(/\s*\n\s*/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The one sentence of `quote` that holds `needle` (a number as printed, e.g. 4000亿元), so a
 * slide shows the sentence a figure came from rather than a whole paragraph. Sentences end at
 * 。！？; the whole quote comes back when the needle is not found.
 */
export function sentenceAround(quote: string, needle: string): string {
  const text = tidyQuote(quote);
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return text;
  const ends = /[。！？!?]/g;
  let start = 0;
  let end = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index + 1;
      break;
    }
  }
  return text.slice(start, end).trim();
}
