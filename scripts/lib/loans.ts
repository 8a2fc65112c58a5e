/**
 * Rural credit programmes (“富民贷”, 脱贫人口小额信贷): loans.csv (amounts lent, households
 * reached, the most one household may borrow, districts in the scheme) and loan_coverage.csv
 * (which district joined when: first loan, pilot, coverage).
 *
 * Rules: a programme is a quoted name ending in 贷 or a noun ending in 小额信贷; a sentence
 * belongs to the programme named last before its number, in the sentence or earlier in the
 * paragraph. An amount needs a lending verb (发放, 投放, 累计发放): what one farmer borrowed in a
 * story (林先继贷到20万元) is no programme figure. `最高…N万元` is the per-household ceiling;
 * `设立时` dates it to the year the programme was launched (推出/设立 in the same article).
 * Knows nothing about CSV files.
 */
import type { MachineRow } from '../../src/lib/schema.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { periodMentions, type PeriodMention } from './periods.ts';
import {
  bodyFirst,
  compactView,
  originalRange,
  sentences,
  type Span,
  type TextView,
} from './text.ts';
import type { ExtractContext, Extracted } from './types.ts';
import { firstIndex, paragraphStart, spansWithin } from './windows.ts';

export type LoanRow = MachineRow<'loans'>;
export type LoanCoverageRow = MachineRow<'loanCoverage'>;

export interface DistrictName {
  code: string;
  name_zh: string;
  former_name_zh?: string;
}

/** A programme: a quoted name ending in 贷 (any quote marks), or a noun ending in 小额信贷. */
const PROGRAMME = /[“"「『‘']([^“”"「」『』‘’']{1,8}贷)[”"」』’']|([\u4e00-\u9fff]{2,6}小额信贷)/g;
/** What one borrower got (向养殖户陈某发放…, 为该户发放…): a story, not the programme's lending. */
const ONE_BORROWER =
  /(?:向|为|给|帮助?)([^,;。]{0,10}?)(?:村民|农户|农民|养殖户|种植户|大户|户主|经营户|个体户|某|该户|一户|1户|其|他|她)[^,;。]{0,14}$/;
/** 向4120户农户发放: a count of borrowers makes it the programme's lending again. */
const COUNTED = /[\d两三四五六七八九十百千万余多批]|全|各|广大/;
const LENDING_VERB = /发放|投放|放贷|累计发放|贷款余额|授信/;
const LAUNCH = /推出|设立|创设|启动|开办/;

interface Named {
  name: string;
  at: number;
}

function programmesIn(text: string): Named[] {
  const quoted = [...text.matchAll(PROGRAMME)].map((m) => ({
    name: (m[1] ?? m[2])!,
    at: m.index,
  }));
  // A programme the article names in quotes is the same programme where printed bare
  // (该县富民贷累计投放…).
  const bare: Named[] = [];
  for (const name of new Set(quoted.map((q) => q.name)))
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!quoted.some((q) => at >= q.at && at <= q.at + name.length + 1)) bare.push({ name, at });
  return [...quoted, ...bare].sort((a, b) => a.at - b.at);
}

/** The programme a position belongs to: named last before it in its paragraph. */
function programmeAt(view: TextView, named: readonly Named[], at: number): string | null {
  const last = named[firstIndex(named, (n) => n.at >= at) - 1];
  return last && last.at >= paragraphStart(view.text, at - 1) ? last.name : null;
}

/** Year each programme was launched, from a sentence such as `2021年…推出了“富民贷”产品`. */
function launchYears(view: TextView, spans: readonly Span[], date: string): Map<string, string> {
  const years = new Map<string, string>();
  for (const s of spans) {
    const text = view.text.slice(s.start, s.end);
    if (!LAUNCH.test(text)) continue;
    const year = periodMentions(text, date).find((m) => /^\d{4}$/.test(m.period));
    if (!year) continue;
    for (const p of programmesIn(text)) if (!years.has(p.name)) years.set(p.name, year.period);
  }
  return years;
}

function periodFor(
  view: TextView,
  sentence: Span,
  at: number,
  mentions: readonly PeriodMention[],
): string | null {
  const from = paragraphStart(view.text, sentence.start);
  const before = spansWithin(mentions, from, at).filter((m) => !m.local);
  return before.at(-1)?.period ?? null;
}

function indicatorOf(q: Quantity, before: string, after: string): string | null {
  if (q.unit === '元' && /最高/.test(before)) return 'max_per_household';
  if (q.unit === '元' && LENDING_VERB.test(before)) {
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('，')) + 1);
    const one = ONE_BORROWER.exec(clause);
    return one && !COUNTED.test(one[1]!) ? null : 'amount';
  }
  if (q.unit === '户' || q.unit === '人') return q.unit === '户' ? 'households' : 'people';
  // 扩大到了38个区县 / 在…4个国家乡村振兴重点帮扶县开展试点: districts in the scheme.
  if (
    q.unit === '个' &&
    /^[^,;]{0,12}?(区县|县)/.test(after) &&
    /试点|覆盖|扩大|推广/.test(before + after)
  )
    return 'districts';
  return null;
}

