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
import { addDays, findDates, resolveDate } from './dates.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { compactView, originalRange, sentences, type Span, type TextView } from './text.ts';
import type { ExtractContext, Extracted, ReviewItem } from './types.ts';

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

/** Partner cities listed without a signing: `友好城市遍布五大洲，既有德国杜塞尔多夫市，也有捷克布尔诺市`. */
const LISTED =
  /(?<kind>友好交流城市|友好交往城市|(?:国际)?友好城市|(?:国际)?友城)(?!合作|大会|活动|总数|数量)[^。;]{0,24}?(?:既有|包括|其中有|如|有)(?<list>[^。;]+)/g;

function relationOf(kind: string): 'sister' | 'friendly_exchange' | null {
  if (/友好交往|友好交流/.test(kind)) return 'friendly_exchange';
  if (
    /缔结友城|缔结友好城市|友好城市关系|结好|结为友好城市|姐妹城市|^(?:国际)?(?:友好城市|友城)$/.test(
      kind,
    )
  )
    return 'sister';
  return null;
}

/**
 * Cities a sentence lists as partners (`…友好城市…既有德国杜塞尔多夫市，也有捷克布尔诺市`): each item
 * must name its country and end in 市, so a list of anything else is no pairing. No date.
 */
function listedCities(
  sentence: string,
): { index: number; groups: { list: string; kind: string } }[] {
  const out: { index: number; groups: { list: string; kind: string } }[] = [];
  for (const m of sentence.matchAll(LISTED)) {
    const items = m.groups!.list!.split(/[、,，]|也有|还有|以及|和|及/).map((x) => x.trim());
    const cities = items.filter((x) => countryPrefix(x) && /市$/.test(x));
    if (!cities.length) continue;
    out.push({ index: m.index, groups: { list: cities.join('、'), kind: m.groups!.kind! } });
  }
  return out;
}

/**
 * The day a sentence's own date names (`5月22日`, `2024年5月22日`), resolved against the article
 * date; `unresolved` when it names one the article's date cannot place (`12月22日` in an article
 * dated only to the year).
 */
function explicitDate(text: string, articleDate: string): string | 'unresolved' | null {
  const mentions = findDates(text).filter((m) => m.relativeDay === undefined);
  const m = mentions.find((d) => d.day !== undefined) ?? mentions[0];
  if (!m) return null;
  const resolved = resolveDate(m, articleDate);
  return resolved ? resolved.start : 'unresolved';
}

/** The date of the first sentence that gives a day and names the event (大会, 会议). */
function eventDate(view: TextView, spans: readonly Span[], date: string): string | null {
  for (const s of spans) {
    const text = view.text.slice(s.start, s.end);
    if (!/大会|会议/.test(text)) continue;
    const found = explicitDate(text, date);
    if (found && found !== 'unresolved' && /^\d{4}-\d{2}-\d{2}$/.test(found)) return found;
  }
  return null;
}

/**
 * A pairing's date: the sentence's own (a day, or a year: 1982年), else one relative to the
 * conference (大会前一天, 开幕当天); '' when the text gives none (no date is invented), and
 * `unresolved` when it gives one the article's date cannot place.
 */
function dateOf(sentence: string, event: string | null, articleDate: string): string {
  const explicit = explicitDate(sentence, articleDate);
  if (explicit) return explicit;
  const year = sentence.match(/((?:19|20)\d{2})年/);
  if (year) return year[1]!;
  const relative = /(?:大会|会议)?前一天|当天|当日/.exec(sentence);
  if (!relative) return '';
  if (!event) return 'unresolved';
  return /前一天/.test(relative[0]) ? addDays(event, -1) : event;
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
  const review: ReviewItem[] = [];
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
      ...listedCities(sentence),
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
        const unresolved = date === 'unresolved';
        // The city's own span (as printed) inside the match: what tells the rows of one
        // sentence apart.
        const at = Math.max(0, sentence.indexOf(name.city, m.index));
        const [valueStart, valueEnd] = originalRange(
          view,
          span.start + at,
          span.start + at + name.city.length,
        );
        const row: SisterCityRow = {
          city_zh: city,
          // The name as printed, beside the corrected city_zh, when a reviewed correction changed it.
          city_zh_printed: correction ? name.city : '',
          city_en,
          country_zh: name.country,
          country_en,
          relation,
          date: unresolved ? '' : date,
          value_start: String(valueStart),
          value_end: String(valueEnd),
          quote: ctx.source.text.slice(start, end),
          start: String(start),
          end: String(end),
          source_id: ctx.source.id,
        };
        // A date the article's own date cannot place (前一天 of an undated conference, 12月22日
        // in an article known only to its year) is not guessed: the row waits for a person.
        if (unresolved)
          review.push({
            dataset: 'sister_cities',
            source_id: ctx.source.id,
            start,
            end,
            at: row.value_start,
            quote: row.quote,
            reason: `the pairing with ${city} is dated in words the article's date (${ctx.source.date || 'unknown'}) cannot place`,
            candidate: row,
          });
        else rows.push(row);
      }
    }
  }
  rows.sort(
    (a, b) =>
      a.source_id.localeCompare(b.source_id) ||
      Number(a.start) - Number(b.start) ||
      a.city_zh.localeCompare(b.city_zh),
  );
  return { rows, review, warnings };
}

