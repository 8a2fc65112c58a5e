/**
 * figures.csv: every number in an article that measures something, with what it measures
 * (indicator_zh: the noun phrase around it), whose it is (district, municipality, a named
 * region, a company or a zone), whether it is a target or a reported result, and for which
 * period. What the rules are unsure of goes to review with the row it would have been.
 *
 * Rules (documented in data/README.md, figures.csv); one job per module:
 * - filters.ts: a number needs a unit or a 万/亿 multiplier; ordinals, class labels, short quoted
 *   names, durations, round Chinese counts (两个确立) and thresholds (5万元以下的…) are no
 *   measurements; implausible values, figures printed without a unit and figures about to be
 *   reached (即将突破) go to review.
 * - targets.ts: targets written in words (千亿级, 双倍增, 清零).
 * - indicator.ts: what it measures, from the words around the number.
 * - subject.ts, story.ts: whose it is.
 * - dating.ts: target or result, and for when.
 * - rows.ts: the rows and review items.
 * Anecdotes about a named private person (村民林先继) and loan parameters (loans.csv's) are
 * left out here. Knows nothing about CSV files; districts and pledges come through the context.
 */
import { findQuantities, type Quantity } from '../numbers.ts';
import { NAMED_REGIONS } from '../indicators.ts';
import { dayMentions, periodMentions, type PeriodMention } from '../periods.ts';
import { companies, privatePeople } from '../subjects.ts';
import { isHeading } from '../sentences.ts';
import { compactView, originalRange, sentences, type Span, type TextView } from '../text.ts';
import type { ExtractContext, Extracted, ReviewItem } from '../types.ts';
import {
  dateFigure,
  eventPeriod,
  sentenceScope,
  type Dating,
  type SentenceScope,
} from './dating.ts';
import {
  doubtAbout,
  implausible,
  isLoanParameter,
  isThreshold,
  namesProgramme,
  shortQuoteMask,
  skipReason,
} from './filters.ts';
import { indicatorReader } from './indicator.ts';
import { figureReview, inSourceOrder, type FigureRow } from './rows.ts';
import { lineIndex, MAX_PARAGRAPH_CHARS, spansWithin, type LineIndex } from '../windows.ts';
import { stories } from './story.ts';
import { subjectOf, ZONE_CODE } from './subject.ts';
import { wordTargets, type WordReading } from './targets.ts';

export type { FigureRow } from './rows.ts';
export { ORG_CODE, ZONE_CODE } from './subject.ts';

/** One number read with its label, before whose and when are decided. */
interface Candidate {
  q: Quantity;
  indicator: string;
  doubt: string | null;
  attributeOf: string;
  scaleClass: boolean;
}

/** A scale class is a goal: dated by its sentence's horizon, else its paragraph's, else none. */
function dateClass(
  view: TextView,
  sentence: Span,
  scope: SentenceScope,
  q: Quantity,
  mentions: readonly PeriodMention[],
  date: string,
  lines: LineIndex,
): Dating {
  const dating = dateFigure(view, sentence, scope, q.numberStart, mentions, date);
  if (dating.kind === 'actual' && /已|建成了|形成了/.test(view.text.slice(sentence.start, q.start)))
    return dating;
  const inSentence = spansWithin(mentions, sentence.start, sentence.end).filter((m) => m.forward);
  if (inSentence.length) return { kind: 'target', period: inSentence[0]!.period };
  const paragraphEnd = lines.endOf(sentence.end);
  const years = new Set(
    spansWithin(mentions, scope.paragraphStart, paragraphEnd)
      .filter((m) => m.forward)
      .map((m) => m.period),
  );
  return { kind: 'target', period: years.size === 1 ? [...years][0]! : '' };
}

