/**
 * Quantities in Chinese news text: `近2.6亿元`, `21亿余元`, `3.03万户`, `十九条`, `50%左右`.
 * Owns: numerals (Arabic, full-width after normalisation, Chinese), multipliers (万/亿/万亿),
 * units and qualifiers. Decimal strings are scaled by moving the decimal point on the digit
 * string, never by floating-point multiplication, so 1285.26亿 is exactly 128526000000.
 * Knows nothing about what a number describes (see figures.ts).
 */
import { normalizeText } from './text.ts';

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Parses a Chinese numeral (`十九`, `两`, `三千`, `一万二千`, `二〇二七` read digit by digit)
 * or an Arabic one (`1,285.26`). Returns null when the string is not a numeral.
 */
export function parseChineseNumber(input: string): number | null {
  const s = normalizeText(input.trim());
  if (s === '') return null;
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (![...s].every((c) => c in CHINESE_DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return null;
  // Digit-by-digit form (二〇二七): no positional characters; two digits (三四) mean "3 or 4".
  if ([...s].every((c) => c in CHINESE_DIGITS) && (s.length > 2 || /[〇零]/.test(s)))
    return Number([...s].map((c) => CHINESE_DIGITS[c]).join(''));
  let total = 0; // completed 亿 sections
  let section = 0; // completed 万 section within the current 亿
  let group = 0; // below 万
  let digit: number | null = null;
  for (const c of s) {
    if (c in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 三四
      digit = CHINESE_DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      // 十 alone means ten (十九 = 19).
      group += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
    } else {
      const unit = BIG_UNITS[c]!;
      const value = group + (digit ?? 0);
      if (unit === 1e8) {
        total = (total + section + value) * 1e8;
        section = 0;
      } else {
        section = (section + (value === 0 && section === 0 ? 1 : value)) * 1e4;
      }
      group = 0;
      digit = null;
    }
  }
  return total + section + group + (digit ?? 0);
}

/**
 * Multiplies a decimal string by 10^power exactly and returns the result as a plain decimal
 * string without exponent (`scaleDecimal('1285.26', 8)` → `'128526000000'`).
 */
export function scaleDecimal(decimal: string, power: number): string {
  const clean = decimal.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(clean)) throw new Error(`not a decimal number: ${decimal}`);
  const [whole, fraction = ''] = clean.split('.') as [string, string?];
  let digits = whole + fraction;
  let point = whole.length + power; // position of the decimal point in `digits`
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  let intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  let fracPart = digits.slice(point).replace(/0+$/, '');
  if (intPart === '') intPart = '0';
  if (fracPart === '') fracPart = '';
  return fracPart ? `${intPart}.${fracPart}` : intPart;
}

/** Formats a number without exponent (CSV values): 4e12 → "4000000000000". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Qualifiers written before the number (longest first so 超过 wins over 超). */
export const PREFIX_QUALIFIERS = ['超过', '突破', '迈过', '力争', '接近', '近', '约', '超', '逾'];
/** Qualifiers written between the multiplier and the unit (21亿余元) or after the unit. */
export const INFIX_QUALIFIERS = ['余', '多'];
export const SUFFIX_QUALIFIERS = ['以上', '左右', '以下', '以内'];

/** Units that measure something (money, people, area, time spans counted in days, shares). */
export const MEASURE_UNITS = [
  '平方公里',
  '平方米',
  '立方米',
  '公顷',
  '个百分点',
  '千瓦时',
  '千瓦',
  '公里',
  '美元',
  '元',
  '%',
  '户',
  '人次',
  '标箱',
  '人',
  '名',
  '天',
  '亩',
  '吨',
  '米',
] as const;
/** Counting words (classifiers): the thing counted usually follows (113个项目, 12家餐厅). */
export const CLASSIFIERS = [
  '个',
  '项',
  '家',
  '条',
  '件',
  '套',
  '对',
  '场',
  '次',
  '座',
  '所',
  '台',
  '辆',
  '位',
  '批',
  '款',
  '张',
  '头',
  '株',
  '棵',
  '艘',
  '架',
  '处',
  '栋',
  '列',
  '倍',
] as const;
const MULTIPLIERS: Record<string, number> = { 万亿: 12, 亿: 8, 万: 4 };

export interface Quantity {
  /** The value in the base unit (亿元 → 元), exact for decimal inputs. */
  value: number;
  /** The same value as an exact decimal string without exponent. */
  valueText: string;
  /** Base unit: 元, 户, 天, %, 个 … ('' when the text gives only a multiplier: 2000亿). */
  unit: string;
  /** 近, 约, 超, 余, 以上 … joined with "," when more than one; '' when none. */
  qualifier: string;
  /** The numeral as printed was Chinese (十九) rather than Arabic. */
  chinese: boolean;
  /** Offsets of the whole match (qualifiers included) in the string searched. */
  start: number;
  end: number;
  /** Offsets of the numeral itself. */
  numberStart: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const alternatives = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const ARABIC = String.raw`\d+(?:,\d{3}(?!\d))*(?:\.\d+)?`;
/** Chinese numerals: must start with a digit, 十, 百 or 千 (万元田, 亿元 alone are not numbers). */
const CHINESE = '[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*';
const UNITS = [...MEASURE_UNITS, ...CLASSIFIERS];

export const QUANTITY_PATTERN = new RegExp(
  String.raw`(${alternatives(PREFIX_QUALIFIERS)})?` +
    String.raw`(?<![\d.零〇一二两三四五六七八九十百千万亿])(${ARABIC}|${CHINESE})` +
    String.raw`(${alternatives(INFIX_QUALIFIERS)})?(万亿|亿|万)?(${alternatives(INFIX_QUALIFIERS)})?` +
    String.raw`(${alternatives(UNITS)})?` +
    String.raw`(${alternatives(INFIX_QUALIFIERS)})?(${alternatives(SUFFIX_QUALIFIERS)})?`,
  'g',
);

function toQuantity(m: RegExpExecArray | RegExpMatchArray, offset: number): Quantity | null {
  const [whole, prefix, numeral, preMultiplier, multiplier, infix, unit, postUnit, suffix] = m;
  if (!numeral) return null;
  if (!unit && !multiplier) return null; // a bare number (year, code, list label) is no quantity
  const chinese = !/^\d/.test(numeral);
  let valueText: string;
  if (chinese) {
    const parsed = parseChineseNumber(numeral);
    if (parsed === null) return null;
    valueText = scaleDecimal(String(parsed), multiplier ? MULTIPLIERS[multiplier]! : 0);
  } else {
    valueText = scaleDecimal(numeral, multiplier ? MULTIPLIERS[multiplier]! : 0);
  }
  const qualifier = [prefix, preMultiplier, infix, postUnit, suffix].filter(Boolean).join(',');
  const start = offset + (m.index ?? 0);
  return {
    value: Number(valueText),
    valueText,
    unit: unit ?? '',
    qualifier,
    chinese,
    start,
    end: start + whole.length,
    numberStart: start + (prefix?.length ?? 0),
  };
}

/** Every quantity in a (normalised) string, in order of appearance. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY_PATTERN)) {
    const q = toQuantity(m, 0);
    if (q) out.push(q);
  }
  return out;
}

/** Parses one quantity that makes up the whole string (`近2.6亿元`), or null. */
export function parseQuantity(text: string): Quantity | null {
  const norm = normalizeText(text.trim());
  const found = findQuantities(norm);
  const q = found[0];
  return found.length === 1 && q && q.start === 0 && q.end === norm.length ? q : null;
}
