/**
 * Whose a figure is (figures.csv `subject_code`, `subject_zh`): a named region, a company, a
 * district or the municipality. Knows nothing about what the number measures or when.
 */
import { MUNICIPALITY_CODE } from '../../../src/lib/schema.ts';
import { NAMED_REGIONS } from '../indicators.ts';
import type { Quantity } from '../numbers.ts';
import { originalRange, type Span, type TextView } from '../text.ts';
import { MAX_PARAGRAPH_CHARS } from '../windows.ts';
import type { DistrictRef, ExtractContext } from '../types.ts';

/** subject_code of a figure about a company, whose name is subject_zh. */
export const ORG_CODE = 'org';
/** subject_code of a figure about a park or zone inside a district (李渡园区, 合川高新区). */
export const ZONE_CODE = 'zone';

/** Parks and zones: their figures are not the whole district's. */
const ZONE = /(高新区|经开区|开发区|工业园区|园区|产业园|工业园)/g;
/** Words before a zone's name when it is where a figure is: 在, 其中 … (or the clause start). */
const LOCUS_WORD = /(在|于|位于|其中|对|推动|依托|支持)$/;
/** Words before a zone noun that are no part of its name (推动高新区…, 全市园区). */
const NOT_A_ZONE_NAME =
  /(推动|推进|建设|打造|依托|发展|加快|支持|提升|创建|建好|壮大|聚焦|围绕|全区|全市|全县|各|该|本|国家级|市级|省级)$/;

