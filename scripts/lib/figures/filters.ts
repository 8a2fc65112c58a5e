/**
 * Which numbers are not measurements at all (ordinals, names, durations: skipped) and which
 * readings cannot be true (an area larger than Chongqing: sent to review).
 * Knows nothing about dates or subjects beyond the codes it is handed.
 */
import { MUNICIPALITY_CODE } from '../../../src/lib/schema.ts';
import { isDistrictId, unitsOn } from '../../../src/lib/vintages.ts';
import { CLASSIFIERS, type Quantity } from '../numbers.ts';
import type { Span } from '../text.ts';

/** Chongqing's land area in km² (it is the upper bound for any area inside it). */
export const MUNICIPALITY_AREA_KM2 = 82402;
/** Resident population, rounded up (32.1 million at the end of 2023): an upper bound for people. */
export const MUNICIPALITY_POPULATION = 33_000_000;
/** A quoted term at most this long is a name (“1小时交通圈”); longer quotes are speech. */
const SHORT_QUOTE_CHARS = 12;

/** Counting words after which a duration, not a count, follows (6个月, 4个多小时). */
const DURATION_AFTER = /^多?(月|小时|工作日|星期|世纪)/;
/** Characters before a Chinese numeral that make it part of a word (统一, 之一, 第一). */
const WORD_BEFORE_CHINESE = /[统唯之万单同专逐初第]/;

/** Marks characters inside a short quoted term (“1小时交通圈”), which names rather than counts. */
export function shortQuoteMask(text: string): Uint8Array {
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

/** Why a number is no measurement at all (no row, no review item), or null. */
export function skipReason(q: Quantity, text: string, quoted: Uint8Array): string | null {
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

/** Why a reading cannot be true (it goes to review instead of figures.csv), or null. */
export function implausible(
  q: Quantity,
  indicator: string,
  subjectCode: string,
  date: string,
): string | null {
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

/**
 * 年集体经营性收入5万元以下的“空壳村”: a number with 以下/以上/以内 before 的 sets a threshold
 * that defines the thing counted after it; it measures nothing itself.
 */
export function isThreshold(q: Quantity, text: string): boolean {
  return /以下|以上|以内/.test(q.qualifier) && text[q.end] === '的';
}

/**
 * “富民贷”设立时最高可贷20万元: a per-borrower ceiling is a loan programme's parameter, which
 * loans.csv holds (with the year it applied); figures.csv does not repeat it.
 */
export function isLoanParameter(q: Quantity, text: string, sentence: Span): boolean {
  const body = text.slice(sentence.start, sentence.end);
  if (!/贷/.test(body)) return false;
  let from = q.start;
  while (from > sentence.start && !/[,;:。!?]/.test(text[from - 1]!)) from--;
  return /最高|最多|上限|额度/.test(text.slice(from, q.start));
}

/**
 * 千万亩高标准农田改造提升行动: a round Chinese amount right before a programme's name (…行动,
 * …计划, …工程) names the programme; it is the programme's size only where the sentence sets
 * it as a target.
 */
export function namesProgramme(q: Quantity, text: string): boolean {
  return (
    q.chinese &&
    isRound(q.value) &&
    /^[^,;:。、()]{0,14}?(行动|计划|工程)/.test(text.slice(q.end, q.end + 16))
  );
}

/** Labels that say too little out of their sentence (20余场活动 → 活动: of what?). */
const GENERIC_LABEL =
  /^(?:举办|开展|组织|形成|取得|达成|推出)?(?:各类|各种|多项|多个|一批|系列)?(活动|成果|项目|企业|平台|城市|国家|区县|单位|人员|事项|机构|载体)$/;
/** A venue smaller than a district (美食街, 小镇): counts there are not the district's. */
const VENUE = /美食街|步行街|街区|小镇|商圈/;
const VENUE_WINDOW_CHARS = 150;

/** About to be reached (经济总量即将突破700亿元): neither a target nor a result. */
const IMMINENT = /(即将|有望|行将|眼看)[\u4e00-\u9fff]{0,2}$/;
/** A label that names a goal (年度总目标) says nothing about what is measured. */
const GOAL_LABEL = /(目标|任务)$/;

/** Why a reading is not publishable as it stands (it goes to review), or null. */
export function doubtAbout(
  q: Quantity,
  indicator: string,
  subject: { code: string; zh: string },
  text: string,
  sentence: Span,
): string | null {
  if (subject.code === 'unknown')
    return subject.zh
      ? `a figure of a ${subject.zh} that is not named: whose is it?`
      : 'a page continuation of a story not in this article: whose figure is it?';
  if (!q.unit) return `printed without a unit (${q.valueText}): not publishable as read`;
  if (IMMINENT.test(text.slice(sentence.start, q.start)))
    return 'about to be reached: neither a target nor a result';
  if (GOAL_LABEL.test(indicator)) return 'the label names a goal, not what is measured';
  if (GENERIC_LABEL.test(indicator))
    return `the label (${indicator}) says too little out of its sentence`;
  // Back to the last full stop: a layout line break may split the sentence naming the venue.
  const from = Math.max(0, q.start - VENUE_WINDOW_CHARS);
  const lead = text.slice(from, q.start);
  const venue = lead.slice(lead.search(/[。!?][^。!?]*$/) + 1).match(VENUE);
  if (venue && isDistrictId(subject.code))
    return `counted in a ${venue[0]}, not across the whole ${subject.zh}`;
  return null;
}
