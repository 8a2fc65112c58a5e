/**
 * pledges.csv rows from the statements of pledges.ts: which session a statement responds to,
 * at which event it was said, its date; and the cross-article check for misprinted names.
 * Knows nothing about how speakers are found.
 */
import type { MachineRow } from '../../src/lib/schema.ts';
import { printedRange, sentenceAt, slice, type Article } from './article.ts';
import { reviewItem, type Person, type Statement } from './pledges.ts';
import { findSessionMentions } from './sessions.ts';
import type { ReviewItem } from './types.ts';

export type PledgeRow = MachineRow<'pledges'>;

export interface ArticleEvent {
  id: string;
  kind: string;
  /** Offset of the dated sentence in the article. */
  at: number;
  date: string;
  precision: string;
  /** name_zh as printed, to recognise the event named inside a statement. */
  name: string;
}

/** `000-1439`: the source and the offset where the statement starts. */
export function pledgeId(sourceId: string, start: number): string {
  return `${sourceId}-${start}`;
}

/** An event name shorter than this (会见) is too generic to recognise inside a statement. */
const MIN_EVENT_NAME = 6;

/** An occasion named where a statement opens: `在…情况介绍会上`, `在发布会上`, `…座谈会上，`. */
const OCCASION =
  /在([^,;。在]{0,40}?(?:会|仪式|活动|论坛|峰会|典礼|现场))(?:上|期间|现场|中|时)|([^,;。在]{2,40}?(?:发布会|座谈会|推进会|报告会|大会|论坛))上[,，]/;
/** What may follow an event's name when the sentence speaks of the event itself. */
const EVENT_ITSELF = /^(?:$|上|期间|现场|开幕|闭幕|召开|举行|中|时|[,，、。])/;

/**
 * pledges.csv rows of one article, one per passage of each statement (a statement the print
 * layout cut into passages has one row per passage, all with its pledge_id). `event_id` is the
 * session the statement responds to: the session its item names most (ties: first), else, when
 * the item speaks of 全会 without numbering it, the article's. `said_at_event_id` is the event
 * its opening sentence names (`在…大会上`; an occasion that is not such an event — `在…大会
 * 情况介绍会上` — has none the article dates), else the occasion of the speaker's earlier
 * statement, else the event dated last before it in its item. `date` is that event's day, else
 * the day that opens the statement's paragraph (`12月23日，…王迪和社区干部群众学习讨论…。王迪
 * 说`), else the article's date (to its precision).
 */
export function pledgeRows(
  article: Article,
  statements: readonly Statement[],
  events: readonly ArticleEvent[],
): PledgeRow[] {
  const text = article.text;
  const sessions = findSessionMentions(text);
  const mostNamed = (spans: { start: number; end: number }[]): string => {
    const counts = new Map<string, number>();
    for (const m of sessions)
      if (spans.some((s) => m.start >= s.start && m.end <= s.end))
        counts.set(m.eventId, (counts.get(m.eventId) ?? 0) + 1);
    let best = '';
    for (const [id, c] of counts) if (!best || c > counts.get(best)!) best = id;
    return best;
  };
  const articleSession = mostNamed([{ start: 0, end: text.length }]);
  // A speaker's later statements in the article were made on the same occasion (a press
  // conference report continued on another page).
  const saidAtBySpeaker = new Map<string, ArticleEvent | null>();
  return statements.flatMap((st) => {
    const piece = article.pieces[st.piece]!;
    const own = mostNamed([piece]);
    const event_id =
      own || (/全会|全体会议/.test(text.slice(piece.start, piece.end)) ? articleSession : '');
    const first = sentenceAt(article, st.start);
    const opening = first ? text.slice(first.start, first.end) : '';
    const before = events.filter((e) => e.at >= piece.start && e.at < piece.end && e.at < st.start);
    const named = saidAtOf(opening, events, before);
    const saidAt =
      named !== undefined
        ? named
        : saidAtBySpeaker.has(st.person.name)
          ? saidAtBySpeaker.get(st.person.name)!
          : (before[before.length - 1] ?? null);
    if (!saidAtBySpeaker.has(st.person.name)) saidAtBySpeaker.set(st.person.name, saidAt);
    const date =
      saidAt && saidAt.precision === 'day'
        ? saidAt.date
        : ((saidAt ? null : paragraphDay(article, st.start)) ?? article.date);
    // Keyed on where the statement starts, so a rule that finds one statement more does not
    // renumber the others (decisions and links key on it).
    const pledge_id = pledgeId(article.source.id, printedRange(article, st)[0]);
    return [st, ...st.continued].map((passage) => {
      const [start, end] = printedRange(article, passage);
      return {
        pledge_id,
        event_id,
        said_at_event_id: saidAt?.id ?? '',
        date,
        district_code: st.person.districtCode,
        org_zh: st.person.org,
        speaker: st.person.name,
        speaker_printed: st.person.printed ?? '',
        speaker_note: st.person.note ?? '',
        speaker_en: '',
        role: st.person.role,
        role_en: '',
        org_en: '',
        cue: st.cue,
        quote: slice(article, passage),
        start: String(start),
        end: String(end),
        source_id: article.source.id,
      };
    });
  });
}

