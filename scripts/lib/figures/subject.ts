/**
 * Whose a figure is (figures.csv `subject_code`, `subject_zh`): a named region, a company, a
 * district or the municipality. Knows nothing about what the number measures or when.
 */
import { MUNICIPALITY_CODE } from '../../../src/lib/schema.ts';
import { NAMED_REGIONS } from '../indicators.ts';
import type { Quantity } from '../numbers.ts';
import { originalRange, type Span, type TextView } from '../text.ts';
import type { DistrictRef, ExtractContext } from '../types.ts';

/** subject_code of a figure about a company, whose name is subject_zh. */
export const ORG_CODE = 'org';

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
}

export function subjectOf(input: SubjectInput): Subject {
  const { ctx, view, sentence, q, indicator, district, firms } = input;
  const body = view.text.slice(sentence.start, q.start);
  // A region named earlier in the paragraph stays the subject ("…；今年上半年GDP同比增长3.3%")
  // unless the passage is about a district.
  const region = body.match(NAMED_REGIONS) ?? (district ? null : input.paragraphRegion());
  if (region) return { code: region[0], zh: region[0] };
  const company = companyBefore(ctx, view, sentence, q, firms);
  if (company) return { code: ORG_CODE, zh: company };
  // A count of districts (4个国家乡村振兴重点帮扶县) is about the municipality, not the
  // last district listed before it.
  const countsDistricts = q.unit === '个' && /(区县|县|区)$/.test(indicator);
  const own = countsDistricts || listsDistricts(ctx, view, sentence, q) ? null : district;
  return own ? { code: own.code, zh: own.name_zh } : { code: MUNICIPALITY_CODE, zh: '重庆市' };
}
