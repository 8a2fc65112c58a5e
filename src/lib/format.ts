/**
 * Number, unit and qualifier formatting in both languages: 万/亿/万亿 in Chinese, K/M/B or
 * million/billion in English; units like 元, 户, %, 天; qualifiers like 近 (nearly), 超过 (over).
 * Owns: turning a value the data gives into text. Knows nothing about the DOM or the data files.
 */
import type { Lang } from './i18n';

/** How many significant fractional digits a compact number keeps (1.23万, 2.6亿). */
const MAX_FRACTION_DIGITS = 2;
/** English switches from "12,345" to "1.2 million" at this size; Chinese compacts from 万 up. */
const EN_COMPACT_FROM = 1e6;

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export type NumberStyle = 'long' | 'short';

/**
 * A number for reading: zh 2163, 1.2万, 2.6亿, 4万亿; en long 2,163, 260 million, 4 trillion;
 * en short (axes, tight labels) 2.16K, 260M, 4T. Non-finite input gives "–".
 */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = 'long'): string {
  if (!Number.isFinite(value)) return '–';
  // Whole numbers under 1000 read the same in every style: the first screen's counts need no
  // Intl.NumberFormat, whose first construction costs ~20 ms of a phone's main thread.
  if (Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0))
    return String(value);
  if (lang === 'zh') {
    return formatter('zh-CN', {
      notation: 'compact',
      maximumFractionDigits: MAX_FRACTION_DIGITS,
    }).format(value);
  }
  if (style === 'short')
    return formatter('en', {
      notation: 'compact',
      maximumFractionDigits: MAX_FRACTION_DIGITS,
    }).format(value);
  if (Math.abs(value) < EN_COMPACT_FROM)
    return formatter('en', { maximumFractionDigits: MAX_FRACTION_DIGITS }).format(value);
  return formatter('en', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: MAX_FRACTION_DIGITS,
  }).format(value);
}

/** Chinese multiplier prefixes a unit may carry in the data ("万元", "亿元", "万亿元", "万户"). */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
];

/** Splits "亿元" into 1e8 × "元"; a unit without a multiplier comes back with factor 1. */
export function splitUnit(unit: string): { factor: number; base: string } {
  const trimmed = unit.trim();
  for (const [prefix, factor] of MULTIPLIERS) {
    if (trimmed.startsWith(prefix) && trimmed.length > prefix.length)
      return { factor, base: trimmed.slice(prefix.length) };
  }
  return { factor: 1, base: trimmed };
}

/** English names of base units; [singular, plural]. Units not listed are shown as printed. */
const UNIT_EN: Record<string, readonly [string, string]> = {
  元: ['yuan', 'yuan'],
  美元: ['US dollar', 'US dollars'],
  户: ['household', 'households'],
  人: ['person', 'people'],
  人次: ['visit', 'visits'],
  名: ['person', 'people'],
  天: ['day', 'days'],
  个: ['', ''],
  项: ['item', 'items'],
  家: ['firm', 'firms'],
  座: ['', ''],
  所: ['', ''],
  次: ['time', 'times'],
  年: ['year', 'years'],
  公里: ['km', 'km'],
  千米: ['km', 'km'],
  平方公里: ['km²', 'km²'],
  亩: ['mu', 'mu'],
  吨: ['tonne', 'tonnes'],
  万吨: ['tonne', 'tonnes'],
  条: ['', ''],
  区县: ['district', 'districts'],
  城市: ['city', 'cities'],
  倍: ['×', '×'],
  个百分点: ['percentage point', 'percentage points'],
  平方米: ['m²', 'm²'],
  对: ['pair', 'pairs'],
  件: ['item', 'items'],
  位: ['person', 'people'],
  场: ['event', 'events'],
  套: ['set', 'sets'],
  台: ['unit', 'units'],
};

/** Units written without a space after the number in English. */
const TIGHT_UNITS_EN = new Set(['%', '‰', '×']);

/** A unit's name in the interface language (the base unit, without 万/亿). */
export function unitLabel(unit: string, lang: Lang, plural = true): string {
  const { base } = splitUnit(unit);
  if (lang === 'zh') return base;
  const en = UNIT_EN[base];
  if (!en) return base;
  return plural ? en[1] : en[0];
}

/** Where Chinese puts a qualifier: 超过4万亿元, 100余个 (between number and unit), 1000亿元以上. */
type QualifierPlace = 'before' | 'between' | 'after';
/** Chinese qualifiers as printed, with the English word and where each language puts it. */
const QUALIFIERS: Record<string, { en: string; zh: QualifierPlace }> = {
  近: { en: 'nearly', zh: 'before' },
  超过: { en: 'over', zh: 'before' },
  超: { en: 'over', zh: 'before' },
  逾: { en: 'over', zh: 'before' },
  突破: { en: 'over', zh: 'before' },
  迈过: { en: 'past', zh: 'before' },
  余: { en: 'over', zh: 'between' },
  多: { en: 'over', zh: 'between' },
  达到: { en: '', zh: 'before' },
  达: { en: '', zh: 'before' },
  约: { en: 'about', zh: 'before' },
  左右: { en: 'about', zh: 'after' },
  以上: { en: 'over', zh: 'after' },
  以下: { en: 'under', zh: 'after' },
  不低于: { en: 'at least', zh: 'before' },
  不少于: { en: 'at least', zh: 'before' },
  至少: { en: 'at least', zh: 'before' },
  不超过: { en: 'at most', zh: 'before' },
};

