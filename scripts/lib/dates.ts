/**
 * Dates written in Chinese news text (`2024年5月24日`, `5月22日至23日`, `今年4月`, `21日下午`,
 * `昨天`) as offsets plus calendar values, resolved against the article's publication date,
 * and the rule that infers a publication date when no manifest gives one.
 * Works on normalised text (ASCII digits). Knows nothing about events or speakers.
 */

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  start: number;
  end: number;
  /** Absent when the text does not say (resolved later against the article date). */
  year?: number;
  /** Year given relative to the article: 0 = 今年, -1 = 去年. */
  relativeYear?: number;
  month?: number;
  day?: number;
  /** Last day of a range such as `5月22日至23日`. */
  endMonth?: number;
  endDay?: number;
  /** Days relative to the article date: 昨天 = -1, 今天 = 0. */
  relativeDay?: number;
  precision: Precision;
}

export interface ResolvedDate {
  start: string;
  end: string;
  precision: Precision;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `12`, `十二`, `二十三`, `三十一` → number (only the small numbers used in dates). */
export function parseDateNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s))
    return Number([...s].map((c) => CN_DIGIT[c]).join(''));
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const tens = m[2] ? (m[1] ? CN_DIGIT[m[1]]! : 1) : 0;
  if (!m[2] && m[1]) return m[3] ? null : CN_DIGIT[m[1]]!;
  return tens * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0);
}

const N = '(\\d{1,2}|[一二三]?十?[一二三四五六七八九]|[一二三]?十)';
const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const DATE_PATTERN = new RegExp(
  [
    // 2024年5月24日, 2024年5月22日至23日, 2024年5月
    `${YEAR}年${N}月(?:${N}[日号](?:[至到—-](?:${N}月)?${N}[日号])?)?`,
    // 今年4月, 去年12月28日
    `(今|去|明)年${N}月(?:${N}[日号])?`,
    // 5月22日至23日, 5月31日至6月2日, 5月24日
    `(?<![\\d年])${N}月${N}[日号](?:[至到—-](?:${N}月)?${N}[日号])?`,
    // 21日下午, 在23日
    `(?<![\\d月年.])(\\d{1,2})日(?=上午|下午|晚|早|一大早|[,，])`,
    '(昨天|昨日|今天|今日)',
  ].join('|'),
  'g',
);

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return parseDateNumber(s) ?? undefined;
}

function valid(month: number | undefined, day: number | undefined): boolean {
  return (
    (month === undefined || (month >= 1 && month <= 12)) &&
    (day === undefined || (day >= 1 && day <= 31))
  );
}

/** Every date expression in `text` (already normalised), in order. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.slice(1);
    const base = { start: m.index, end: m.index + m[0].length };
    let mention: DateMention | null = null;
    if (g[0] !== undefined) {
      const month = num(g[1]);
      const day = num(g[2]);
      mention = {
        ...base,
        year: num(g[0])!,
        month,
        day,
        endMonth: num(g[3]),
        endDay: num(g[4]),
        precision: day === undefined ? 'month' : 'day',
      };
    } else if (g[5] !== undefined) {
      const day = num(g[7]);
      mention = {
        ...base,
        relativeYear: g[5] === '今' ? 0 : g[5] === '去' ? -1 : 1,
        month: num(g[6]),
        day,
        precision: day === undefined ? 'month' : 'day',
      };
    } else if (g[8] !== undefined) {
      mention = {
        ...base,
        month: num(g[8]),
        day: num(g[9]),
        endMonth: num(g[10]),
        endDay: num(g[11]),
        precision: 'day',
      };
    } else if (g[12] !== undefined) {
      mention = { ...base, day: num(g[12]), precision: 'day' };
    } else if (g[13] !== undefined) {
      mention = { ...base, relativeDay: /昨/.test(g[13]) ? -1 : 0, precision: 'day' };
    }
    if (!mention || !valid(mention.month, mention.day) || !valid(mention.endMonth, mention.endDay))
      continue;
    if (mention.endDay !== undefined && mention.endMonth === undefined)
      mention.endMonth = mention.month;
    out.push(mention);
  }
  return out;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Months after the article date beyond which a year-less date must be from the year before. */
const FUTURE_MONTHS_LIMIT = 6;

/** How much of a date (`2024-05-25`, `2024-05`, `2024`) is known; null when it is no date. */
export function precisionOf(date: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return null;
}

/**
 * Calendar dates of a mention, read against the article date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY`
 * when the archive knows no more) and, for a bare `21日`, the month last named before it. Null
 * when it cannot be placed: 昨天 needs the article's day; a date without a year (`12月22日`)
 * needs the article's month, since the year before is as likely as the year itself; 今年4月 needs
 * only its year.
 */
