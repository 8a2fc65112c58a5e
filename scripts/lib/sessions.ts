/**
 * The timeline: the 6th committee's congress and plenaries from data/reference, plus every event
 * an article dates (a dated sentence + a kind keyword: 新闻发布会, 视察, 大会, 常务会议, 会见,
 * 《求是》…年第N期). Owns session names (市委六届五次全会 → plenary-6-5), event ids and the merge
 * of events reported by several articles. Knows nothing about speakers or CSV files.
 */
import type { EventKind, RowOf } from '../../src/lib/schema.ts';
import { sentenceAt, slice, type Article, type Sentence } from './article.ts';
import { isoDate, parseDateNumber, type ResolvedDate } from './dates.ts';
import type { ReviewItem } from './types.ts';

export type SessionRow = RowOf<'sessions'>;

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

/** A session reported as taking place: `全会举行`, `全体会议于2024年5月24日召开`, `召开的…全会`. */
const SESSION_HELD_AFTER =
  /^(?:于[^，,。；;]{0,14}?|在[^，,。；;]{0,10}?)?(?:举行|召开|开幕|闭幕|通过)/;
const SESSION_HELD_BEFORE = /(?:举行|召开)了?的?$/;
/** Verbs that make a named meeting an event that took place (not 学习…全会精神). */
const HELD_AFTER = /^[^，,。；;、]{0,16}?(?:举行|召开|开幕|闭幕|通过|上[，,]|现场|期间)/;
const HELD_BEFORE = /(?:举行|召开|主持召开|出席)了?[^，,。；;]{0,14}$/;

interface KindRule {
  kind: EventKind;
  re: RegExp;
  /** Noun keywords need a verb saying the event took place; verb keywords are the verb. */
  noun: boolean;
}

const KIND_RULES: KindRule[] = [
  { kind: 'press_conference', re: /新闻发布会|发布会|记者见面会|吹风会/g, noun: true },
  {
    kind: 'conference',
    re: /(?:合作|工作|庆祝|推进|交流|招商)?大会|论坛|博览会|交易会|对接会|峰会|洽谈会|研讨会/g,
    noun: true,
  },
  {
    kind: 'meeting',
    re: /常务会议|常委会会议|座谈会|报告会|推进会|调度会|工作会议|会议/g,
    noun: true,
  },
  { kind: 'meeting', re: /会见|会谈|宣讲报告/g, noun: false },
  { kind: 'visit', re: /视察|考察|调研/g, noun: false },
];

export interface EventCandidate {
  kind: EventKind;
  date: ResolvedDate;
  name_zh: string;
  name_en: string;
  /** Reference id when the sentence reports a known session taking place. */
  sessionId?: string;
  note: string;
  source_id: string;
  start: number;
  end: number;
  quote: string;
}

/** Text before a dated sentence's head: 本报讯（记者 …） and list bullets. */
const LEAD = /^(?:本报讯[（(][^)）]*[)）])?[●■◆\s]*/;

/**
 * Events one article dates. A sentence qualifies when a date opens it (after any 本报讯 credit)
 * or stands in the same clause as the keyword, and a kind keyword says what took place.
 */
