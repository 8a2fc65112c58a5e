/**
 * The timeline: the 6th committee's congress and plenaries from data/reference, plus every event
 * an article dates (found by events.ts). Owns session names (市委六届五次全会 → plenary-6-5),
 * event ids and the merge of events reported by several articles. Knows nothing about speakers
 * or CSV files.
 */
import type { EventKind, MachineRow } from '../../src/lib/schema.ts';
import { isoDate, parseDateNumber } from './dates.ts';
import type { EventCandidate } from './events.ts';
import type { ReviewItem } from './types.ts';

export type SessionRow = MachineRow<'sessions'>;

/** A row of data/reference/plenary-sessions.csv. */
export interface ReferenceSession {
  event_id: string;
  date_start: string;
  date_end: string;
  date_precision: string;
  kind: string;
  name_zh: string;
  name_en: string;
  document_zh?: string;
  source_url: string;
  note?: string;
}

export interface SessionMention {
  start: number;
  end: number;
  /** plenary-6-5, congress-6 */
  eventId: string;
  kind: 'plenary' | 'congress';
}

const CN = '[一二三四五六七八九十\\d]{1,3}';
const SESSION_PATTERNS: { re: RegExp; kind: 'plenary' | 'congress' }[] = [
  // 市委六届五次全会, 中共重庆市委六届二次全会, 六届五次全体会议
  {
    re: new RegExp(`(?:中共重庆市委|重庆市委|市委)?(${CN})届(${CN})次全(?:会|体会议)`, 'g'),
    kind: 'plenary',
  },
  // 中国共产党重庆市第六届委员会第五次全体会议
  { re: new RegExp(`第(${CN})届(?:市委|委员会)第(${CN})次全体会议`, 'g'), kind: 'plenary' },
  // 市第六次党代会, 中国共产党重庆市第六次代表大会
  { re: new RegExp(`(?:重庆)?市第(${CN})次(?:党代会|代表大会)`, 'g'), kind: 'congress' },
];

