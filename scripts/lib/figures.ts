/**
 * figures.csv: every number in an article that measures something, with what it measures
 * (indicator_zh: the noun phrase around it), whose it is (district, municipality or a named
 * region), whether it is a target or a reported result, and for which period.
 *
 * Rules (documented in data/README.md by the pipeline owner):
 * - A number needs a unit or a 万/亿 multiplier; years, dates and bare codes (“33618”) have none.
 * - Skipped as labels, not measurements: ordinals (第21次), class labels (千亿级), numbers inside
 *   a short quoted name (“15分钟健身圈”), durations (6个月, 4个多小时), and counts written as a
 *   round Chinese numeral with a counting word (两个确立, 四项任务, 千个和美乡村): those name
 *   slogans and programmes. A non-round Chinese count (十九条) is a measurement.
 * - Kind: a period after the article's year, or a forward cue (力争, 目标, 提出, 将, 迈过 …) with
 *   no past cue, makes a target; a reported period or a past cue (已, 累计, 同比 …) an actual.
 * - Kind, further: a level to hold (保持…稳定在…以上) is a target unless a reported span dates
 *   it; a goals paragraph whose lead sentence sets a future horizon dates what follows.
 * - Subject: a region named before the number, else a company named before it in the sentence
 *   (subject_code `org`), else the district from the context, except after a list of districts
 *   or for a count of districts (the municipality). Anecdotes about a named private person
 *   (村民林先继) are left out.
 * - Implausible values (an area larger than the municipality, a share above 100%) become review
 *   items instead of rows.
 * Knows nothing about CSV files; districts and pledges come through the context.
 */
import type { MachineRow } from '../../src/lib/schema.ts';
import { MUNICIPALITY_CODE } from '../../src/lib/schema.ts';
import { isDistrictId, unitsOn } from '../../src/lib/vintages.ts';
import { CLASSIFIERS, findQuantities, type Quantity } from './numbers.ts';
import {
  AFTER_NOUN_STOP,
  CHANGE_WORD,
  counted,
  NAMED_REGIONS,
  respectiveParts,
  stripWords,
} from './indicators.ts';
import { companies, privatePeople } from './subjects.ts';
import { periodMentions, type PeriodMention } from './periods.ts';
import {
  bodyFirst,
  compactView,
  originalRange,
  sentences,
  type Span,
  type TextView,
} from './text.ts';
import type { ExtractContext, Extracted, ReviewItem } from './types.ts';
import { firstIndex, paragraphStart, spansWithin } from './windows.ts';

export type FigureRow = MachineRow<'figures'>;

/** Chongqing's land area in km² (it is the upper bound for any area inside it). */
export const MUNICIPALITY_AREA_KM2 = 82402;
/** Resident population, rounded up (32.1 million at the end of 2023): an upper bound for people. */
export const MUNICIPALITY_POPULATION = 33_000_000;
/** How far back (characters) a forward horizon such as 今后五年 still dates a target. */
const HORIZON_WINDOW_CHARS = 600;
/** A quoted term at most this long is a name (“1小时交通圈”); longer quotes are speech. */
const SHORT_QUOTE_CHARS = 12;
/** A counted noun read after the number is cut here (it runs into the rest of the clause). */
const MAX_AFTER_NOUN_CHARS = 12;

const PAST_CUE =
  /已|累计|截至|去年|同比|目前|成功|取得|实现了|达到了|到了|提出了|共有|过去|建成了|据统计|期间/;
const FORWARD_CUE =
  /力争|目标(?!考核|体系|任务|要求)|提出(?!了)|将(?!至|近)|要(?![求素点闻害务])|计划(?=[引投完新建实开])|预计|争取|确保|迈过|下一步|今后|未来/;
/**
 * A level to hold (保持…稳定在320天以上): a goal, but only where no reported period (今年1-11月)
 * dates the sentence, since 保持增长 also reports.
 */
const HOLD_CUE = /保持(?![了着住])|稳定在/;
/** 将 as in 将X纳入Y ("put X into Y") reports an action rather than announcing one. */
const BA_CONSTRUCTION = /将[^,;]*(纳入|作为|列入|转化为|转变成|打造成|建设成)/;

/** Counting words after which a duration, not a count, follows (6个月, 4个多小时). */
const DURATION_AFTER = /^多?(月|小时|工作日|星期|世纪)/;
/** Characters before a Chinese numeral that make it part of a word (统一, 之一, 第一). */
const WORD_BEFORE_CHINESE = /[统唯之万单同专逐初第]/;

const CLAUSE_DELIMITER = /[,:;()、!?—“]/;

/** Marks characters inside a short quoted term (“1小时交通圈”), which names rather than counts. */
function shortQuoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(/“([^“”\n]*)”/g)) {
    if (m[1]!.length > SHORT_QUOTE_CHARS) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = 1;
  }
  return mask;
}

function isRound(value: number): boolean {
  return /^[1-9]0*$/.test(String(value));
}