export function resolveDate(
  m: DateMention,
  articleDate: string,
  contextMonth?: number,
): ResolvedDate | null {
  const known = precisionOf(articleDate);
  const ay = known ? Number(articleDate.slice(0, 4)) : undefined;
  const am = known && known !== 'year' ? Number(articleDate.slice(5, 7)) : undefined;
  if (m.relativeDay !== undefined) {
    if (known !== 'day') return null;
    const d = addDays(articleDate, m.relativeDay);
    return { start: d, end: d, precision: 'day' };
  }
  const month = m.month ?? contextMonth;
  if (month === undefined) return null;
  let year = m.year;
  if (year === undefined && m.relativeYear !== undefined && ay !== undefined)
    year = ay + m.relativeYear;
  if (year === undefined) {
    if (ay === undefined || am === undefined) return null;
    year = month - am > FUTURE_MONTHS_LIMIT ? ay - 1 : ay;
  }
  if (m.precision === 'month' || m.day === undefined) {
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    return { start: ym, end: ym, precision: 'month' };
  }
  const start = isoDate(year, month, m.day);
  const endMonth = m.endMonth ?? month;
  const endYear = endMonth < month ? year + 1 : year;
  const end = m.endDay !== undefined ? isoDate(endYear, endMonth, m.endDay) : start;
  return { start, end, precision: 'day' };
}

/**
 * Why a date the text gives cannot be placed against an article date of this precision, for the
 * review item that holds back the row it would date; '' when it can.
 */
export function unresolvedReason(m: DateMention, articleDate: string): string {
  const known = precisionOf(articleDate) ?? 'none';
  if (m.relativeDay !== undefined)
    return `a day relative to the article (昨天/今天) cannot be placed: the article's date is known to the ${known} only`;
  if (m.year === undefined && m.relativeYear === undefined)
    return `a date without a year cannot be placed: the article's date is known to the ${known} only`;
  return 'the date cannot be placed';
}

/** Month in force at each mention (for bare `21日`): the last month named before it. */
export function contextMonths(mentions: readonly DateMention[]): (number | undefined)[] {
  let month: number | undefined;
  return mentions.map((m) => {
    const here = m.month === undefined ? month : m.month;
    if (m.endMonth !== undefined) month = m.endMonth;
    else if (m.month !== undefined) month = m.month;
    return here;
  });
}

export interface InferredDate {
  date: string;
  /** How it was found, for the warning the CLI prints. */
  rule: string;
  start: number;
  end: number;
}

/** A session whose date is known, as the inference rule needs it. */
export interface KnownSession {
  start: number;
  end: number;
  date: string;
}

/** Words that make a date a plan rather than a report (将于6月1日举行). */
const FUTURE_CUE = /将于|将在|计划|预计|拟于|定于|力争|到$/;

/**
 * Infers the publication date of an article that has no manifest row:
 * 1. `昨天/昨日` (or `今天`) in the sentence that names a session of known date: session + 1 day
 *    (e.g. 昨天召开的市委六届五次全会 → 2024-05-25).
 * 2. Otherwise a newspaper reports the day before it prints: the latest fully placed day the
 *    article reports (a 本报讯 dateline, `5月25日上午，…举行`), plus one day. The year comes
 *    from the latest full date (`2024年5月24日`), else from a named session, else from the year
 *    the text mentions most often (targets such as `到2027年` excluded).
 * Returns null when the text names no day at all.
 */
export function inferArticleDate(
  text: string,
  sessions: readonly KnownSession[] = [],
): InferredDate | null {
  const mentions = findDates(text);
  for (const s of sessions) {
    const sentenceStart = Math.max(
      text.lastIndexOf('。', s.start - 1),
      text.lastIndexOf('\n', s.start - 1),
    );
    const windowText = text.slice(sentenceStart + 1, s.end);
    const rel = /昨天|昨日|今天|今日/.exec(windowText);
    if (!rel || !/^\d{4}-\d{2}-\d{2}$/.test(s.date)) continue;
    const offset = /昨/.test(rel[0]) ? 1 : 0;
    return {
      date: addDays(s.date, offset),
      rule: `"${rel[0]}" names a session held on ${s.date}`,
      start: sentenceStart + 1 + rel.index,
      end: s.end,
    };
  }
  const year = inferYear(text, mentions, sessions);
  if (year === undefined) return null;
  let best: { date: string; m: DateMention } | null = null;
  const months = contextMonths(mentions);
  mentions.forEach((m, i) => {
    if (m.relativeDay !== undefined || m.relativeYear === 1) return;
    const before = text.slice(Math.max(0, m.start - 4), m.start);
    if (FUTURE_CUE.test(before)) return;
    const month = m.month ?? months[i];
    if (month === undefined || m.day === undefined) return;
    const y = m.year ?? (m.relativeYear !== undefined ? year + m.relativeYear : year);
    const day = isoDate(y, m.endMonth ?? month, m.endDay ?? m.day);
    if (!best || day > best.date) best = { date: day, m };
  });
  if (!best) return null;
  const found: { date: string; m: DateMention } = best;
  return {
    date: addDays(found.date, 1),
    rule: `latest reported day ${found.date} + 1 (newspapers print the next day)`,
    start: found.m.start,
    end: found.m.end,
  };
}

function inferYear(
  text: string,
  mentions: readonly DateMention[],
  sessions: readonly KnownSession[],
): number | undefined {
  const full = mentions.filter((m) => m.year !== undefined && m.day !== undefined);
  if (full.length) return Math.max(...full.map((m) => m.year!));
  const dated = sessions.find((s) => /^\d{4}/.test(s.date));
  if (dated) return Number(dated.date.slice(0, 4));
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d到至])(19\d\d|20\d\d)(?=年|重庆|全国)/g)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (/[到至前]/.test(before)) continue;
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, c] of [...counts].sort((a, b) => a[0] - b[0]))
    if (best === undefined || c >= counts.get(best)!) best = y;
  return best;
}
