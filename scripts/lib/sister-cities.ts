/**
 * Chongqing's partner cities: sister_cities.csv (one row per named pairing) and
 * sister_city_totals.csv (how many partners Chongqing had at a date, from articles and from
 * data/reference/sister-city-totals.csv).
 *
 * Rules: a pairing is a signed agreement that creates one (与X市签署缔结友城协议 → sister;
 * 与X市签署友好交往合作关系协议 → friendly_exchange; X市与重庆市结好 → sister). Other agreements
 * (四方协议, 合作协议) create no pairing. Dates: the sentence's own date (5月22日, 1982年) or a
 * relative one (大会前一天, 开幕当天) resolved against the dated sentence that names the event.
 * Knows nothing about CSV files.
 */
import type { MachineRow } from '../../src/lib/schema.ts';
import { findCorrection } from './corrections.ts';
import { CITIES, COUNTRIES, countryPrefix } from './gazetteer.ts';
import { findQuantities } from './numbers.ts';
import { compactView, originalRange, sentences, type Span, type TextView } from './text.ts';
import type { ExtractContext, Extracted } from './types.ts';

export type SisterCityRow = MachineRow<'sisterCities'>;
export type SisterCityTotalRow = MachineRow<'sisterCityTotals'>;

export interface SisterCityResult extends Extracted<SisterCityRow> {
  /** Cities or countries missing from the gazetteer, cities without a date. */
  warnings: string[];
}

const SIGNING = /与(?<list>[^,;。与]+?)(?:正式)?(?:签署|签订|缔结)了?(?<kind>[^,;。]{0,12}?)协议/g;
const BOND = /(?<list>[^,;。与]+?)与重庆市?(?<kind>结好|结为友好城市|结为友好交流城市)/g;
/** 重庆与X市结为友好城市 / 与X市建立友好交流城市关系 (no agreement named). */
const JOIN =
  /与(?<list>[^,;。与]+?)(?:正式)?(?<kind>结为友好城市|结为友好交流城市|结为姐妹城市|结好|建立友好城市关系|建立友好交流城市关系|缔结友好城市关系)(?!协议)/g;

