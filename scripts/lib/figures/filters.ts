/**
 * Which numbers are not measurements at all (ordinals, names, durations: skipped) and which
 * readings cannot be true (an area larger than Chongqing: sent to review).
 * Knows nothing about dates or subjects beyond the codes it is handed.
 */
import { CLASSIFIERS, type Quantity } from '../numbers.ts';

/** Chongqing's land area in km² (it is the upper bound for any area inside it). */
export const MUNICIPALITY_AREA_KM2 = 82402;
/** County-level divisions of Chongqing (data/districts.csv). */
export const MUNICIPALITY_DISTRICTS = 38;
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
export function implausible(q: Quantity, indicator: string, subjectCode: string): string | null {
  const inside = /^\d+$/.test(subjectCode); // a district or the municipality, not a wider region
  if (q.unit === '平方公里' && q.value > MUNICIPALITY_AREA_KM2 && inside)
    return `area ${q.valueText} km² is larger than the whole municipality (${MUNICIPALITY_AREA_KM2} km²)`;
  if (q.unit === '%' && q.value > 100 && /比重|占|率|比例/.test(indicator))
    return `share ${q.valueText}% is above 100%`;
  if (q.unit === '个' && /^区县$/.test(indicator) && q.value > MUNICIPALITY_DISTRICTS)
    return `${q.valueText} districts and counties, but Chongqing has ${MUNICIPALITY_DISTRICTS}`;
  if (['人', '名', '户'].includes(q.unit) && q.value > MUNICIPALITY_POPULATION && inside)
    return `${q.valueText} ${q.unit} is more than Chongqing's population (${MUNICIPALITY_POPULATION})`;
  return null;
}