export function extractEvents(article: Article): EventCandidate[] {
  const out: EventCandidate[] = [];
  const text = article.norm;
  const sessions = findSessionMentions(text);
  for (const sentence of article.sentences) {
    const dates = article.dates.filter(
      (d) => d.start >= sentence.start && d.end <= sentence.end && d.resolved,
    );
    if (dates.length === 0) continue;
    const body = text.slice(sentence.start, sentence.end);
    const head = sentence.start + (LEAD.exec(body)?.[0].length ?? 0);
    const headDate = dates.find((d) => d.start === head);
    const dateFor = (at: number) => {
      const clause = clauseAround(text, sentence, at);
      const inClause = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
      // The date just before the keyword in its clause, else the sentence's opening date,
      // else one after it (全体会议于2024年5月24日召开).
      const before = inClause.filter((d) => d.end <= at);
      return (before[before.length - 1] ?? headDate ?? inClause[0])?.resolved ?? null;
    };
    // The quote starts at the dated sentence proper, after any 本报讯 credit.
    const base = {
      source_id: article.source.id,
      start: head,
      end: sentence.end,
      quote: slice(article, { start: head, end: sentence.end }),
    };
    const session = sessions.find(
      (s) =>
        s.start >= sentence.start &&
        s.end <= sentence.end &&
        (SESSION_HELD_AFTER.test(text.slice(s.end, sentence.end)) ||
          SESSION_HELD_BEFORE.test(text.slice(sentence.start, s.start))),
    );
    if (session) {
      const date = dateFor(session.start);
      if (date && date.precision === 'day') {
        out.push({
          ...base,
          kind: session.kind,
          date,
          sessionId: session.eventId,
          name_zh: text.slice(session.start, session.end),
          name_en: '',
          note: '',
        });
        continue;
      }
    }
    const hit = firstKeyword(text, sentence);
    if (!hit) continue;
    const date = dateFor(hit.start);
    if (!date || date.precision === 'year') continue;
    const name = eventName(text, sentence, hit, article);
    const named = sessions.find((s) => s.start >= sentence.start && s.end <= sentence.end);
    out.push({
      ...base,
      kind: hit.kind,
      date,
      name_zh: name,
      name_en: englishName(hit.kind, name, named?.eventId),
      note: '',
    });
  }
  out.push(...publications(article));
  return out;
}

interface KeywordHit {
  kind: EventKind;
  start: number;
  end: number;
  noun: boolean;
}

function firstKeyword(text: string, sentence: Sentence): KeywordHit | null {
  const body = text.slice(sentence.start, sentence.end);
  let best: KeywordHit | null = null;
  for (const rule of KIND_RULES) {
    for (const m of body.matchAll(rule.re)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (rule.noun) {
        const held =
          HELD_AFTER.test(text.slice(end, sentence.end)) ||
          HELD_BEFORE.test(text.slice(sentence.start, start));
        if (!held) continue;
      }
      // 代表大会 of the party is a congress, handled with the sessions.
      if (rule.kind === 'conference' && /代表$/.test(text.slice(start - 2, start))) continue;
      if (!best || start < best.start) best = { kind: rule.kind, start, end, noun: rule.noun };
      break;
    }
  }
  return best;
}

function clauseAround(
  text: string,
  sentence: Sentence,
  at: number,
): { start: number; end: number } {
  let start = at;
  while (start > sentence.start && !/[，,；;。]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < sentence.end && !/[，,；;。]/.test(text[end]!)) end++;
  return { start, end };
}

/** Characters that cannot be part of an event's name: punctuation and space. */
const NAME_STOP = /[，,。；;、：:\s]/;
const NAME_VERB = /(?:举行|召开|主持召开|出席|在|的|了)$/;
/** A name this short (新闻发布会) is generic: the organiser before the verb is added. */
const GENERIC_NAME_CHARS = 5;

function eventName(text: string, sentence: Sentence, hit: KeywordHit, article: Article): string {
  if (!hit.noun) {
    // A verb event is named by its clause: 习近平总书记来渝视察.
    const clause = clauseAround(text, sentence, hit.start);
    const clauseText = article.source.text.slice(clause.start, clause.end);
    const dateEnd = article.dates.find((d) => d.start >= clause.start && d.end <= hit.start);
    return dateEnd ? article.source.text.slice(dateEnd.end, clause.end).trim() : clauseText.trim();
  }
  let start = hit.start;
  while (start > sentence.start && !NAME_STOP.test(text[start - 1]!)) {
    if (NAME_VERB.test(text.slice(sentence.start, start))) break;
    start--;
  }
  const dates = article.dates.filter((d) => d.end > start && d.end <= hit.start);
  const last = dates[dates.length - 1];
  if (last && last.end > start) start = last.end;
  let name = article.source.text.slice(start, hit.end);
  if (name.length <= GENERIC_NAME_CHARS) {
    const verb = /(举行|召开)了?$/.exec(text.slice(sentence.start, start));
    if (verb) {
      let s = start - verb[0].length;
      const verbStart = s;
      while (s > sentence.start && !NAME_STOP.test(text[s - 1]!)) s--;
      name = article.source.text.slice(s, verbStart) + name;
    }
  }
  return name.replace(/^(?:在|于)/, '');
}