export interface Subject {
  code: string;
  zh: string;
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

/**
 * The zone a figure is about: named in its clause before the number, where the counted things
 * are (在合川高新区已集聚…, 开州高新区内的…, 其中李渡园区工业产值…) — not one name in a list of
 * projects (…、宝能食品产业园等) — or the noun the figure describes (…建成区面积20平方公里的
 * 国家级高新区). Named as printed with the place before it; a bare 高新区 takes its district's
 * name (a district has one); a bare 园区 names no zone ('' name: review).
 */
function zoneOf(
  ctx: ExtractContext,
  view: TextView,
  sentence: Span,
  q: Quantity,
  attributeOf: string,
  district: DistrictRef | null,
): { name: string } | null {
  let from = q.numberStart;
  while (from > sentence.start && !/[,;:。!?]/.test(view.text[from - 1]!)) from--;
  const clause = view.text.slice(from, q.numberStart);
  let last: RegExpMatchArray | undefined;
  for (const m of clause.matchAll(ZONE)) last = m;
  let before: string;
  let noun: string;
  if (last) {
    // A district named after the zone, closer to the number, is the subject instead.
    const [s, e] = originalRange(view, from + last.index! + last[0].length, q.numberStart);
    if (ctx.districtsIn(s, e).length) return null;
    before = clause.slice(0, last.index);
    noun = last[1]!;
  } else {
    const m = attributeOf.match(/(高新区|经开区|开发区|工业园区|园区|产业园|工业园)$/);
    if (!m) return null;
    before = attributeOf.slice(0, m.index);
    noun = m[1]!;
  }
  // The name: what follows a locus word (在合川 → 合川), or the whole clause when that is short.
  let name: string | null = null;
  for (let n = 0; n <= Math.min(4, before.length - 1) && name === null; n++)
    if (LOCUS_WORD.test(before.slice(0, before.length - n))) name = before.slice(before.length - n);
  if (name === null) {
    if (last && before.length > 4) return null; // a name inside a longer phrase: not where it is
    name = before;
  }
  const short = (d: DistrictRef | null | undefined) =>
    d?.name_zh.replace(/(区|县|土家族.*自治县|苗族.*自治县)$/, '') ?? '';
  const own = short(district);
  if (own && name.endsWith(own)) return { name: own + noun };
  if (name.length >= 2 && !NOT_A_ZONE_NAME.test(name) && !/[的在于和与及是将已]/.test(name))
    return { name: name + noun };
  // A district has one 高新区, 经开区 or 工业园区: a bare one is its district's.
  if (/^(高新区|经开区|工业园区)$/.test(noun) && own) return { name: own + noun };
  return { name: '' };
}

/**
 * A figure inside a quotation belongs to whoever the words after the quotation name: a company
 * (“…预计今年可实现3亿元的年度总目标。”位于…的重庆安瑞光电有限公司…) or a district's office.
 */
function quotedFor(
  ctx: ExtractContext,
  view: TextView,
  q: Quantity,
  firms: readonly string[],
): Subject | null {
  const text = view.text;
  // A quotation lies within its paragraph: searched that far either side, since a search of the
  // whole text for every figure was quadratic on a long article with no quotation marks.
  const from = Math.max(0, q.start - MAX_PARAGRAPH_CHARS);
  const before = text.slice(from, q.start);
  const openAt = before.lastIndexOf('“');
  if (openAt < 0 || before.lastIndexOf('”') > openAt || before.slice(openAt).includes('\n'))
    return null;
  const closeAt = text.slice(q.end, q.end + MAX_PARAGRAPH_CHARS).indexOf('”');
  const close = closeAt < 0 ? -1 : q.end + closeAt;
  if (close < 0 || text.slice(q.end, close).includes('\n')) return null;
  let end = close + 1;
  while (end < text.length && end < close + 40 && !/[。!?\n]/.test(text[end]!)) end++;
  const attribution = text.slice(close + 1, end);
  const firm = firms.find((f) => attribution.includes(f));
  if (firm) return { code: ORG_CODE, zh: firm };
  const [s, e] = originalRange(view, close + 1, end);
  const named = ctx.districtsIn(s, e);
  return named.length === 1 ? { code: named[0]!.code, zh: named[0]!.name_zh } : null;
}

export interface SubjectInput {
  ctx: ExtractContext;
  view: TextView;
  sentence: Span;
  q: Quantity;
  indicator: string;
  district: DistrictRef | null;
  firms: readonly string[];
  /** A region named earlier in the paragraph (looked up lazily: only when no district). */
  paragraphRegion: () => RegExpMatchArray | null;
  /** The noun phrase the number describes (…的国家级高新区), or ''. */
  attributeOf: string;
  /** The subject of the story the passage belongs to (story.ts). */
  story: (offset: number) => Subject | null;
}

/** Whose a figure is; `unknown` when it is a zone's that the article does not name. */
export type SubjectOrUnknown = Subject | { code: 'unknown'; zh: string };

export function subjectOf(input: SubjectInput): SubjectOrUnknown {
  const { ctx, view, sentence, q, indicator, firms } = input;
  const body = view.text.slice(sentence.start, q.start);
  const quoted = quotedFor(ctx, view, q, firms);
  if (quoted?.code === ORG_CODE) return quoted;
  const district: DistrictRef | null = quoted
    ? { code: quoted.code, name_zh: quoted.zh }
    : input.district;
  // A region named earlier in the paragraph stays the subject ("…；今年上半年GDP同比增长3.3%")
  // unless the passage is about a district.
  const region = body.match(NAMED_REGIONS) ?? (district ? null : input.paragraphRegion());
  // A region the district list holds as a unit of its own (两江新区 where the boundaries in
  // force make it one) is that unit.
  if (region && district?.name_zh === region[0])
    return { code: district.code, zh: district.name_zh };
  if (region) return { code: region[0], zh: region[0] };
  const company = companyBefore(ctx, view, sentence, q, firms);
  if (company) return { code: ORG_CODE, zh: company };
  const zone = zoneOf(ctx, view, sentence, q, input.attributeOf, district);
  if (zone) return zone.name ? { code: ZONE_CODE, zh: zone.name } : { code: 'unknown', zh: '园区' };
  // A count of districts (4个国家乡村振兴重点帮扶县) is about the municipality, not the
  // last district listed before it.
  const countsDistricts = q.unit === '个' && /(区县|县|区)$/.test(indicator);
  if (countsDistricts || listsDistricts(ctx, view, sentence, q))
    return { code: MUNICIPALITY_CODE, zh: '重庆市' };
  if (district) return { code: district.code, zh: district.name_zh };
  const [at] = originalRange(view, q.numberStart, q.end);
  return input.story(at) ?? { code: MUNICIPALITY_CODE, zh: '重庆市' };
}
