/**
 * figures.csv: every number in an article that measures something, with what it measures
 * (indicator_zh: the noun phrase around it), whose it is (district, municipality or a named
 * region), whether it is a target or a reported result, and for which period.
 *
 * Rules (documented in data/README.md, figures.csv); one job per module:
 * - filters.ts: a number needs a unit or a 万/亿 multiplier; ordinals, class labels, short quoted
 *   names, durations and round Chinese counts (两个确立) are no measurements; implausible values
 *   go to review.
 * - indicator.ts: what it measures, from the words around the number.
 * - subject.ts: whose it is (region, company, district, municipality).
 * - dating.ts: target or result, and for when.
 * - rows.ts: the rows and review items.
 * Anecdotes about a named private person (村民林先继) are left out here.
 * Knows nothing about CSV files; districts and pledges come through the context.
 */
import { findQuantities, type Quantity } from '../numbers.ts';
import { NAMED_REGIONS } from '../indicators.ts';
import { periodMentions } from '../periods.ts';
import { companies, privatePeople } from '../subjects.ts';
import { bodyFirst, compactView, originalRange, sentences } from '../text.ts';
import type { ExtractContext, Extracted, ReviewItem } from '../types.ts';
import { dateFigure, sentenceScope } from './dating.ts';
import { implausible, shortQuoteMask, skipReason } from './filters.ts';
import { indicatorReader } from './indicator.ts';
import { figureReview, inSourceOrder, type FigureRow } from './rows.ts';
import { subjectOf } from './subject.ts';

export type { FigureRow } from './rows.ts';
export { ORG_CODE } from './subject.ts';

export function extractFigures(ctx: ExtractContext): Extracted<FigureRow> {
  const view = compactView(ctx.norm);
  const text = view.text;
  const mentions = periodMentions(text, ctx.source.date);
  const quoted = shortQuoteMask(text);
  const people = privatePeople(text);
  const firms = companies(text);
  const rows: FigureRow[] = [];
  const reviewItems: ReviewItem[] = [];
  // The same fact repeated in another sentence (headline and body) is one figure.
  const seen = new Map<string, number>();

  for (const sentence of bodyFirst(view, sentences(view))) {
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

    for (const local of findQuantities(body)) {
      const q: Quantity = {
        ...local,
        start: local.start + sentence.start,
        end: local.end + sentence.start,
        numberStart: local.numberStart + sentence.start,
      };
      if (skipReason(q, text, quoted)) {
        reader.pass(q);
        continue;
      }
      const [numberStart, numberEnd] = originalRange(view, q.numberStart, q.end);
      const district = ctx.districtAt(numberStart);
      const short = district?.name_zh.replace(/(区|县|土家族.*自治县|苗族.*自治县)$/, '') ?? '';
      const districtNames = district ? [district.name_zh, `${short}县`, `${short}区`, short] : [];
      const indicator = reader.read(q, districtNames);
      if (!indicator) continue; // a number with nothing named around it describes nothing
      // 大会共形成了5个来自…: a counting word with no noun after it and a verb before it
      // counts nothing named.
      if (/了$/.test(indicator)) continue;
      // 村民林先继贷到20万元: an anecdote about one private person measures no place.
      if (people.some((name) => indicator.startsWith(name))) continue;
      reader.remember(q, indicator);

      const subject = subjectOf({
        ctx,
        view,
        sentence,
        q,
        indicator,
        district,
        firms,
        paragraphRegion,
      });
      const [rangeStart, rangeEnd] = originalRange(view, q.start, q.end);
      const problem = implausible(q, indicator, subject.code);
      if (problem) {
        reviewItems.push(figureReview(ctx, rangeStart, rangeEnd, `${indicator}: ${problem}`));
        continue;
      }
      const { kind, period } = dateFigure(
        view,
        sentence,
        scope,
        q.numberStart,
        mentions,
        ctx.source.date,
      );
      const key = [subject.code, indicator, q.valueText, q.unit, kind, period].join('|');
      if ((seen.get(key) ?? sentence.start) !== sentence.start) continue;
      // A headline repeats a number of the body (read first) without its context.
      const headline = text[sentence.start] === '#';
      if (headline && rows.some((r) => r.value === q.valueText && r.unit === q.unit)) continue;
      seen.set(key, sentence.start);
      rows.push({
        figure_id: `${ctx.source.id}-${numberStart}`,
        subject_code: subject.code,
        subject_zh: subject.zh,
        subject_en: '',
        indicator_zh: indicator,
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
      });
    }
  }
  return { rows: inSourceOrder(rows), review: reviewItems };
}
