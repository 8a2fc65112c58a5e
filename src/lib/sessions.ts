/**
 * Sessions and events as the dashboard names and filters them: short labels for the timeline,
 * and which statements and figures "respond to" a selected session.
 * Owns: the event ↔ statement ↔ figure joins. Knows nothing about the DOM.
 */
import type { Lang } from './i18n';
import type { RowOf } from './schema';

export type EventRow = RowOf<'sessions'>;
export type PledgeRow = RowOf<'pledges'>;
export type FigureRow = RowOf<'figures'>;

const ZH_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * A label short enough for a timeline marker: 五次全会 / 5th plenary, 六次党代会 / 6th congress.
 * Ids that do not follow the "plenary-<committee>-<n>" pattern fall back to the event's name.
 */
export function shortEventLabel(event: EventRow, lang: Lang): string {
  const [kind, a, b] = event.event_id.split('-');
  const n = Number(kind === 'plenary' ? b : a);
  if ((kind === 'plenary' || kind === 'congress') && Number.isInteger(n) && n > 0 && n <= 10) {
    if (kind === 'plenary')
      return lang === 'zh' ? `${ZH_NUMERALS[n]}次全会` : `${ordinal(n)} plenary`;
    return lang === 'zh' ? `${ZH_NUMERALS[n]}次党代会` : `${ordinal(n)} congress`;
  }
  return eventName(event, lang);
}

/**
 * A short label for a session's press conference: 五次全会发布会 / 5th plenary briefing, from the
 * session its name mentions (Chinese 五次全会 or English "5th plenary"); its name otherwise.
 */
export function pressLabel(
  event: Pick<EventRow, 'name_zh' | 'name_en' | 'event_id'>,
  lang: Lang,
): string {
  const zh = /([一二三四五六七八九十])次全会/.exec(event.name_zh);
  const en = /(\d+)(?:st|nd|rd|th) plenary/i.exec(event.name_en);
  const n = zh ? ZH_NUMERALS.indexOf(zh[1]!) : en ? Number(en[1]) : 0;
  if (n > 0 && n <= 10)
    return lang === 'zh' ? `${ZH_NUMERALS[n]}次全会发布会` : `${ordinal(n)} plenary briefing`;
  return (lang === 'en' && event.name_en) || event.name_zh || event.event_id;
}

/** A title's scope: "五次全会后" / "after the 5th plenary"; empty without a session. */
export function afterSession(event: EventRow | null, lang: Lang): string {
  if (!event) return '';
  const name = shortEventLabel(event, lang);
  return lang === 'zh' ? `${name}后` : `after the ${name}`;
}

/** A title with its scope: "量化目标：五次全会后" / "Numeric targets: after the 5th plenary". */
export function titleInScope(title: string, event: EventRow | null, lang: Lang): string {
  const scope = afterSession(event, lang);
  return scope ? `${title}${lang === 'zh' ? '：' : ': '}${scope}` : title;
}

export function eventName(event: EventRow, lang: Lang): string {
  return (lang === 'en' && event.name_en) || event.name_zh || event.event_id;
}

/** Statements made about a session (all of them when no session is selected). */
export function pledgesForSession(
  pledges: readonly PledgeRow[],
  session: string | null,
): PledgeRow[] {
  // One row per statement: a statement the print layout cut has more rows (its passages), all
  // with its pledge_id, and counts once.
  const seen = new Set<string>();
  return pledges.filter((p) => {
    if (session !== null && p.event_id !== session) return false;
    const key = `${p.source_id}|${p.pledge_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The events each article reports on: from its statements' event ids and the events it is the
 * source of. A figure with no statement belongs to its article's events.
 */
export function eventsBySource(
  events: readonly EventRow[],
  pledges: readonly PledgeRow[],
): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (source: string, event: string) => {
    if (!source || !event) return;
    let set = map.get(source);
    if (!set) map.set(source, (set = new Set()));
    set.add(event);
  };
  for (const e of events) add(e.source_id, e.event_id);
  for (const p of pledges) add(p.source_id, p.event_id);
  return map;
}

/** Figures that respond to a session: said in a statement about it, or in an article about it. */
export function figuresForSession(
  figures: readonly FigureRow[],
  pledges: readonly PledgeRow[],
  events: readonly EventRow[],
  session: string | null,
): FigureRow[] {
  if (session === null) return [...figures];
  const eventOfPledge = new Map(pledges.map((p) => [p.pledge_id, p.event_id]));
  const bySource = eventsBySource(events, pledges);
  return figures.filter((f) => {
    const viaPledge = f.pledge_id ? eventOfPledge.get(f.pledge_id) : undefined;
    if (viaPledge !== undefined) return viaPledge === session;
    return bySource.get(f.source_id)?.has(session) ?? false;
  });
}

/** How the statements in scope add up: by district (distinct districts) and municipal bodies. */
export interface StatementTally {
  total: number;
  /** Statements by a district's officials. */
  fromDistricts: number;
  /** Distinct districts those come from. */
  districts: number;
  /** Statements by bodies that are not a district: municipal, national, a new area before it was one. */
  municipal: number;
}

export function statementTally(
  pledges: readonly PledgeRow[],
  session: string | null,
  municipalCode: string,
): StatementTally {
  const inScope = pledgesForSession(pledges, session);
  const ofDistrict = inScope.filter((p) => p.district_code && p.district_code !== municipalCode);
  return {
    total: inScope.length,
    fromDistricts: ofDistrict.length,
    districts: new Set(ofDistrict.map((p) => p.district_code)).size,
    municipal: inScope.length - ofDistrict.length,
  };
}

/**
 * A tally as a sentence whose parts add up: 15 条表态：9 条来自 9 个区县，6 条来自其他机构 /
 * 15 statements: 9 from 9 districts, 6 from other bodies (municipal and national).
 */
export function tallyText(t: StatementTally, lang: Lang): string {
  const n = (v: number) => (lang === 'zh' ? String(v) : v.toLocaleString('en'));
  if (lang === 'zh') {
    const head = `${n(t.total)} 条表态`;
    if (t.total === 0) return head;
    if (t.municipal === 0) return `${head}，来自 ${n(t.districts)} 个区县`;
    if (t.fromDistricts === 0) return `${head}，均来自区县以外的机构`;
    return `${head}：${n(t.fromDistricts)} 条来自 ${n(t.districts)} 个区县，${n(t.municipal)} 条来自其他机构`;
  }
  const head = `${n(t.total)} statement${t.total === 1 ? '' : 's'}`;
  const districts = `${n(t.districts)} district${t.districts === 1 ? '' : 's'}`;
  if (t.total === 0) return head;
  if (t.municipal === 0) return `${head}, from ${districts}`;
  if (t.fromDistricts === 0) return `${head}, none from a district`;
  return `${head}: ${n(t.fromDistricts)} from ${districts}, ${n(t.municipal)} from other bodies`;
}
