/**
 * Which boundaries a view draws, and what that changes for what it says: the vintage (the one
 * the reader picked, else the one in force on the selected session's date, else on the newest
 * article's date), its units and their number, and the sentences that explain rows of another
 * date shown on it (江北区 and 渝北区 added up into 两江新区; 两江新区 not drawable on 2016).
 * Owns: that choice and those words. Knows nothing about the DOM.
 */
import type { Lang } from './i18n';
import type { Datasets } from './load';
import type { RowOf } from './schema';
import { formatDate } from './format';
import {
  crosswalk,
  dateSpan,
  VINTAGES,
  vintageById,
  vintageOn,
  vintageUnits,
  type Crosswalk,
  type VintageId,
} from './vintages';
import type { ViewState } from './view-state';

export type DistrictRow = RowOf<'districts'>;
type Text = Record<Lang, string>;

/** Why a view shows its vintage: picked in the URL or switch, the session's date, the articles'. */
export type VintageReason = 'picked' | 'session' | 'articles' | 'default';

export interface ShownVintage {
  id: VintageId;
  reason: VintageReason;
  /** The date it was chosen for ('' when picked or before the data is in). */
  date: string;
}

/** The newest publication date in sources.csv (any precision), or ''. */
export function newestArticleDate(sources: readonly RowOf<'sources'>[] = []): string {
  let newest = '';
  for (const s of sources)
    if (s.date && (!newest || dateSpan(s.date)[1] > dateSpan(newest)[1])) newest = s.date;
  return newest;
}

export function shownVintage(
  state: Pick<ViewState, 'boundaries' | 'session'>,
  data: Pick<Datasets, 'sessions' | 'sources'>,
): ShownVintage {
  if (state.boundaries) return { id: state.boundaries, reason: 'picked', date: '' };
  const session = state.session
    ? data.sessions?.find((s) => s.event_id === state.session)
    : undefined;
  if (session?.date_start)
    return { id: vintageOn(session.date_start), reason: 'session', date: session.date_start };
  const newest = newestArticleDate(data.sources);
  if (newest) return { id: vintageOn(newest), reason: 'articles', date: newest };
  // Before the data is in: the earliest vintage, whose drawing ships with the code.
  return { id: VINTAGES[0]!.id, reason: 'default', date: '' };
}

/** The districts of a vintage (37 or 38), from districts.csv. */
export function vintageDistricts(data: Pick<Datasets, 'districts'>, vintage: VintageId) {
  return vintageUnits(data.districts ?? [], vintage);
}

/**
 * The districts a search finds on a vintage, each with the names it answers to then: its
 * aliases (short and former names) and the names of units merged into it (江北区 → 两江新区).
 */
export function searchableUnits(data: Pick<Datasets, 'districts'>, vintage: VintageId) {
  const rows = data.districts ?? [];
  const aliasesOf = (r: DistrictRow) => [r.name_zh, ...r.aliases_zh.split(';')].filter(Boolean);
  return vintageUnits(rows, vintage).map((unit) => {
    const merged = rows.filter(
      (r) => r.code !== unit.code && crosswalk(rows, r.code, vintage).code === unit.code,
    );
    return {
      code: unit.code,
      name_zh: unit.name_zh,
      name_en: unit.name_en,
      aliases: [
        ...aliasesOf(unit).slice(1),
        ...merged.flatMap((r) => [...aliasesOf(r), r.name_en, r.code]),
      ],
    };
  });
}

/**
 * The units of a vintage whose whole area the given codes (of any date) cover: a unit named
 * itself or by a former code, or made of abolished units that are all listed (两江新区 once both
 * 江北区 and 渝北区 are).
 */
export function coveredUnits(
  data: Pick<Datasets, 'districts'>,
  codes: Iterable<string>,
  vintage: VintageId,
): Set<string> {
  const to = crosswalkTable(data, vintage);
  const listed = new Set(codes);
  const covered = new Set<string>();
  const parts = new Map<string, number>();
  for (const code of listed) {
    const c = to(code);
    if (!c.code) continue;
    if (c.how === 'merged') parts.set(c.code, (parts.get(c.code) ?? 0) + 1);
    else covered.add(c.code);
  }
  for (const [code, n] of parts) {
    const all = (data.districts ?? []).filter((d) => d.replaced_by === code).length;
    if (n === all) covered.add(code);
  }
  return covered;
}