function skipReason(q: Quantity, text: string, quoted: Uint8Array): string | null {
  const before = text[q.numberStart - 1] ?? '';
  const after = text.slice(q.end, q.end + 4);
  if (before === '第') return 'ordinal';
  if (after.startsWith('级')) return 'class label';
  if (quoted[q.numberStart]) return 'name in quotes';
  if (q.unit === '个' && DURATION_AFTER.test(after)) return 'duration';
  if (q.chinese) {
    if (WORD_BEFORE_CHINESE.test(before)) return 'part of a word';
    if (q.value === 1) return 'indefinite article (一名, 一天)';
    if (!q.unit) return 'no unit';
    if ((CLASSIFIERS as readonly string[]).includes(q.unit) && isRound(q.value))
      return 'list counter or programme name';
  }
  return null;
}

interface Dating {
  kind: 'target' | 'actual';
  period: string;
}

/**
 * What dates the figures of one sentence from outside it: the last reported period earlier in
 * the paragraph, and a future horizon set by the paragraph's lead sentence. Computed once per
 * sentence, within a bounded paragraph window (windows.ts).
 */
interface SentenceScope {
  paragraphStart: number;
  reported: PeriodMention | undefined;
  goal: PeriodMention | undefined;
}

function sentenceScope(view: TextView, sentence: Span, mentions: readonly PeriodMention[]) {
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

function dateFigure(
  view: TextView,
  sentence: Span,
  scope: SentenceScope,
  numberAt: number,
  mentions: readonly PeriodMention[],
  date: string,
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
    const horizon = mentions.slice(from, to).filter((m) => m.forward);
    return { kind: 'target', period: horizon.at(-1)?.period ?? '' };
  }
  return { kind: 'actual', period: date };
}

/**
 * 城口、巫溪、酉阳、彭水4个…, 万州区和开州区共有…: a number after a list of two or more
 * districts in its clause measures them together, so no one of them is its subject. 分别
 * pairs each district with its own number and is left to districtAt.
 */
function listsDistricts(ctx: ExtractContext, view: TextView, sentence: Span, q: Quantity): boolean {
  let from = sentence.start;
  for (let i = q.numberStart - 1; i >= sentence.start; i--) {
    if (/[,:;()!?“”]/.test(view.text[i]!)) {
      from = i + 1;
      break;
    }
  }
  const clause = view.text.slice(from, q.numberStart);
  if (!/[、和及与]/.test(clause) || clause.includes('分别')) return false;
  const [start, end] = originalRange(view, from, q.numberStart);
  return ctx.districtsIn(start, end).length >= 2;
}

/** subject_code of a figure about a company, whose name is subject_zh. */
export const ORG_CODE = 'org';

/**
 * A company named earlier in the sentence is the subject of its figures (马上消费已自主研发出
 * 900余套…), unless a district or region is named after it, closer to the number.
 */
function companyBefore(
  ctx: ExtractContext,
  view: TextView,
  sentence: Span,
  q: Quantity,
  firms: readonly string[],
): string | null {
  const lead = view.text.slice(sentence.start, q.numberStart);
  let best: { name: string; end: number } | null = null;
  for (const name of firms) {
    const at = lead.lastIndexOf(name);
    if (at >= 0 && (!best || at + name.length > best.end)) best = { name, end: at + name.length };
  }
  if (!best) return null;
  if (NAMED_REGIONS.test(lead.slice(best.end))) return null;
  const [start, end] = originalRange(view, sentence.start + best.end, q.numberStart);
  return ctx.districtsIn(start, end).length ? null : best.name;
}

function review(ctx: ExtractContext, start: number, end: number, reason: string): ReviewItem {
  return {
    dataset: 'figures',
    source_id: ctx.source.id,
    start,
    end,
    quote: ctx.source.text.slice(start, end),
    reason,
  };
}