/** A scale class as the pipeline writes it in `qualifier` (千亿级, 两大万亿级), with its count. */
const SCALE_CLASS =
  /^(?:([两二三四五六七八九十]|\d{1,2})大)?[一二两三四五六七八九十百千万亿\d]*元?级$/;
const COUNT_DIGITS: Record<string, number> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 两 → 2, 3 → 3: the count printed before a class (两大千亿级). */
function parseCount(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (COUNT_DIGITS[word] ?? null);
}

/** A qualifier's English word ("nearly", "over"); unknown ones are shown as printed. */
export function qualifierLabel(qualifier: string, lang: Lang): string {
  const q = qualifier.trim();
  if (lang === 'zh' || !q) return q;
  return QUALIFIERS[q]?.en ?? q;
}

export interface Quantity {
  /** The number as given in the data (in the unit's multiplier if the unit carries one). */
  value: number;
  /** The unit as printed: "元", "亿元", "户", "%", "" for a bare count. */
  unit: string;
  /** The qualifier as printed: "近", "超过", "" for none. */
  qualifier?: string;
}

/**
 * A figure as a reader says it: zh 超过4万亿元, 近2.6亿元, 2163户, 5%; en over 4 trillion yuan,
 * nearly 260 million yuan, 2,163 households, 5%.
 */
export function formatQuantity(q: Quantity, lang: Lang, style: NumberStyle = 'long'): string {
  const { factor, base } = splitUnit(q.unit);
  const amount = q.value * factor;
  const number = formatNumber(amount, lang, style);
  const qualifier = (q.qualifier ?? '').trim();
  const scaleClass = qualifier.match(SCALE_CLASS);
  if (scaleClass) {
    // 千亿级 is a class, its value the class's lower bound: 千亿级（≥1000亿元）, ≥100 billion yuan class.
    const bound = formatQuantity({ value: q.value, unit: q.unit }, lang, style);
    if (lang === 'zh') return `${qualifier}（≥${bound}）`;
    const count = scaleClass[1] ? parseCount(scaleClass[1]) : null;
    return `${count ? `${count} × ` : ''}≥${bound} class`;
  }
  if (lang === 'zh') {
    const text = `${number}${base}`;
    if (!qualifier) return text;
    const place = QUALIFIERS[qualifier]?.zh ?? 'before';
    if (place === 'between') return `${number}${qualifier}${base}`;
    return place === 'after' ? `${text}${qualifier}` : `${qualifier}${text}`;
  }
  const unit = unitLabel(base, 'en', Math.abs(amount) !== 1);
  const text = !unit ? number : TIGHT_UNITS_EN.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
  const word = qualifierLabel(qualifier, 'en');
  return word ? `${word} ${text}` : text;
}

/** A date from the data (YYYY, YYYY-MM or YYYY-MM-DD) for reading: 2024年5月24日 / 24 May 2024. */
export function formatDate(iso: string, lang: Lang): string {
  const parts = iso.split('-').map(Number);
  const [y, m, d] = parts;
  if (!y || parts.some((p) => !Number.isInteger(p))) return iso;
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${m && d ? `${d}日` : ''}`;
  if (!m) return String(y);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** A date range; a single day when both ends agree. */
export function formatDateRange(from: string, to: string, lang: Lang): string {
  if (!to || to === from) return formatDate(from, lang);
  return `${formatDate(from, lang)}${lang === 'zh' ? '至' : ' – '}${formatDate(to, lang)}`;
}

/** A reporting period: "2024-01/2024-03" → 2024年1月至2024年3月 / Jan 2024 – Mar 2024; a date as formatDate. */
export function formatPeriod(period: string, lang: Lang): string {
  const [from, to] = period.split('/');
  return to ? formatDateRange(from ?? '', to, lang) : formatDate(period, lang);
}

/**
 * A term the pipeline found in Chinese (what a figure measures, whose it is), in the reader's
 * language: the reviewed English (data/glossary.csv, district names) in English, else the Chinese.
 * `lang` is the text's own language, for the element's lang attribute (screen readers, fonts).
 */
export function termText(
  zh: string,
  en: string | undefined,
  lang: Lang,
): { text: string; lang: 'zh-CN' | 'en' } {
  if (lang === 'en' && en) return { text: en, lang: 'en' };
  return { text: zh, lang: 'zh-CN' };
}

/**
 * How many significant digits a number as printed carries: 2.6亿 → 2, 2163 → 4, 0.05 → 1. Trailing
 * zeros of a whole number are not taken as significant (2000户 → 1): a derived value claims no
 * more precision than its inputs surely have. Null when the text holds no digit.
 */
export function significantDigits(printed: string): number | null {
  const m = /\d[\d,，]*(?:\.\d+)?/.exec(
    printed.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)),
  );
  if (!m) return null;
  const text = m[0].replace(/[,，]/g, '');
  const [whole = '', fraction = ''] = text.split('.');
  const digits = (whole + fraction).replace(/^0+/, '');
  const significant = fraction ? digits : digits.replace(/0+$/, '');
  return Math.max(1, significant.length);
}

/** A value rounded to a number of significant digits: (120203.42, 2) → 120000. */
export function roundSignificant(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const step = 10 ** (magnitude - Math.max(1, Math.floor(digits)) + 1);
  return Math.round(value / step) * step;
}
