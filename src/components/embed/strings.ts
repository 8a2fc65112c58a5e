/**
 * The embed's and the download menu's own words in both languages, and each embeddable view's
 * title and subtitle (used in the embed, the downloads and the citation).
 * Owns: embed/export strings. Knows nothing about the DOM.
 */
import type { Lang } from '../../lib/i18n';
import type { EmbedChart } from '../../lib/embed';

type Pair = Record<Lang, string>;

export const CHART_TEXT: Record<EmbedChart, { title: Pair; subtitle: Pair }> = {
  map: {
    // {n}: the units of the boundaries shown (filled by src/lib/export/context.ts).
    title: { zh: '重庆{n}个区县', en: 'Chongqing’s {n} districts and counties' },
    subtitle: {
      zh: '市委全会之后，各区县的表态、目标与落实',
      en: 'What each district said and set out to do after the plenary sessions',
    },
  },
  timeline: {
    title: { zh: '六届市委全会时间线', en: 'The 6th committee’s sessions' },
    subtitle: {
      zh: '2022年党代会以来的历次全会与相关会议',
      en: 'Every plenary session and related meeting since the 2022 congress',
    },
  },
  ranking: {
    title: { zh: '区县排行', en: 'Districts ranked' },
    subtitle: { zh: '按所选指标排列的{n}个区县', en: 'The {n} districts by the chosen measure' },
  },
  'sister-cities': {
    title: { zh: '重庆国际友好城市', en: 'Chongqing’s sister cities' },
    subtitle: { zh: '历年友好城市数量', en: 'Number of sister cities over time' },
  },
  loans: {
    title: { zh: '“富民贷”', en: 'The Fumin Loan' },
    subtitle: { zh: '贷款规模与覆盖区县', en: 'Lending and the districts it covers' },
  },
  targets: {
    title: { zh: '数字目标', en: 'Numeric targets' },
    subtitle: {
      zh: '全会文件与区县表态中的量化目标',
      en: 'Quantified targets in session documents and district pledges',
    },
  },
  pledges: {
    title: { zh: '区县表态', en: 'District pledges' },
    subtitle: {
      zh: '区县委书记在全会上的表态发言',
      en: 'What district party secretaries pledged at the sessions',
    },
  },
  source: {
    title: { zh: '原文出处', en: 'Source text' },
    subtitle: { zh: '数据所依据的新闻原文', en: 'The news articles the data come from' },
  },
};

const WORDS = {
  source: { zh: '来源：', en: 'Source: ' },
  openDashboard: { zh: '在仪表盘中打开', en: 'Open in the dashboard' },
  newTab: { zh: '（在新标签页打开）', en: ' (opens in a new tab)' },
  dataAsOf: { zh: '数据截至 {date}', en: 'Data as of {date}' },
  downloaded: { zh: '下载于 {date}', en: 'Downloaded {date}' },
  download: { zh: '下载', en: 'Download' },
  downloads: { zh: '下载与嵌入', en: 'Download and embed' },
  png: { zh: 'PNG 图片 {scale}×', en: 'PNG image {scale}×' },
  svg: { zh: 'SVG 矢量图', en: 'SVG vector' },
  csv: { zh: 'CSV 数据（含出处）', en: 'CSV data (with sources)' },
  cite: { zh: '引用', en: 'Cite this' },
  citeFile: { zh: '下载引用文本', en: 'Download citation' },
  embed: { zh: '嵌入', en: 'Embed' },
  embedTitle: { zh: '嵌入代码', en: 'Embed code' },
  embedHint: {
    zh: '将以下代码粘贴到文章中。图表会自动适应高度，支持严格的内容安全策略（CSP）。',
    en: 'Paste this code into your article. The chart sizes itself to its content and works under a strict Content-Security-Policy.',
  },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '请手动选择并复制', en: 'Select and copy by hand' },
  close: { zh: '关闭', en: 'Close' },
  failed: { zh: '导出失败：{error}', en: 'Export failed: {error}' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  noView: { zh: '这一视图的数据尚未生成', en: 'The data for this view are not there yet' },
  unknownChart: { zh: '没有名为“{name}”的图表', en: 'There is no chart named “{name}”' },
} as const satisfies Record<string, Pair>;

export type WordKey = keyof typeof WORDS;

/** A word in one language, with {placeholders} filled in. */
export function w(key: WordKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in values ? String(values[name]) : m,
  );
}
