/**
 * When a figure is for, and whether it is a target or a result (figures.csv `kind`, `period`).
 * Owns the cue words and the scope a sentence inherits from its paragraph. Knows nothing about
 * what a number measures or whose it is.
 */
import type { DayMention, PeriodMention } from '../periods.ts';
import type { Span, TextView } from '../text.ts';
import { firstIndex, paragraphStart, spansWithin } from '../windows.ts';

/** How far back (characters) a forward horizon such as 今后五年 still dates a target. */
const HORIZON_WINDOW_CHARS = 600;

const PAST_CUE =
  /已|累计|截至|去年|同比|目前|成功|取得|实现了|达到了|到了|提出了|共有|过去|建成了|据统计|期间/;
const FORWARD_CUE =
  /力争|目标(?!考核|体系|任务|要求)|提出(?!了)|将(?!至|近)|要(?![求素点闻害务])|计划(?=[引投完新建实开今明全于到在])|预计|争取|确保|迈过|下一步|今后|未来/;
/**
 * A level to hold (保持…稳定在320天以上): a goal, but only where no reported period (今年1-11月)
 * dates the sentence, since 保持增长 also reports.
 */
const HOLD_CUE = /保持(?![了着住])|稳定在/;
/** 将 as in 将X纳入Y ("put X into Y") reports an action rather than announcing one. */
const BA_CONSTRUCTION = /将[^,;]*(纳入|作为|列入|转化为|转变成|打造成|建设成)/;

export interface Dating {
  kind: 'target' | 'actual';
  period: string;
}

/**
 * What dates the figures of one sentence from outside it: the last reported period earlier in
 * the paragraph, and a future horizon set by the paragraph's lead sentence. Computed once per
 * sentence, within a bounded paragraph window (windows.ts).
 */
export interface SentenceScope {
  paragraphStart: number;
  reported: PeriodMention | undefined;
  goal: PeriodMention | undefined;
}

export function sentenceScope(
  view: TextView,
  sentence: Span,
  mentions: readonly PeriodMention[],
): SentenceScope {
  const start = paragraphStart(view.text, sentence.start);
  const earlier = spansWithin(mentions, start, sentence.start);
  // A horizon earlier in the paragraph (到2025年…) does not date the sentences reporting results.
  const reported = earlier.filter((m) => !m.local && !m.forward).at(-1);
  // A goals paragraph: its lead sentence sets a future horizon (到2035年，…要…) for what follows.
  const leadEnd = view.text.slice(start, sentence.start).search(/[。!?]/);
  const goal =
    leadEnd >= 0 ? earlier.find((m) => m.forward && m.end <= start + leadEnd) : undefined;
  return { paragraphStart: start, reported, goal };
}

export function dateFigure(
  view: TextView,
  sentence: Span,
  scope: SentenceScope,
  numberAt: number,
  mentions: readonly PeriodMention[],
  date: string,
  sameVoice: (offset: number) => boolean = () => true,
): Dating {
  const base = Number(date.slice(0, 4));
  const inSentence = spansWithin(mentions, sentence.start, numberAt).filter(
    (m) => !m.local || numberAt - m.end <= 1,
  );
  const mention = inSentence.at(-1) ?? scope.reported;
  const lead = view.text.slice(sentence.start, numberAt);
  const past = PAST_CUE.test(lead);
  const hold = HOLD_CUE.test(lead) && (!mention || /^\d{4}$/.test(mention.period));
  const forward = hold || FORWARD_CUE.test(lead.replace(BA_CONSTRUCTION, ''));
  if (mention && (mention.forward || mention.endYear > base))
    return { kind: 'target', period: mention.period };
  if (mention) {
    const target = forward && !past && mention.endYear >= base;
    return { kind: target ? 'target' : 'actual', period: mention.period };
  }
  if (past) return { kind: 'actual', period: date };
  if (scope.goal) return { kind: 'target', period: scope.goal.period };
  if (forward) {
    const from = firstIndex(mentions, (m) => m.end >= sentence.start - HORIZON_WINDOW_CHARS);
    const to = firstIndex(mentions, (m) => m.end > sentence.start);
    // Another speaker's horizon does not date this one's target.
    const horizon = mentions.slice(from, to).filter((m) => m.forward && sameVoice(m.start));
    return { kind: 'target', period: horizon.at(-1)?.period ?? '' };
  }
  return { kind: 'actual', period: date };
}

/** 大会期间, 活动中, 会上: what follows was counted at one event. */
const EVENT_SCOPE =
  /(大会|会议|活动|论坛|峰会|展会|博览会|交易会|发布会|对接会|座谈会|推介会)(?:期间|上|中)/;

/**
 * The days of the event a count was made at (大会期间，共签署…13项 → the days given for the
 * 大会: 5月22日至23日), or null. The scope may be set earlier in the paragraph; the event's days
 * are those of the first sentence naming it with a date, in its story, else earlier in the
 * article (a report continued under a new headline). Offsets are the original text's.
 */
export function eventPeriod(
  norm: string,
  paragraphStart: number,
  sentenceEnd: number,
  storyStart: number,
  days: readonly DayMention[],
): string | null {
  const scope = norm.slice(paragraphStart, sentenceEnd).match(EVENT_SCOPE);
  if (!scope) return null;
  const before = days.filter((d) => d.start < paragraphStart + scope.index!);
  const named = (d: DayMention) => {
    const from = norm.lastIndexOf('。', d.start) + 1;
    const to = norm.indexOf('。', d.end);
    return norm.slice(from, to < 0 ? norm.length : to).includes(scope[1]!);
  };
  const found =
    before.find((d) => d.start >= storyStart && named(d)) ?? before.find((d) => named(d));
  return found?.period ?? null;
}