export function extractFigures(ctx: ExtractContext): Extracted<FigureRow> {
  const view = compactView(ctx.norm);
  const text = view.text;
  const mentions = periodMentions(text, ctx.source.date);
  const quoted = shortQuoteMask(text);
  const people = privatePeople(text);
  const firms = companies(text);
  const story = stories(ctx);
  const days = dayMentions(ctx.norm, ctx.source.date);
  // A horizon set for one district (its secretary's 到2030年) does not date another's target;
  // within one district, or for the municipality, it carries (今后五年 before a list of targets).
  const sameVoice = (at: number) => {
    const own = ctx.districtAt(at)?.code ?? '';
    return (offset: number) => (ctx.districtAt(view.map[offset]!)?.code ?? '') === own;
  };
  const rows: FigureRow[] = [];
  const reviewItems: ReviewItem[] = [];
  // The same fact repeated in another sentence (headline and body) is one figure.
  const seen = new Map<string, number>();
  // Numbers already read from the body (published or held back), for the headlines after it.
  const bodyValues = new Set<string>();

  // Headlines last: a fact the body states is kept from the body's fuller sentence.
  const lines = lineIndex(text);
  const headlines = new Map<Span, boolean>();
  const isHeadline = (s: Span) => {
    let known = headlines.get(s);
    if (known === undefined) {
      const lineStart = lines.startOf(s.start);
      // A heading is short: a line's first MAX_PARAGRAPH_CHARS decide it as well as all of it.
      const lineEnd = Math.min(lines.endOf(s.end), lineStart + MAX_PARAGRAPH_CHARS);
      known = isHeading(text.slice(lineStart, lineEnd));
      headlines.set(s, known);
    }
    return known;
  };
  const all = sentences(view);
  const ordered = [...all.filter((s) => !isHeadline(s)), ...all.filter(isHeadline)];

  for (const sentence of ordered) {
    const body = text.slice(sentence.start, sentence.end);
    const [quoteStart, quoteEnd] = originalRange(view, sentence.start, sentence.end);
    const reader = indicatorReader(text, sentence);
    const scope = sentenceScope(view, sentence, mentions);
    let paragraphMatch: RegExpMatchArray | null | undefined;
    // Looked up once per sentence, and only when a number has no district.
    const paragraphRegion = () => {
      if (paragraphMatch === undefined)
        paragraphMatch = text.slice(scope.paragraphStart, sentence.start).match(NAMED_REGIONS);
      return paragraphMatch;
    };
    const headline = isHeadline(sentence);
    const [paragraphAt] = originalRange(view, scope.paragraphStart, scope.paragraphStart + 1);

    const candidates: Candidate[] = [];
    for (const local of countsInBody(body)) {
      const q: Quantity = {
        ...local,
        start: local.start + sentence.start,
        end: local.end + sentence.start,
        numberStart: local.numberStart + sentence.start,
      };
      // 5万元以下的“空壳村”: a threshold defines what is counted; the clause reads on past it.
      if (isThreshold(q, text)) continue;
      if (skipReason(q, text, quoted) || isLoanParameter(q, text, sentence)) {
        reader.pass(q);
        continue;
      }
      const district = ctx.districtAt(originalRange(view, q.numberStart, q.end)[0]);
      const short = district?.name_zh.replace(/(区|县|土家族.*自治县|苗族.*自治县)$/, '') ?? '';
      const districtNames = district ? [district.name_zh, `${short}县`, `${short}区`, short] : [];
      const reading = reader.read(q, districtNames);
      const indicator = reading.indicator;
      if (!indicator) continue; // a number with nothing named around it describes nothing
      // 大会共形成了5个来自…: a counting word with no noun after it and a verb before it
      // counts nothing named.
      if (/了$/.test(indicator)) continue;
      // 村民林先继贷到20万元, …如今存栏梅花鹿120头: an anecdote about one private person the
      // sentence names measures no place.
      const lead = text.slice(sentence.start, q.start);
      if (people.some((name) => indicator.startsWith(name) || lead.includes(name))) continue;
      reader.remember(q, reading.base);
      candidates.push({ ...reading, q, scaleClass: false });
    }
    for (const w of wordTargets(text, sentence) as WordReading[])
      candidates.push({
        q: w.q,
        indicator: w.indicator,
        doubt: null,
        attributeOf: '',
        scaleClass: w.scaleClass,
      });

    for (const { q, indicator, doubt: labelDoubt, attributeOf, scaleClass } of candidates) {
      const [numberStart, numberEnd] = originalRange(view, q.numberStart, q.end);
      const subject = subjectOf({
        ctx,
        view,
        sentence,
        q,
        indicator,
        district: ctx.districtAt(numberStart),
        firms,
        paragraphRegion,
        attributeOf,
        story: story.subject,
      });
      const dating = scaleClass
        ? dateClass(view, sentence, scope, q, mentions, ctx.source.date, lines)
        : dateFigureAt(view, sentence, scope, q, mentions, ctx.source.date, sameVoice(numberStart));
      // Counted at an event (大会期间…): dated by the event's days, not the article's.
      const { kind, period } =
        dating.kind === 'actual' && dating.period === ctx.source.date
          ? {
              kind: dating.kind,
              period:
                eventPeriod(ctx.norm, paragraphAt, quoteEnd, story.start(quoteStart), days) ??
                dating.period,
            }
          : dating;
      // A zone's name is whose the figure is, not part of what it measures.
      const label =
        subject.code === ZONE_CODE && indicator.startsWith(subject.zh)
          ? indicator.slice(subject.zh.length) || indicator
          : indicator;
      const row: FigureRow = {
        figure_id: `${ctx.source.id}-${numberStart}`,
        subject_code: subject.code,
        subject_zh: subject.zh,
        subject_en: '',
        indicator_zh: label,
        // English comes from the reviewed glossary, applied over all articles in build.ts.
        indicator_en: '',
        value: q.valueText,
        unit: q.unit,
        qualifier: q.qualifier,
        kind,
        period,
        pledge_id: ctx.pledgeAt(numberStart) ?? '',
        value_start: String(numberStart),
        value_end: String(numberEnd),
        quote: ctx.source.text.slice(quoteStart, quoteEnd),
        start: String(quoteStart),
        end: String(quoteEnd),
        source_id: ctx.source.id,
      };
      // A programme's name (千万亩…行动) is its size only when set as a target.
      if (namesProgramme(q, text) && kind !== 'target') continue;
      // By value alone: a headline may count in another word (5位“新朋友” for 5个友城).
      const fact = q.valueText;
      // A headline repeats a number of the body (read first) without its context.
      if (headline && bodyValues.has(fact)) continue;
      bodyValues.add(fact);
      const key = [subject.code, indicator, q.valueText, q.unit, kind, period].join('|');
      if ((seen.get(key) ?? sentence.start) !== sentence.start) continue;
      seen.set(key, sentence.start);
      const problem =
        implausible(q, indicator, subject.code, ctx.source.date) ??
        labelDoubt ??
        (headline ? 'stated only in a headline, which abbreviates: check the label' : null) ??
        doubtAbout(q, indicator, subject, text, sentence);
      if (problem) {
        reviewItems.push(figureReview(row, `${indicator}: ${problem}`));
        continue;
      }
      rows.push(row);
    }
  }
  return { rows: inSourceOrder(rows), review: reviewItems };
}

/**
 * The quantities of a sentence, with `10大特色产业园` read as a count of 10 (an Arabic number
 * before 大 and a noun; Chinese ones, 两大定位, name slogans and stay out).
 */
function countsInBody(body: string): Quantity[] {
  const found = findQuantities(body);
  for (const m of body.matchAll(/(?<![\d.])(\d{1,3})大(?=[\u4e00-\u9fff])/g)) {
    if (found.some((q) => q.start <= m.index && m.index < q.end)) continue;
    found.push({
      value: Number(m[1]),
      valueText: m[1]!,
      unit: '个',
      qualifier: '',
      chinese: false,
      start: m.index,
      end: m.index + m[0].length,
      numberStart: m.index,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function dateFigureAt(
  view: TextView,
  sentence: Span,
  scope: SentenceScope,
  q: Quantity,
  mentions: readonly PeriodMention[],
  date: string,
  sameVoice: (offset: number) => boolean,
): Dating {
  return dateFigure(view, sentence, scope, q.numberStart, mentions, date, sameVoice);
}