/**
 * The event a statement's opening sentence says it was made at: an event of the article whose
 * name it contains as the event itself (`在2024重庆国际友好城市合作大会上`), or the one its occasion
 * names (`在发布会上` → the article's 新闻发布会). `null` when it names an occasion the article does
 * not date (`在…大会情况介绍会上`: a briefing about the conference, not the conference);
 * `undefined` when it names none.
 */
function saidAtOf(
  opening: string,
  events: readonly ArticleEvent[],
  before: readonly ArticleEvent[],
): ArticleEvent | null | undefined {
  const named = events.find((e) => {
    if (e.name.length < MIN_EVENT_NAME) return false;
    const at = opening.indexOf(e.name);
    return at >= 0 && EVENT_ITSELF.test(opening.slice(at + e.name.length));
  });
  if (named) return named;
  const m = OCCASION.exec(opening);
  if (!m) return undefined;
  const occasion = (m[1] ?? m[2])!;
  const generic = occasion.replace(/^.*?((?:新闻)?发布会|座谈会|推进会|报告会|论坛|峰会)$/, '$1');
  const fits = (e: ArticleEvent) =>
    e.name === occasion ||
    (occasion.length >= MIN_EVENT_NAME && e.name.endsWith(occasion)) ||
    (occasion === generic && e.name.endsWith(generic));
  return [...before].reverse().find(fits) ?? events.find(fits) ?? null;
}

/** The day that opens a statement's paragraph (`12月23日，…`), when known to the day. */
function paragraphDay(article: Article, at: number): string | null {
  const s = sentenceAt(article, at);
  if (!s) return null;
  const block = article.blocks[s.block]!;
  const head = article.text.slice(block.start).match(/^(?:本报讯[(（][^)）]*[)）])?\s*/)![0].length;
  const d = article.dates.find((x) => x.start === block.start + head);
  return d?.resolved?.precision === 'day' ? d.resolved.start : null;
}

/** Same post, names one character apart, in different articles: one is probably misprinted. */
export function crossArticleNameReview(
  byArticle: readonly { article: Article; people: Map<string, Person> }[],
): ReviewItem[] {
  const out: ReviewItem[] = [];
  // Only people with the same post, surname and name length can be one misprinted person.
  const groups = new Map<string, { sourceId: string; person: Person }[]>();
  for (const { article, people } of byArticle) {
    for (const person of people.values()) {
      const postA = post(person.role);
      if (!postA) continue;
      const key = `${postA}|${person.name[0]}|${person.name.length}`;
      const group = groups.get(key) ?? [];
      for (const other of group) {
        const a = person.name;
        const b = other.person.name;
        if (other.sourceId === article.source.id || a === b) continue;
        if ([...a].filter((c, k) => c !== b[k]).length !== 1) continue;
        const at = article.text.indexOf(a);
        out.push(
          reviewItem(
            article,
            { start: at, end: at + a.length },
            `"${a}" holds the same post (${postA}) as "${b}" in source ${other.sourceId}: one name is probably misprinted`,
          ),
        );
        break; // one flag per person and article is enough
      }
      group.push({ sourceId: article.source.id, person });
      groups.set(key, group);
    }
  }
  return out;
}

/** The post part of a role, without press-spokesman or study-group add-ons. */
function post(role: string): string {
  return role
    .split(/[、，,]/)
    .map((s) => s.trim())
    .filter((s) => s && !/发言人|宣讲团/.test(s))
    .join('、');
}