export function extractLoans(ctx: ExtractContext): Extracted<LoanRow> {
  const view = compactView(ctx.norm);
  const spans = sentences(view);
  const named = programmesIn(view.text);
  const mentions = periodMentions(view.text, ctx.source.date);
  const launched = launchYears(view, spans, ctx.source.date);
  const rows: LoanRow[] = [];
  const seen = new Set<string>();

  for (const span of bodyFirst(view, spans)) {
    const sentence = view.text.slice(span.start, span.end);
    const [start, end] = originalRange(view, span.start, span.end);
    for (const local of findQuantities(sentence)) {
      const at = span.start + local.start;
      const programme = programmeAt(view, named, at);
      if (!programme) continue;
      const stop = view.text.slice(span.start, at + 1).lastIndexOf('。');
      const clauseStart = stop >= 0 ? span.start + stop + 1 : span.start;
      const clause = view.text.slice(clauseStart, at);
      const after = view.text.slice(span.start + local.end, span.end);
      const indicator = indicatorOf(local, sentence.slice(0, local.start), after);
      if (!indicator) continue;
      // "设立时最高可贷20万元": the ceiling when the programme was launched.
      const period = /设立时|推出时|创设时/.test(clause)
        ? (launched.get(programme) ?? ctx.source.date)
        : (periodFor(view, span, at, mentions) ?? ctx.source.date);
      const key = [programme, indicator, local.valueText].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const [valueStart, valueEnd] = originalRange(
        view,
        span.start + local.numberStart,
        span.start + local.end,
      );
      rows.push({
        program: programme,
        period,
        indicator,
        value: local.valueText,
        unit: local.unit,
        qualifier: local.qualifier,
        value_start: String(valueStart),
        value_end: String(valueEnd),
        quote: ctx.source.text.slice(start, end),
        start: String(start),
        end: String(end),
        source_id: ctx.source.id,
      });
    }
  }
  rows.sort(
    (a, b) =>
      a.source_id.localeCompare(b.source_id) ||
      a.program.localeCompare(b.program) ||
      Number(a.start) - Number(b.start) ||
      a.indicator.localeCompare(b.indicator),
  );
  return { rows, review: [] };
}

/** Names a district goes by: 秀山土家族苗族自治县 → also 秀山; 开州区 → also 开县 (former). */
function districtNames(districts: readonly DistrictName[]): { name: string; code: string }[] {
  const out: { name: string; code: string }[] = [];
  for (const d of districts) {
    for (const full of [d.name_zh, d.former_name_zh ?? '']) {
      if (!full) continue;
      out.push({ name: full, code: d.code });
      const short = full.replace(/(?:(?:土家族|苗族)+自治县|区|县)$/, '');
      // 长寿, 南岸, 江北 are ordinary words too; one-character short forms (忠) are no names.
      if (short.length >= 2 && short !== full && !['长寿', '南岸', '江北'].includes(short))
        out.push({ name: short, code: d.code });
    }
  }
  return out.sort((a, b) => b.name.length - a.name.length);
}

function districtsIn(text: string, names: readonly { name: string; code: string }[]): string[] {
  const found: { at: number; code: string }[] = [];
  const taken = new Uint8Array(text.length);
  for (const { name, code } of [...names].sort((a, b) => b.name.length - a.name.length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken[at]) continue;
      for (let i = at; i < at + name.length; i++) taken[i] = 1;
      found.push({ at, code });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];
}

/** Year a sentence speaks of: its own year, 同年/当年 = the last year named before it. */
function sentenceYear(
  view: TextView,
  span: Span,
  mentions: readonly PeriodMention[],
): string | null {
  const own = spansWithin(mentions, span.start, span.end);
  const first = own[0];
  if (first) return first.period.slice(0, 4);
  const text = view.text.slice(span.start, span.end);
  if (/同年|当年/.test(text)) {
    for (let i = firstIndex(mentions, (m) => m.end > span.start) - 1; i >= 0; i--)
      if (/^\d{4}/.test(mentions[i]!.period)) return mentions[i]!.period.slice(0, 4);
    return null;
  }
  return null;
}

export function extractLoanCoverage(
  ctx: ExtractContext,
  districts: readonly DistrictName[],
): Extracted<LoanCoverageRow> {
  const view = compactView(ctx.norm);
  const spans = sentences(view);
  const named = programmesIn(view.text);
  const mentions = periodMentions(view.text, ctx.source.date);
  const names = districtNames(districts);
  const rows: LoanCoverageRow[] = [];
  const covered = new Set<string>();

  for (const span of spans) {
    const sentence = view.text.slice(span.start, span.end);
    const programme =
      programmesIn(sentence).at(-1)?.name ?? programmeAt(view, named, span.start) ?? null;
    if (!programme) continue;
    const status = /首笔|第一笔/.test(sentence)
      ? 'first_loan'
      : /试点/.test(sentence)
        ? 'pilot'
        : /覆盖|推广/.test(sentence)
          ? 'covered'
          : null;
    if (!status) continue;
    const year = sentenceYear(view, span, mentions) ?? ctx.source.date.slice(0, 4);
    let codes = districtsIn(sentence, names);
    // "扩大到了38个区县": every district, when the count is all of them.
    const all = sentence.match(/(\d+)个区县/);
    if (all && Number(all[1]) === districts.length && /扩大|覆盖|推广|全部/.test(sentence))
      codes = districts.map((d) => d.code);
    const [start, end] = originalRange(view, span.start, span.end);
    for (const code of codes) {
      const key = `${programme}|${code}`;
      if (covered.has(key)) continue; // the earliest statement about a district stands
      covered.add(key);
      rows.push({
        program: programme,
        district_code: code,
        since: year,
        status,
        quote: ctx.source.text.slice(start, end),
        start: String(start),
        end: String(end),
        source_id: ctx.source.id,
      });
    }
  }
  rows.sort(
    (a, b) =>
      a.program.localeCompare(b.program) ||
      a.district_code.localeCompare(b.district_code) ||
      a.source_id.localeCompare(b.source_id),
  );
  return { rows, review: [] };
}