const ORDINAL = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];
const KIND_EN: Record<EventKind, string> = {
  congress: 'Congress',
  plenary: 'Plenary session',
  press_conference: 'Press conference',
  visit: 'Visit',
  conference: 'Conference',
  publication: 'Article',
  meeting: 'Meeting',
};
/** Recognised terms for the English label; anything else falls back to the kind. */
const GLOSSARY: [RegExp, string][] = [
  [/国际友好城市合作大会/, 'International Sister-City Cooperation Conference'],
  [/习近平总书记.*视察/, 'Inspection visit by General Secretary Xi Jinping'],
  [/市政府第(\d+)次常务会议/, 'Executive meeting of the municipal government (no. $1)'],
  [/民营企业100强发布会/, 'Top-100 private enterprises release conference'],
  [/产业合作对接会/, 'Industrial cooperation matchmaking meeting'],
  [/会见/, 'Official meeting'],
  [/宣讲报告|报告会/, 'Briefing on the 20th Party Congress'],
];

export function englishName(kind: EventKind, nameZh: string, sessionId?: string): string {
  for (const [re, en] of GLOSSARY) {
    const m = re.exec(nameZh);
    if (m) return en.replace('$1', m[1] ?? '');
  }
  const session = sessionId ? /^plenary-(\d+)-(\d+)$/.exec(sessionId) : null;
  if (session)
    return `${KIND_EN[kind]} on the ${ORDINAL[Number(session[2])] ?? session[2]} plenary session of the ${ORDINAL[Number(session[1])] ?? session[1]} municipal committee`;
  return KIND_EN[kind];
}

/**
 * Periodicals whose issue number fixes a day: 《求是》 appears on the 1st and 16th of each month,
 * so issue n of a year is dated month ⌈n/2⌉, day 1 (odd n) or 16 (even n).
 */
const SEMIMONTHLY = new Set(['求是']);

function publications(article: Article): EventCandidate[] {
  const out: EventCandidate[] = [];
  const re = /(?:原载|刊载|刊发|发表于)?《([^》]{1,12})》(\d{4})年第(\d{1,2})期/g;
  for (const m of article.norm.matchAll(re)) {
    const title = m[1]!;
    const year = Number(m[2]);
    const issue = Number(m[3]);
    let date: ResolvedDate;
    let note: string;
    if (SEMIMONTHLY.has(title) && issue >= 1 && issue <= 24) {
      const day = isoDate(year, Math.ceil(issue / 2), issue % 2 === 1 ? 1 : 16);
      date = { start: day, end: day, precision: 'day' };
      note = `issue ${issue} of a semimonthly published on the 1st and 16th`;
    } else {
      date = { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
      note = `issue ${issue}; day not known`;
    }
    const s = sentenceAt(article, m.index);
    const piece = s ? article.pieces[s.piece] : undefined;
    const at = m.index + (/^(?:原载|刊载|刊发|发表于)/.exec(m[0])?.[0].length ?? 0);
    const issueName = article.source.text.slice(at, m.index + m[0].length);
    out.push({
      kind: 'publication',
      date,
      name_zh: piece?.title ? `${issueName}：${piece.title}` : issueName,
      name_en: `${title === '求是' ? 'Qiushi' : 'Periodical'} ${year} no. ${issue}`,
      note,
      source_id: article.source.id,
      start: at,
      end: m.index + m[0].length,
      quote: issueName,
    });
  }
  return out;
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
  const events: { first: EventCandidate; row: SessionRow }[] = [];
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
    const same = events.find((e) => sameEvent(e.first, c));
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
    for (let n = 2; taken.has(id); n++) id = `${baseId}-${n}`;
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
    events.push({ first: c, row });
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.date_start.localeCompare(b.date_start) || a.event_id.localeCompare(b.event_id),
  );
  return { rows: sorted, review, ids };
}