/** Every session the text names, with the reference id it maps to. */
export function findSessionMentions(text: string): SessionMention[] {
  const out: SessionMention[] = [];
  for (const { re, kind } of SESSION_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const a = parseDateNumber(m[1]!);
      const b = kind === 'plenary' ? parseDateNumber(m[2]!) : null;
      if (a === null || (kind === 'plenary' && b === null)) continue;
      const eventId = kind === 'plenary' ? `plenary-${a}-${b}` : `congress-${a}`;
      out.push({ start: m.index, end: m.index + m[0].length, eventId, kind });
    }
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

const ID_PREFIX: Record<EventKind, string> = {
  congress: 'congress',
  plenary: 'plenary',
  press_conference: 'press',
  visit: 'visit',
  conference: 'conference',
  publication: 'publication',
  meeting: 'meeting',
};

/** Events of one kind on one day compared by name with each new one (beyond: exact names). */
const MAX_SAME_DAY_SCAN = 64;

function sameEvent(a: EventCandidate, b: EventCandidate): boolean {
  if (a.kind !== b.kind || a.date.start !== b.date.start || a.date.end !== b.date.end) return false;
  if (a.sessionId || b.sessionId) return a.sessionId === b.sessionId;
  return a.name_zh === b.name_zh || a.name_zh.includes(b.name_zh) || b.name_zh.includes(a.name_zh);
}

function monthEnd(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}

export interface SessionsResult {
  rows: SessionRow[];
  review: ReviewItem[];
  /** Event id of each candidate (same order as the input), for the pledges. */
  ids: Map<EventCandidate, string>;
}

/**
 * The sessions.csv rows: reference sessions (ids kept, confirmed by the first article that
 * dates them) and the article events, merged across articles, with readable ids
 * (`press-2022-12-22`; `-2`, `-3` when a kind has several events on one day).
 */
export function buildSessions(
  reference: readonly ReferenceSession[],
  candidates: readonly EventCandidate[],
): SessionsResult {
  const review: ReviewItem[] = [];
  const ids = new Map<EventCandidate, string>();
  const rows = new Map<string, SessionRow>();
  for (const r of reference) {
    rows.set(r.event_id, {
      event_id: r.event_id,
      date_start: r.date_start,
      date_end: r.date_end,
      date_precision: r.date_precision,
      kind: r.kind,
      name_zh: r.name_zh,
      name_en: r.name_en,
      source_id: '',
      source_url: r.source_url,
      quote: '',
      start: '',
      end: '',
      origin: 'reference',
      document_zh: r.document_zh ?? '',
      note: r.note ?? '',
    });
  }
  // Events by kind and dates (sameEvent needs both equal), and the next free number per id:
  // looking through every event, or counting up from 2, per candidate was quadratic on a text
  // dating thousands of events.
  const events = new Map<string, { first: EventCandidate; row: SessionRow }[]>();
  const bucket = (c: EventCandidate) => `${c.kind}|${c.date.start}|${c.date.end}`;
  const nextNumber = new Map<string, number>();
  const byName = new Map<string, { first: EventCandidate; row: SessionRow }>();
  const taken = new Set(rows.keys());
  for (const c of candidates) {
    if (c.sessionId) {
      const row = rows.get(c.sessionId);
      if (row) {
        ids.set(c, c.sessionId);
        if (c.date.start < row.date_start || c.date.end > row.date_end) {
          review.push({
            dataset: 'sessions',
            source_id: c.source_id,
            start: c.start,
            end: c.end,
            quote: c.quote,
            reason: `the article dates ${c.sessionId} ${c.date.start}, the reference ${row.date_start}–${row.date_end}`,
          });
        } else if (!row.source_id) {
          Object.assign(row, {
            source_id: c.source_id,
            quote: c.quote,
            start: String(c.start),
            end: String(c.end),
          });
        }
        continue;
      }
    }
    // Within a kind and day, the first event it is the same as; past the first few dozen (a text
    // dating hundreds of events on one day), only an event of the very same name.
    const sameDay = events.get(bucket(c));
    const same =
      sameDay?.slice(0, MAX_SAME_DAY_SCAN).find((e) => sameEvent(e.first, c)) ??
      byName.get(`${bucket(c)}|${c.sessionId ?? ''}|${c.name_zh}`);
    if (same) {
      ids.set(c, same.row.event_id);
      continue;
    }
    const datePart =
      c.date.precision === 'month'
        ? c.date.start.slice(0, 7)
        : c.date.precision === 'year'
          ? c.date.start.slice(0, 4)
          : c.date.start;
    const baseId = c.sessionId ?? `${ID_PREFIX[c.kind]}-${datePart}`;
    let id = baseId;
    let n = nextNumber.get(baseId) ?? 2;
    for (; taken.has(id); n++) id = `${baseId}-${n}`;
    nextNumber.set(baseId, n);
    taken.add(id);
    ids.set(c, id);
    const isMonth = c.date.precision === 'month';
    const row: SessionRow = {
      event_id: id,
      date_start: isMonth ? `${c.date.start}-01` : c.date.start,
      date_end: isMonth ? monthEnd(c.date.end) : c.date.end,
      date_precision: c.date.precision,
      kind: c.kind,
      name_zh: c.name_zh,
      name_en: c.name_en,
      source_id: c.source_id,
      source_url: '',
      quote: c.quote,
      start: String(c.start),
      end: String(c.end),
      origin: 'article',
      document_zh: '',
      note: c.note,
    };
    rows.set(id, row);
    const list = events.get(bucket(c)) ?? [];
    list.push({ first: c, row });
    events.set(bucket(c), list);
    const named = `${bucket(c)}|${c.sessionId ?? ''}|${c.name_zh}`;
    if (!byName.has(named)) byName.set(named, { first: c, row });
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.date_start.localeCompare(b.date_start) || a.event_id.localeCompare(b.event_id),
  );
  return { rows: sorted, review, ids };
}