const SISTER_TERM = /(?:国际)?友城|(?:国际)?友好城市|姐妹城市/g;
const EXCHANGE_TERM = /友好交流城市|友好交往城市/g;
/** A term that is part of a name (国际友好城市合作大会, 友城青年文化互鉴活动) counts nothing. */
const TERM_IN_NAME =
  /^(?:合作|大会|活动|主题|工作|代表|嘉宾|青年|美食|友谊|交流活动|论坛|关系协议)/;
/** Words that make a count a stock (how many partners there are), not this year's additions. */
const STOCK_CUE =
  /总数|累计|共有|共与|已与|已达|已有|已经|已结|已建|已缔|现有|拥有|达到|扩大到|扩大至|增至|增加到|增长到|突破|至今|迄今|目前|截至|先后与/;
/** A count of what one event or year added (大会期间…缔结正式友城2对, 新增友城3个) is no total. */
const INCREMENT_CUE = /期间|此次|本次|这次|其中|新增|新缔结|新建立|新结|又与|今年新|当天|当日/;
/** What a count may count: partner cities, not countries, guests or delegations. */
const NOT_CITIES =
  /^(?:国家|省|州|地区|区县|大洲|洲|位|名|人|批|项|场|次|份|条|家企业|代表|嘉宾|来宾)/;
/** Guests from partner cities at an event: `来自31个国家48个友好城市的嘉宾`. */
const GUESTS = /来自|嘉宾|来宾|代表团|参会|出席|与会/;

interface Totals {
  sister: string;
  exchange: string;
  span: Span;
}

interface Term {
  kind: 'sister' | 'exchange';
  start: number;
  end: number;
}

/** Every sister-city / friendly-exchange term of a sentence that is not part of a name. */
function termsIn(text: string): Term[] {
  const out: Term[] = [];
  for (const [re, kind] of [
    [EXCHANGE_TERM, 'exchange'],
    [SISTER_TERM, 'sister'],
  ] as const)
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (TERM_IN_NAME.test(text.slice(end))) continue;
      if (out.some((t) => m.index < t.end && end > t.start)) continue;
      out.push({ kind, start: m.index, end });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** A count of partner cities: 个 or 对 (座, 家 as some reports write), never of countries or guests. */
function cityCount(text: string, q: Quantity): boolean {
  if (!['个', '对', '座', '家'].includes(q.unit)) return false;
  if (q.chinese && Number(q.valueText) < 10) return false; // 两个, 三对: words, not totals
  return !NOT_CITIES.test(text.slice(q.end));
}

/**
 * A sentence stating how many partner cities Chongqing has (a stock, with a cue such as 总数,
 * 已与, 扩大到, 截至), never what one conference added nor a count of guests. Each count takes
 * its term: the one it runs into (54个城市结为友好城市), else the nearest before it in its clause
 * (国际友城“朋友圈”扩大到56个); two counts after two terms pair up in order (友好城市和友好交流
 * 城市分别达到56个、129个 / 54对和125对).
 */
function totalsIn(view: TextView, span: Span): Totals | null {
  const text = view.text.slice(span.start, span.end);
  if (!STOCK_CUE.test(text) || GUESTS.test(text)) return null;
  const terms = termsIn(text);
  if (!terms.length) return null;
  const counts = findQuantities(text).filter((q) => cityCount(text, q));
  if (!counts.length) return null;
  let sister = '';
  let exchange = '';
  const take = (kind: Term['kind'], q: Quantity) => {
    // A count of additions in its own clause (其中…缔结正式友城2对) is not the stock.
    const clause = text.slice(Math.max(0, text.lastIndexOf(',', q.start) + 1), q.end);
    if (INCREMENT_CUE.test(clause)) return;
    if (kind === 'sister' && !sister) sister = q.valueText;
    if (kind === 'exchange' && !exchange) exchange = q.valueText;
  };
  const before = terms.filter((t) => t.end <= counts[0]!.start);
  const kinds = new Set(before.map((t) => t.kind));
  const paired =
    counts.length >= 2 &&
    kinds.size === 2 &&
    /^(?:[个对座家]?)(?:和|、|,|与|及)$/.test(
      text.slice(counts[0]!.end, counts[1]!.numberStart).replace(/[个对座家]$/, ''),
    );
  if (paired || (text.includes('分别') && counts.length >= 2 && kinds.size === 2)) {
    const order = [...new Map(before.map((t) => [t.kind, t.start])).entries()]
      .sort((a, b) => a[1] - b[1])
      .map(([k]) => k);
    take(order[0]!, counts[0]!);
    take(order[1]!, counts[1]!);
  } else {
    for (const q of counts) {
      // The term it runs into (54个城市结为友好城市), else the nearest before it in its clause.
      const via = /^[\u4e00-\u9fff]{0,4}?(?:结为|结成|建立|缔结)了?/.exec(text.slice(q.end));
      const after = terms.find(
        (t) => t.start === q.end || (via !== null && t.start === q.end + via[0].length),
      );
      const clauseStart = Math.max(0, text.lastIndexOf(';', q.start) + 1);
      const prior = terms.filter((t) => t.end <= q.start && t.start >= clauseStart).at(-1);
      const term = after ?? prior;
      if (term) take(term.kind, q);
    }
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
