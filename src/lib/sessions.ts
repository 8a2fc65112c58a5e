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
