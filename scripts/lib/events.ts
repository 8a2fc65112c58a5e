/**
 * Events an article dates: a dated sentence + a kind keyword (新闻发布会, 视察, 大会, 常务会议,
 * 会见, 《求是》…年第N期), or a known session reported as held. Owns the keyword rules, event
 * names (Chinese as printed, English by template) and the Qiushi issue → day rule.
 * Knows nothing about ids or the merge across articles (sessions.ts).
 */
import type { EventKind } from '../../src/lib/schema.ts';
import {
  printedRange,
  sentenceAt,
  slice,
  type Article,
  type DatedMention,
  type Sentence,
} from './article.ts';
import type { ReviewItem } from './types.ts';
import { isoDate, unresolvedReason, type ResolvedDate } from './dates.ts';
import { firstIndexFrom, lastIndexBefore } from './positions.ts';
import { findSessionMentions } from './sessions.ts';

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
    re: /(?:合作|工作|庆祝|推进|交流|招商)?大会|论坛|博览会|交易会|对接会|峰会|洽谈会|研讨会|签约(?:暨[\u4e00-\u9fff]{1,4})?(?:活动|仪式)|(?:开工|投产|揭牌|启动|开幕|颁奖)(?:仪式|活动)/g,
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
  /** The dated sentence in the original text (quote = text.slice(start, end)). */
  start: number;
  end: number;
  quote: string;
  /** Where the dated sentence starts in `article.text` (what the pledge rules compare with). */
  at: number;
}

/** Text before a dated sentence's head: 本报讯（记者 …） and list bullets. */
const LEAD = /^(?:本报讯[（(][^)）]*[)）])?[●■◆\s]*/;

/**
 * Events one article dates. A sentence qualifies when a date opens it (after any 本报讯 credit)
 * or stands in the same clause as the keyword, and a kind keyword says what took place.
 */
export function extractEvents(article: Article, review: ReviewItem[] = []): EventCandidate[] {
  const out: EventCandidate[] = [];
  const text = article.text;
  const sessions = findSessionMentions(text);
  // Both lists are in text order: each sentence reads only its own stretch of them (a search of
  // the whole list per sentence was quadratic on a text of many dated sentences).
  const within = <T extends { start: number; end: number }>(
    list: readonly T[],
    span: { start: number; end: number },
  ) => {
    const out: T[] = [];
    for (let i = firstIndexFrom(list, span.start, (x) => x.start); i < list.length; i++) {
      if (list[i]!.start >= span.end) break;
      if (list[i]!.end <= span.end) out.push(list[i]!);
    }
    return out;
  };
  for (const sentence of article.sentences) {
    const inSentence = within(article.dates, sentence);
    const sessionsIn = within(sessions, sentence);
    const dates = inSentence.filter((d) => d.resolved);
    if (dates.length === 0) {
      if (!inSentence.length) continue;
      // `昨天，…发布会举行` in an article dated to the month only: an event that cannot be dated
      // is held back for a person, not guessed.
      const hit = firstKeyword(text, sentence);
      const held = sessionsIn.some(
        (m) =>
          SESSION_HELD_AFTER.test(text.slice(m.end, sentence.end)) ||
          SESSION_HELD_BEFORE.test(text.slice(sentence.start, m.start)),
      );
      if (hit || held) review.push(unresolvedEvent(article, sentence, inSentence[0]!, hit));
      continue;
    }
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
    const [start, end] = printedRange(article, { start: head, end: sentence.end });
    const base = {
      source_id: article.source.id,
      start,
      end,
      quote: article.source.text.slice(start, end),
      at: head,
    };
    const session = sessionsIn.find(
      (s) =>
        SESSION_HELD_AFTER.test(text.slice(s.end, sentence.end)) ||
        SESSION_HELD_BEFORE.test(text.slice(sentence.start, s.start)),
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
    const named = sessionsIn[0];
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

/** A review item for an event whose date the article's date cannot place, with its row. */
function unresolvedEvent(
  article: Article,
  sentence: Sentence,
  date: DatedMention,
  hit: KeywordHit | null,
): ReviewItem {
  const [start, end] = printedRange(article, sentence);
  const quote = article.source.text.slice(start, end);
  const name = hit ? eventName(article.text, sentence, hit, article) : '';
  return {
    dataset: 'sessions',
    source_id: article.source.id,
    start,
    end,
    quote,
    reason: `${unresolvedReason(date, article.date)} (${slice(article, date)}, article dated ${article.date || 'unknown'})`,
    candidate: {
      event_id: '',
      date_start: '',
      date_end: '',
      date_precision: '',
      kind: hit?.kind ?? 'plenary',
      name_zh: name,
      name_en: hit ? englishName(hit.kind, name) : '',
      source_id: article.source.id,
      source_url: '',
      quote,
      start: String(start),
      end: String(end),
      origin: 'article',
      document_zh: '',
      note: '',
    },
  };
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
    const clauseText = slice(article, clause);
    // Dates are in text order and do not overlap: the first at or after the clause's start.
    const first = article.dates[firstIndexFrom(article.dates, clause.start, (d) => d.start)];
    const dateEnd = first && first.end <= hit.start ? first : undefined;
    return dateEnd
      ? slice(article, { start: dateEnd.end, end: clause.end }).trim()
      : clauseText.trim();
  }
  let start = hit.start;
  while (start > sentence.start && !NAME_STOP.test(text[start - 1]!)) {
    // NAME_VERB ends the text it is tested on and is at most 4 characters long.
    if (NAME_VERB.test(text.slice(Math.max(sentence.start, start - 4), start))) break;
    start--;
  }
  // The last date ending by the keyword (dates are in text order and do not overlap).
  const before = article.dates[lastIndexBefore(article.dates, hit.start + 1, (d) => d.end)];
  const last = before && before.end > start ? before : undefined;
  if (last && last.end > start) start = last.end;
  let name = slice(article, { start, end: hit.end });
  if (name.length <= GENERIC_NAME_CHARS) {
    const verb = /(举行|召开)了?$/.exec(text.slice(Math.max(sentence.start, start - 3), start));
    if (verb) {
      let s = start - verb[0].length;
      const verbStart = s;
      while (s > sentence.start && !NAME_STOP.test(text[s - 1]!)) s--;
      name = slice(article, { start: s, end: verbStart }) + name;
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
  [/签约/, 'Signing event'],
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
  for (const m of article.text.matchAll(re)) {
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
    const [start, end] = printedRange(article, { start: at, end: m.index + m[0].length });
    const issueName = article.source.text.slice(start, end);
    out.push({
      kind: 'publication',
      date,
      name_zh: piece?.title ? `${issueName}：${piece.title}` : issueName,
      name_en: `${title === '求是' ? 'Qiushi' : 'Periodical'} ${year} no. ${issue}`,
      note,
      source_id: article.source.id,
      start,
      end,
      quote: issueName,
      at,
    });
  }
  return out;
}