/** How many units the vintage has: the number every title and count says (never a typed 38). */
export function unitCountOf(vintage: VintageId): number {
  return vintageById(vintage).units;
}

/** Every code of districts.csv (and former codes) → where it goes on the vintage. */
export function crosswalkTable(
  data: Pick<Datasets, 'districts'>,
  vintage: VintageId,
): (code: string) => Crosswalk {
  const rows = data.districts ?? [];
  const memo = new Map<string, Crosswalk>();
  return (code) => {
    let c = memo.get(code);
    if (!c) memo.set(code, (c = crosswalk(rows, code, vintage)));
    return c;
  };
}

function nameOf(data: Pick<Datasets, 'districts'>, code: string, lang: Lang): string {
  const d = data.districts?.find((r) => r.code === code);
  if (!d) return code;
  return lang === 'zh' ? d.name_zh : d.name_en || d.name_zh;
}

function names(data: Pick<Datasets, 'districts'>, codes: readonly string[], lang: Lang): string {
  const list = codes.map((c) => nameOf(data, c, lang));
  if (lang === 'zh') return list.join('、');
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? '');
}

/** The day a unit was set up, or the day after it ended (when it was abolished). */
function changeDay(data: Pick<Datasets, 'districts'>, codes: readonly string[]): string {
  const d = data.districts?.find((r) => codes.includes(r.code) && r.valid_to);
  if (!d) return '';
  const next = new Date(`${dateSpan(d.valid_to)[1]}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** A short note for a value that adds up abolished units: `（原江北区、渝北区相加）`. */
export function addedUpNote(data: Pick<Datasets, 'districts'>, formers: readonly string[]): Text {
  return {
    zh: `原${names(data, formers, 'zh')}相加`,
    en: `former ${names(data, formers, 'en')} added up`,
  };
}

/** What a view on a vintage does with rows of units not in it, as legend sentences. */
export interface CrossingCount {
  /** Merged into a unit of the vintage and added up (counts). */
  added: Map<string, { formers: Set<string>; n: number }>;
  /** Of units abolished before the vintage, not added (values that do not add up). */
  notAdded: Map<string, { formers: Set<string>; n: number }>;
  /** Of units set up after the vintage: not drawable on it. */
  newer: Map<string, number>;
}

export function emptyCrossing(): CrossingCount {
  return { added: new Map(), notAdded: new Map(), newer: new Map() };
}

/**
 * The legend's sentences for rows shown across a boundary change. `noun` names what is counted
 * (`条表态` / `statements`).
 */
export function crossingNotes(
  data: Pick<Datasets, 'districts'>,
  crossing: CrossingCount,
  noun: Text,
  /** `sum`: counts added up; `shared`: a category the former units had in common. */
  mode: 'sum' | 'shared' = 'sum',
): Text[] {
  const notes: Text[] = [];
  // The English noun in the plural; one of it drops the s (statements → statement).
  const nounEn = (n: number) => (n === 1 ? noun.en.replace(/s$/, '') : noun.en);
  for (const [code, { formers, n }] of crossing.added) {
    const f = [...formers].sort();
    const day = changeDay(data, f);
    if (mode === 'shared') {
      notes.push({
        zh: `${nameOf(data, code, 'zh')}显示原${names(data, f, 'zh')}共同所处的阶段（两区于${formatDate(day, 'zh')}撤销）`,
        en: `${nameOf(data, code, 'en')} shows the stage the former ${names(data, f, 'en')} shared (abolished on ${formatDate(day, 'en')})`,
      });
      continue;
    }
    notes.push({
      zh: `${nameOf(data, code, 'zh')}的数值为原${names(data, f, 'zh')}之和（共${n}${noun.zh}，两区于${formatDate(day, 'zh')}撤销）`,
      en: `${nameOf(data, code, 'en')} adds up the former ${names(data, f, 'en')} (${n} ${nounEn(n)}; abolished on ${formatDate(day, 'en')})`,
    });
  }
  for (const [code, { formers, n }] of crossing.notAdded) {
    const f = [...formers].sort();
    if (mode === 'shared') {
      notes.push({
        zh: `原${names(data, f, 'zh')}所处阶段不同，${nameOf(data, code, 'zh')}不显示阶段：请看2016年边界`,
        en: `The former ${names(data, f, 'en')} were at different stages, so ${nameOf(data, code, 'en')} shows none: see the 2016 boundaries`,
      });
      continue;
    }
    notes.push({
      zh: `原${names(data, f, 'zh')}的${n}${noun.zh}不能并入${nameOf(data, code, 'zh')}（不能相加），请看其日期所在的2016年边界`,
      en: `${n} ${nounEn(n)} of the former ${names(data, f, 'en')} ${n === 1 ? 'is' : 'are'} not added into ${nameOf(data, code, 'en')} (they do not add up): see them on the 2016 boundaries of their date`,
    });
  }
  for (const [code, n] of crossing.newer) {
    const row = data.districts?.find((r) => r.code === code);
    const preds = (data.districts ?? []).filter((r) => r.replaced_by === code).map((r) => r.code);
    notes.push({
      zh: `${nameOf(data, code, 'zh')}（${formatDate(row?.valid_from ?? '', 'zh')}设立）的${n}${noun.zh}未在2016年边界上绘出：它不能拆回${names(data, preds, 'zh')}`,
      en: `${n} ${nounEn(n)} of ${nameOf(data, code, 'en')} (set up on ${formatDate(row?.valid_from ?? '', 'en')}) ${n === 1 ? 'is' : 'are'} not drawn on the 2016 boundaries: it cannot be split back into ${names(data, preds, 'en')}`,
    });
  }
  return notes;
}

/**
 * Why a selected district is shown as another unit on this vintage: a link with district=500105
 * opened on the 2025 boundaries highlights 两江新区 and says so. Null when it is drawn as itself.
 */
export function selectionNote(
  data: Pick<Datasets, 'districts'>,
  code: string | null,
  vintage: VintageId,
): { shown: string | null; note: Text } | null {
  if (!code) return null;
  const c = crosswalk(data.districts ?? [], code, vintage);
  if (c.how === 'same' || c.how === 'unknown') return null;
  const own = { zh: nameOf(data, code, 'zh'), en: nameOf(data, code, 'en') };
  if (c.how === 'newer') {
    const row = data.districts?.find((r) => r.code === code);
    return {
      shown: null,
      note: {
        zh: `${own.zh}于${formatDate(row?.valid_from ?? '', 'zh')}设立，不在2016年边界上：请切换到2025年边界`,
        en: `${own.en} was set up on ${formatDate(row?.valid_from ?? '', 'en')} and is not on the 2016 boundaries: switch to the 2025 boundaries`,
      },
    };
  }
  const to = { zh: nameOf(data, c.code, 'zh'), en: nameOf(data, c.code, 'en') };
  const day = changeDay(data, [code]);
  return {
    shown: c.code,
    note:
      c.how === 'merged'
        ? {
            zh: `${own.zh}已于${formatDate(day, 'zh')}撤销，并入${to.zh}：地图上突出显示${to.zh}`,
            en: `${own.en} was abolished on ${formatDate(day, 'en')} and became part of ${to.en}: the map highlights ${to.en}`,
          }
        : {
            zh: `${own.zh}已更名为${to.zh}（同一区域）`,
            en: `${own.en} was renamed ${to.en} (same area)`,
          },
  };
}

/**
 * A unit's name in a list of every unit there has been (the pledge reader's picker): a unit that
 * no longer exists or did not always exist says since or until when, so 江北区 and 两江新区 side
 * by side are both true on their own.
 */
export function unitLabel(
  d: Pick<DistrictRow, 'name_zh' | 'name_en' | 'valid_from' | 'valid_to'>,
  lang: Lang,
): string {
  const name = lang === 'zh' ? d.name_zh : d.name_en;
  if (d.valid_to)
    return lang === 'zh'
      ? `${name}（至${formatDate(d.valid_to, 'zh')}）`
      : `${name} (until ${formatDate(d.valid_to, 'en')})`;
  if (d.valid_from)
    return lang === 'zh'
      ? `${name}（${formatDate(d.valid_from, 'zh')}起）`
      : `${name} (from ${formatDate(d.valid_from, 'en')})`;
  return name;
}
