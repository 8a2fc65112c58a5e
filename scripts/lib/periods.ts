/**
 * Time expressions in news text, resolved against the article's publication date:
 * `今年1-11月` → 2022-01/2022-11, `今年第一季度` → 2024-01/2024-03, `去年` → 2023,
 * `今后五年` → 2027 (the horizon's last year), `力争2027年` → 2027.
 * Owns: recognising and resolving periods. Knows nothing about figures or districts.
 */
import { parseChineseNumber } from './numbers.ts';

export interface PeriodMention {
  start: number;
  end: number;
  /** `2027`, `2022-01/2022-11`, `2024-05-25` … */
  period: string;
  /** Last year the period covers (for comparing with the article's year). */
  endYear: number;
  /** A horizon looking forward (今后五年, 未来5年, 到2027年). */
  forward: boolean;
  /** Written as `2019年的…`: it dates only the number right after it. */
  local: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const NUM = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const YEAR_WORD = '(?:今年|去年|明年|前年|当年|上年|全年|过去一年|(?:19|20)\\d{2}年)';
const QUARTERS: Record<string, [number, number]> = {
  一: [1, 3],
  二: [4, 6],
  三: [7, 9],
  四: [10, 12],
  '1': [1, 3],
  '2': [4, 6],
  '3': [7, 9],
  '4': [10, 12],
};

const PERIOD_PATTERN = new RegExp(
  [
    `(?<horizon>(?:今后|未来|此后)(?<hn>${NUM})年)`,
    `(?<by>(?:到|至|力争|在)(?<by_y>(?:19|20)\\d{2})年(?:前|底|末)?)`,
    `(?<asof>截至(?<asof_y>${YEAR_WORD})?(?:(?<asof_m>\\d{1,2})月|(?<asof_end>年底|年末|底|末))(?:末|底|份)?)`,
    `(?<span>(?<span_y>${YEAR_WORD})?(?<m1>\\d{1,2})[-—–~至到](?<m2>\\d{1,2})月(?:份)?)`,
    `(?<q>(?<q_y>${YEAR_WORD})?第?(?<qn>[一二三四1-4])季度)`,
    `(?<half>(?<half_y>${YEAR_WORD})?(?<hw>上半年|下半年|前三季度))`,
    `(?<year>(?<year_w>${YEAR_WORD})(?<year_de>的)?)`,
    `(?<now>截至目前|截至今日|目前|当前|年末|年底)`,
  ].join('|'),
  'g',
);

function yearOf(word: string | undefined, base: number): number {
  if (!word) return base;
  if (word === '今年' || word === '当年' || word === '全年') return base;
  if (word === '去年' || word === '上年' || word === '过去一年') return base - 1;
  if (word === '前年') return base - 2;
  if (word === '明年') return base + 1;
  return Number(word.slice(0, 4));
}

/** Every time expression in `text` with its resolved period (date = YYYY-MM-DD). */
export function periodMentions(text: string, date: string): PeriodMention[] {
  const base = Number(date.slice(0, 4));
  if (!base) return [];
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(PERIOD_PATTERN)) {
    const g = m.groups ?? {};
    const at = { start: m.index, end: m.index + m[0].length };
    if (g.asof) {
      // 截至9月末 → 2023-09; 截至2023年底 → 2023.
      const y = yearOf(g.asof_y, base);
      const period = g.asof_m ? `${y}-${pad(Number(g.asof_m))}` : String(y);
      out.push({ ...at, period, endYear: y, forward: false, local: false });
    } else if (g.horizon) {
      const n = parseChineseNumber(g.hn ?? '') ?? 0;
      out.push({ ...at, period: String(base + n), endYear: base + n, forward: true, local: false });
    } else if (g.by) {
      const y = Number(g.by_y);
      out.push({ ...at, period: String(y), endYear: y, forward: y > base, local: false });
    } else if (g.span) {
      const y = yearOf(g.span_y, base);
      const period = `${y}-${pad(Number(g.m1))}/${y}-${pad(Number(g.m2))}`;
      out.push({ ...at, period, endYear: y, forward: false, local: false });
    } else if (g.q) {
      const y = yearOf(g.q_y, base);
      const [a, b] = QUARTERS[g.qn ?? '一']!;
      out.push({
        ...at,
        period: `${y}-${pad(a)}/${y}-${pad(b)}`,
        endYear: y,
        forward: false,
        local: false,
      });
    } else if (g.half) {
      const y = yearOf(g.half_y, base);
      const [a, b] = g.hw === '上半年' ? [1, 6] : g.hw === '下半年' ? [7, 12] : [1, 9];
      out.push({
        ...at,
        period: `${y}-${pad(a)}/${y}-${pad(b)}`,
        endYear: y,
        forward: false,
        local: false,
      });
    } else if (g.year) {
      // 去年全年: 全年 restates the year just named; later in the paragraph it is still that
      // year (去年…；全年接待游客…); alone it is the article's year.
      const before = out.at(-1);
      if (g.year_w === '全年' && before?.end === m.index) continue;
      const sameParagraph = before && !text.slice(before.end, m.index).includes('\n');
      const y =
        g.year_w === '全年' && sameParagraph && /^\d{4}$/.test(before.period)
          ? before.endYear
          : yearOf(g.year_w, base);
      out.push({
        ...at,
        period: String(y),
        endYear: y,
        forward: y > base,
        local: Boolean(g.year_de),
      });
    } else if (g.now) {
      const period = g.now === '年末' || g.now === '年底' ? String(base) : date;
      out.push({ ...at, period, endYear: base, forward: false, local: false });
    }
  }
  return out;
}

/** A day or a run of days an article names (5月22日至23日), resolved against its date. */
export interface DayMention {
  start: number;
  end: number;
  /** `2024-05-22`, or `2024-05-22/2024-05-23` for a run of days. */
  period: string;
}

const DAY_PATTERN =
  /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:(?:至|到|-|—|~)(?:(\d{1,2})月)?(\d{1,2})日)?/g;

/**
 * Days with their month (`12月23日`, `5月22日至23日`): the year is the printed one, else the
 * article's, or the year before when the month lies after the article's month (a December event
 * in a January article). A bare `23日` is not read here.
 */
export function dayMentions(text: string, date: string): DayMention[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) || 12;
  if (!year) return [];
  const out: DayMention[] = [];
  for (const m of text.matchAll(DAY_PATTERN)) {
    const [, printedYear, m1, d1, m2, d2] = m;
    const y = printedYear ? Number(printedYear) : Number(m1) > month ? year - 1 : year;
    const first = `${y}-${pad(Number(m1))}-${pad(Number(d1))}`;
    const last = d2 ? `${y}-${pad(Number(m2 ?? m1))}-${pad(Number(d2))}` : '';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      period: last && last !== first ? `${first}/${last}` : first,
    });
  }
  return out;
}