function implausible(q: Quantity, indicator: string, subjectCode: string, date: string) {
  // A district or the municipality, not a wider region; the county-level units in force then.
  const inside = isDistrictId(subjectCode) || subjectCode === MUNICIPALITY_CODE;
  const units = unitsOn(date).max;
  if (q.unit === '平方公里' && q.value > MUNICIPALITY_AREA_KM2 && inside)
    return `area ${q.valueText} km² is larger than the whole municipality (${MUNICIPALITY_AREA_KM2} km²)`;
  if (q.unit === '%' && q.value > 100 && /比重|占|率|比例/.test(indicator))
    return `share ${q.valueText}% is above 100%`;
  if (q.unit === '个' && /^区县$/.test(indicator) && q.value > units)
    return `${q.valueText} districts and counties, but Chongqing has ${units}`;
  if (['人', '名', '户'].includes(q.unit) && q.value > MUNICIPALITY_POPULATION && inside)
    return `${q.valueText} ${q.unit} is more than Chongqing's population (${MUNICIPALITY_POPULATION})`;
  return null;
}

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
    let previousIndicator = '';
    // The last indicator per unit: "160条…其中80条" repeats what the earlier 条 counted.
    const indicatorByUnit = new Map<string, string>();
    let previousEnd = -1;
    let respective: { parts: string[]; index: number; qualifier: string } | null = null;
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
      const previous = previousEnd;
      const gap = previous >= 0 ? text.slice(previous, q.start) : null;
      previousEnd = q.end;
      if (skipReason(q, text, quoted)) continue;

      const [numberStart, numberEnd] = originalRange(view, q.numberStart, q.end);
      const district = ctx.districtAt(numberStart);
      const short = district?.name_zh.replace(/(区|县|土家族.*自治县|苗族.*自治县)$/, '') ?? '';
      const districtNames = district ? [district.name_zh, `${short}县`, `${short}区`, short] : [];

      // The clause before the number: from the last delimiter or the previous number.
      // Only the last 40 characters can matter (the clause is cut there below).
      let clauseStart = sentence.start;
      for (let i = q.start - 1; i >= Math.max(sentence.start, q.start - 41); i--) {
        if (CLAUSE_DELIMITER.test(text[i]!)) {
          clauseStart = i + 1;
          break;
        }
      }
      clauseStart = Math.max(clauseStart, previous, q.start - 40);
      const clause = text.slice(clauseStart, q.start);
      let indicator = stripWords(clause, districtNames);
      const after = text.slice(q.end, Math.min(q.end + 30, sentence.end)).replace(/^的/, '');
      const quotedName = after.match(/^“([^”]{1,12})”/);
      const nounAfter = after.split(AFTER_NOUN_STOP)[0] ?? '';
      const afterNoun = quotedName
        ? quotedName[1]!
        : counted(nounAfter, after.slice(nounAfter.length));

      if (clause.includes('分别')) {
        const parts = respectiveParts(text.slice(sentence.start, q.start), districtNames);
        respective = parts.length ? { parts, index: 0, qualifier: q.qualifier } : null;
        if (respective) indicator = respective.parts[0]!;
      } else if (respective && gap !== null && /^[、和及与]$/.test(gap)) {
        respective.index++;
        indicator = respective.parts[respective.index] ?? indicator;
        // 分别迈过4万亿元、12万元: the qualifier before the first number covers the list.
        if (!q.qualifier) q.qualifier = respective.qualifier;
      } else {
        respective = null;
        const counted = (CLASSIFIERS as readonly string[]).includes(q.unit);
        const people = ['户', '人', '名'].includes(q.unit);
        if (afterNoun && (counted || indicator.length <= 2 || (people && indicator.length <= 2)))
          indicator = afterNoun.slice(0, MAX_AFTER_NOUN_CHARS);
        if (CHANGE_WORD.test(indicator) && previousIndicator)
          indicator = previousIndicator + indicator;
        // "增长6.1%，达到3.01万亿元": an empty clause continues the indicator before it.
        if (!indicator) indicator = indicatorByUnit.get(q.unit) ?? previousIndicator;
      }
      if (!indicator) continue; // a number with nothing named around it describes nothing
      // 大会共形成了5个来自…: a counting word with no noun after it and a verb before it
      // counts nothing named.
      if (/了$/.test(indicator)) continue;
      // 村民林先继贷到20万元: an anecdote about one private person measures no place.
      if (people.some((name) => indicator.startsWith(name))) continue;
      indicatorByUnit.set(q.unit, indicator);
      previousIndicator = indicator.replace(/(同比|年均)?(增长|下降|增速|增幅)$/, '') || indicator;

      // A region named earlier in the paragraph stays the subject ("…；今年上半年GDP同比增长3.3%")
      // unless the passage is about a district.
      const region =
        body.slice(0, q.start - sentence.start).match(NAMED_REGIONS) ??
        (district ? null : paragraphRegion());
      // A count of districts (4个国家乡村振兴重点帮扶县) is about the municipality, not the
      // last district listed before it.
      const countsDistricts = q.unit === '个' && /(区县|县|区)$/.test(indicator);
      const own = countsDistricts || listsDistricts(ctx, view, sentence, q) ? null : district;
      const company = region ? null : companyBefore(ctx, view, sentence, q, firms);
      const subject_code = region
        ? region[0]
        : company
          ? ORG_CODE
          : (own?.code ?? MUNICIPALITY_CODE);
      const subject_zh = region ? region[0] : (company ?? own?.name_zh ?? '重庆市');
      const [rangeStart, rangeEnd] = originalRange(view, q.start, q.end);
      const problem = implausible(q, indicator, subject_code, ctx.source.date);
      if (problem) {
        reviewItems.push(review(ctx, rangeStart, rangeEnd, `${indicator}: ${problem}`));
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
      const key = [subject_code, indicator, q.valueText, q.unit, kind, period].join('|');
      if ((seen.get(key) ?? sentence.start) !== sentence.start) continue;
      // A headline repeats a number of the body (read first) without its context.
      const headline = text[sentence.start] === '#';
      if (headline && rows.some((r) => r.value === q.valueText && r.unit === q.unit)) continue;
      seen.set(key, sentence.start);
      rows.push({
        figure_id: `${ctx.source.id}-${numberStart}`,
        subject_code,
        subject_zh,
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
  rows.sort(
    (a, b) =>
      a.source_id.localeCompare(b.source_id) ||
      Number(a.figure_id.split('-').at(-1)) - Number(b.figure_id.split('-').at(-1)),
  );
  return { rows, review: reviewItems };
}
