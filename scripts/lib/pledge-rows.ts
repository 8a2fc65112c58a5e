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

/**
 * pledges.csv rows of one article. `event_id` is the session the statement responds to: the
 * session its item names most (ties: first), else, when the item speaks of 全会 without
 * numbering it, the article's. `said_at_event_id` is the event named in its opening sentence
 * (在…大会情况介绍会上), else the occasion of the speaker's earlier statement in the article,
 * else the event dated last before it in its item.
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
  const saidAtBySpeaker = new Map<string, ArticleEvent>();
  return statements.map((st) => {
    const [start, end] = printedRange(article, st);
    const piece = article.pieces[st.piece]!;
    const own = mostNamed([piece]);
    const event_id =
      own || (/全会|全体会议/.test(text.slice(piece.start, piece.end)) ? articleSession : '');
    const first = sentenceAt(article, st.start);
    const opening = first ? text.slice(first.start, first.end) : '';
    const before = events.filter((e) => e.at >= piece.start && e.at < piece.end && e.at < st.start);
    const saidAt =
      events.find((e) => e.name.length >= MIN_EVENT_NAME && opening.includes(e.name)) ??
      saidAtBySpeaker.get(st.person.name) ??
      before[before.length - 1];
    if (saidAt && !saidAtBySpeaker.has(st.person.name)) saidAtBySpeaker.set(st.person.name, saidAt);
    const date = saidAt && saidAt.precision === 'day' ? saidAt.date : article.date;
    return {
      // Keyed on where the statement starts, so a rule that finds one statement more does not
      // renumber the others (decisions and links key on it).
      pledge_id: pledgeId(article.source.id, start),
      event_id,
      said_at_event_id: saidAt?.id ?? '',
      date,
      district_code: st.person.districtCode,
      org_zh: st.person.org,
      speaker: st.person.name,
      speaker_printed: '',
      speaker_note: '',
      speaker_en: '',
      role: st.person.role,
      role_en: '',
      org_en: '',
      cue: st.cue,
      quote: slice(article, st),
      start: String(start),
      end: String(end),
      source_id: article.source.id,
    };
  });
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