function relationOf(kind: string): 'sister' | 'friendly_exchange' | null {
  if (/友好交往|友好交流/.test(kind)) return 'friendly_exchange';
  if (/缔结友城|缔结友好城市|友好城市关系|结好|结为友好城市|姐妹城市/.test(kind)) return 'sister';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** M月D日 in a sentence, in the article's year (or the year before, for a later month). */
function explicitDate(text: string, articleDate: string): string | null {
  const m = text.match(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/);
  if (!m || !articleDate) return null;
  const articleYear = Number(articleDate.slice(0, 4));
  const month = Number(m[2]);
  const year = m[1]
    ? Number(m[1])
    : month > Number(articleDate.slice(5, 7))
      ? articleYear - 1
      : articleYear;
  return `${year}-${pad(month)}-${pad(Number(m[3]))}`;
}

/** The date of the first sentence that gives a date and names the event (大会, 会议). */
function eventDate(view: TextView, spans: readonly Span[], date: string): string | null {
  for (const s of spans) {
    const text = view.text.slice(s.start, s.end);
    if (!/大会|会议/.test(text)) continue;
    const found = explicitDate(text, date);
    if (found) return found;
  }
  return null;
}

function dateOf(sentence: string, event: string | null, articleDate: string): string {
  const explicit = explicitDate(sentence, articleDate);
  if (explicit) return explicit;
  const year = sentence.match(/((?:19|20)\d{2})年/);
  if (year) return year[1]!;
  if (event && /(大会|会议)?前一天/.test(sentence)) return addDays(event, -1);
  if (event && /当天|当日/.test(sentence)) return event;
  return '';
}

interface CityName {
  city: string;
  country: string;
}

/** 埃塞俄比亚的斯亚贝巴市 → { country: 埃塞俄比亚, city: 斯亚贝巴 }. */
function splitCity(item: string): CityName | null {
  const clean = item.replace(/^(重庆市?|我市)?(又|便|还|也)?/, '').trim();
  const country = countryPrefix(clean) ?? '';
  const city = clean.slice(country.length).replace(/^的/, '').replace(/市$/, '').trim();
  if (!city || /[A-Za-z]/.test(city) || /集团|公司|队|大学|学院|协会/.test(city)) return null;
  return { city, country };
}

export function extractSisterCities(ctx: ExtractContext): SisterCityResult {
  const view = compactView(ctx.norm);
  const spans = sentences(view);
  const event = eventDate(view, spans, ctx.source.date);
  const rows: SisterCityRow[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();

  for (const span of spans) {
    const sentence = view.text.slice(span.start, span.end);
    const [start, end] = originalRange(view, span.start, span.end);
    const date = dateOf(sentence, event, ctx.source.date);
    const matches = [
      ...sentence.matchAll(SIGNING),
      ...sentence.matchAll(BOND),
      ...sentence.matchAll(JOIN),
    ];
    for (const m of matches) {
      const relation = relationOf(m.groups!.kind!);
      if (!relation) continue;
      for (const item of m.groups!.list!.split(/[、和及]/)) {
        const name = splitCity(item);
        if (!name) continue;
        const correction = findCorrection(
          ctx.corrections,
          'sister_cities',
          ctx.source.id,
          name.city,
        );
        const city = correction?.corrected ?? name.city;
        const key = `${city}|${relation}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const city_en = CITIES[city] ?? '';
        const country_en = COUNTRIES[name.country] ?? '';
        if (!city_en) warnings.push(`${ctx.source.id}: city ${city} is not in gazetteer.ts`);
        if (!country_en)
          warnings.push(`${ctx.source.id}: no known country before ${city} (gazetteer.ts)`);
        if (!date) warnings.push(`${ctx.source.id}: no date for the pairing with ${city}`);
        // The city's own span (as printed) inside the match: what tells the rows of one
        // sentence apart.
        const at = Math.max(0, sentence.indexOf(name.city, m.index));
        const [valueStart, valueEnd] = originalRange(
          view,
          span.start + at,
          span.start + at + name.city.length,
        );
        rows.push({
          city_zh: city,
          // The name as printed, beside the corrected city_zh, when a reviewed correction changed it.
          city_zh_printed: correction ? name.city : '',
          city_en,
          country_zh: name.country,
          country_en,
          relation,
          date,
          value_start: String(valueStart),
          value_end: String(valueEnd),
          quote: ctx.source.text.slice(start, end),
          start: String(start),
          end: String(end),
          source_id: ctx.source.id,
        } as SisterCityRow);
      }
    }
  }
  rows.sort(
    (a, b) =>
      a.source_id.localeCompare(b.source_id) ||
      Number(a.start) - Number(b.start) ||
      a.city_zh.localeCompare(b.city_zh),
  );
  return { rows, review: [], warnings };
}

const SISTER_TERM = /(?:国际)?友城|友好城市/;
const EXCHANGE_TERM = /友好交流城市|友好交往城市/;
const TOTAL_CUE = /总数|累计|共有|达到|已达|已与/;

interface Totals {
  sister: string;
  exchange: string;
  span: Span;
}

/** 国际友城和友好交流城市总数…分别达到56个、129个 → 56 and 129. */
function totalsIn(view: TextView, span: Span): Totals | null {
  const text = view.text.slice(span.start, span.end);
  if (!TOTAL_CUE.test(text) || /来自|嘉宾|代表/.test(text)) return null;
  const counts = findQuantities(text).filter((q) => q.unit === '个' && !q.chinese);
  if (!counts.length) return null;
  const sisterAt = text.search(SISTER_TERM);
  const exchangeAt = text.search(EXCHANGE_TERM);
  let sister = '';
  let exchange = '';
  if (text.includes('分别') && counts.length >= 2 && sisterAt >= 0 && exchangeAt >= 0) {
    [sister, exchange] =
      sisterAt < exchangeAt
        ? [counts[0]!.valueText, counts[1]!.valueText]
        : [counts[1]!.valueText, counts[0]!.valueText];
  } else {
    // Each count takes the term right after it (54个城市结为友好城市) or right before it
    // (友好交流城市129个).
    counts.forEach((q, i) => {
      // The term after counts only when the count runs straight into it (54个城市结为…).
      const rest = text.slice(q.end, counts[i + 1]?.start ?? text.length).slice(0, 12);
      const after = /^[\u4e00-\u9fff]/.test(rest) ? rest : '';
      const before = text.slice(Math.max(counts[i - 1]?.end ?? 0, q.start - 8), q.start);
      const kind = EXCHANGE_TERM.test(after)
        ? 'exchange'
        : SISTER_TERM.test(after)
          ? 'sister'
          : EXCHANGE_TERM.test(before)
            ? 'exchange'
            : SISTER_TERM.test(before)
              ? 'sister'
              : null;
      if (kind === 'exchange' && !exchange) exchange = q.valueText;
      if (kind === 'sister' && !sister) sister = q.valueText;
    });
  }
  return sister || exchange ? { sister, exchange, span } : null;
}

const AS_OF =
  /截至(今年|去年|(?:19|20)\d{2}年)?(?:(\d{1,2})月(?:(\d{1,2})日)?(?:底|末|份)?|年?(?:底|末))/;

/** 截至2023年底 → 2023-12, 截至9月末 → <year>-09, 截至5月20日 → <year>-05-20; else null. */
export function asOfIn(sentence: string, articleDate: string): string | null {
  const m = sentence.match(AS_OF);
  if (!m) return null;
  const base = Number(articleDate.slice(0, 4));
  const year =
    !m[1] || m[1] === '今年' ? base : m[1] === '去年' ? base - 1 : Number(m[1].slice(0, 4));
  const pad = (n: string) => n.padStart(2, '0');
  if (m[3]) return `${year}-${pad(m[2]!)}-${pad(m[3])}`;
  return `${year}-${m[2] ? pad(m[2]) : '12'}`;
}

/**
 * Totals from the articles (as of the day a 截至 phrase in the sentence names; else the latest
 * pairing dated before the sentence; else the article's date) and from the reference series; a reference row repeating an article's row
 * is left out.
 */
export function sisterCityTotals(
  ctxs: readonly ExtractContext[],
  reference: readonly Record<string, string>[],
): SisterCityTotalRow[] {
  const rows: SisterCityTotalRow[] = [];
  for (const ctx of ctxs) {
    const view = compactView(ctx.norm);
    const pairings = extractSisterCities(ctx).rows;
    for (const span of sentences(view)) {
      const totals = totalsIn(view, span);
      if (!totals) continue;
      const [start, end] = originalRange(view, span.start, span.end);
      const dates = pairings
        .filter((p) => Number(p.start) < start && /^\d{4}-\d{2}-\d{2}$/.test(p.date))
        .map((p) => p.date)
        .sort();
      rows.push({
        as_of:
          asOfIn(view.text.slice(span.start, span.end), ctx.source.date) ??
          dates.at(-1) ??
          ctx.source.date,
        sister_cities: totals.sister,
        friendly_exchange_cities: totals.exchange,
        source_id: ctx.source.id,
        source_url: '',
        quote: ctx.source.text.slice(start, end),
        start: String(start),
        end: String(end),
      });
    }
  }
  for (const ref of reference) {
    const row: SisterCityTotalRow = {
      as_of: (ref.as_of ?? '').trim(),
      sister_cities: (ref.sister_cities ?? '').trim(),
      friendly_exchange_cities: (ref.friendly_exchange_cities ?? '').trim(),
      source_id: 'reference',
      source_url: /^https?:\/\//.test(ref.source_url ?? '') ? ref.source_url!.trim() : '',
      quote: '',
      start: '',
      end: '',
    };
    const repeated = rows.some(
      (r) =>
        r.as_of === row.as_of &&
        r.sister_cities === row.sister_cities &&
        r.friendly_exchange_cities === row.friendly_exchange_cities,
    );
    if (!repeated) rows.push(row);
  }
  return rows.sort(
    (a, b) => a.as_of.localeCompare(b.as_of) || a.source_id.localeCompare(b.source_id),
  );
}
