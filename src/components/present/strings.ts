/**
 * The presentation's own words in both languages: slide titles, key help, labels. Kept beside
 * the slides (not in the dashboard's table) because only the deck uses them.
 * Owns: presentation strings. Knows nothing about the DOM.
 */
import { VIEW_TITLES, type Lang } from '../../lib/i18n';
import type { KeyHelpId, SlideId } from '../../lib/present';

type Pair = Record<Lang, string>;

export const SLIDE_TITLES: Record<SlideId, Pair> = {
  title: {
    zh: '中共重庆市委全会',
    en: 'Plenary Sessions of the CPC Chongqing Municipal Committee',
  },
  timeline: VIEW_TITLES.timeline,
  map: { zh: '各区县表态发言', en: 'Statements by district' },
  spotlight: { zh: '区县聚焦：{name}', en: 'District spotlight: {name}' },
  sisterCities: VIEW_TITLES.sisterCities,
  loanCoverage: {
    zh: `${VIEW_TITLES.loans.zh}覆盖区县`,
    en: `${VIEW_TITLES.loans.en}: districts covered`,
  },
  /** {years}: the goal years the data holds ("2027年与2035年" / "2027 and 2035"). */
  targets: { zh: '全市目标：{years}', en: 'Municipal targets for {years}' },
};

export const KEY_LABELS: Record<KeyHelpId, Pair> = {
  next: { zh: '下一页', en: 'Next' },
  prev: { zh: '上一页', en: 'Previous' },
  firstLast: { zh: '第一页 / 最后一页', en: 'First / last slide' },
  jump: { zh: '输入页码后回车跳转', en: 'Type a number, Enter to jump' },
  fullscreen: { zh: '全屏', en: 'Fullscreen' },
  blackout: { zh: '黑屏', en: 'Black screen' },
  escape: { zh: '退出全屏，再按退出演示', en: 'Leave fullscreen, then the presentation' },
  help: { zh: '显示/隐藏按键说明', en: 'Show / hide these keys' },
};

const WORDS = {
  keysTitle: { zh: '按键', en: 'Keys' },
  keysHint: { zh: '按 ? 查看按键', en: 'Press ? for keys' },
  slideOf: { zh: '第 {n} / {total} 页', en: 'Slide {n} of {total}' },
  goTo: { zh: '跳转到第 {n} 页', en: 'Go to slide {n}' },
  source: { zh: '来源：', en: 'Source: ' },
  noData: { zh: '数据尚未生成', en: 'Data not available yet' },
  subtitle: {
    // {n}: the units of the boundaries drawn (src/lib/vintage-view.ts), never typed here.
    zh: '六届市委全会部署了什么，{n}个区县如何落实',
    en: 'What the 6th committee’s plenary sessions set in motion across {n} districts and counties',
  },
  sessionsCount: { zh: '{n} 次会议', en: '{n} sessions' },
  statements: { zh: '条表态', en: 'statements' },
  statementsLegend: { zh: '表态发言条数', en: 'Number of statements' },
  mostStatements: { zh: '表态最多的区县', en: 'Most statements' },
  noTargets: {
    zh: '来源文章中没有2027年或2035年的全市目标',
    en: 'The source articles give no municipal target for 2027 or 2035',
  },
  more: { zh: '另有 {n} 项，见仪表盘', en: '{n} more in the dashboard' },
  target: { zh: '目标', en: 'Target' },
  by: { zh: '{year}年', en: 'by {year}' },
  sisterCities: { zh: '国际友好城市', en: 'Sister cities' },
  friendlyCities: { zh: '友好交流城市', en: 'Friendly-exchange cities' },
  covered: { zh: '已覆盖', en: 'covered' },
  notYet: { zh: '尚未覆盖', en: 'not yet covered' },
  coveredBy: {
    zh: '截至{year}年：{n} / {total} 个区县',
    en: 'By {year}: {n} of {total} districts',
  },
  joined: { zh: '{year}年新增', en: 'Joined in {year}' },
  targetsFor: { zh: '{year}年目标', en: 'Targets for {year}' },
  present: { zh: '演示', en: 'Present' },
  approximate: {
    zh: '确切日期未公布：标出可能的时间范围',
    en: 'Exact date not published: the possible range is shown',
  },
} as const satisfies Record<string, Pair>;

export type WordKey = keyof typeof WORDS;

/** A word or phrase; `{name}` placeholders are filled from `vars`. */
export function w(key: WordKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
