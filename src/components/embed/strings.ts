/**
 * The embed's and the download menu's own words in both languages, and each embeddable view's
 * title and subtitle (used in the embed, the downloads and the citation).
 * Owns: embed/export strings. Knows nothing about the DOM.
 */
import { fillPlaceholders, VIEW_TITLES, type Lang } from '../../lib/i18n';
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
    title: VIEW_TITLES.timeline,
    subtitle: {
      zh: '2022年党代会以来的历次全会与相关会议',
      en: 'Every plenary session and related meeting since the 2022 congress',
    },
  },
  ranking: {
    title: VIEW_TITLES.ranking,
    subtitle: { zh: '按所选指标排列的{n}个区县', en: 'The {n} districts by the chosen measure' },
  },
  'sister-cities': {
    title: VIEW_TITLES.sisterCities,
    subtitle: { zh: '历年友好城市数量', en: 'Number of sister cities over time' },
  },
  loans: {
    title: VIEW_TITLES.loans,
    subtitle: { zh: '贷款规模与覆盖区县', en: 'Lending and the districts it covers' },
  },
  targets: {
    title: VIEW_TITLES.targets,
    subtitle: {
      zh: '全会文件与区县表态中的量化目标',
      en: 'Quantified targets in session documents and district pledges',
    },
  },
  pledges: {
    title: VIEW_TITLES.pledges,
    subtitle: {
      zh: '区县和市级部门负责人在全会后的表态，最新的在前',
      en: 'What district and municipal leaders said after the sessions, newest first',
    },
  },
  source: {
    title: { zh: '原文出处', en: 'Source text' },
    subtitle: { zh: '数据所依据的新闻原文', en: 'The news articles the data come from' },
  },
};

const WORDS = {
  source: { zh: '来源：', en: 'Sources: ' },
  publicRecords: { zh: '公开资料', en: 'public records' },
  creditLabel: { zh: '图表署名', en: 'Chart credit' },
  creditHint: {
    zh: '显示为“图表：…”，最多80个字；留空则用默认署名。',
    en: 'Shown as “Chart: …”, at most 80 characters; leave empty for the default.',
  },
  openDashboard: { zh: '在仪表盘中打开', en: 'Open in the dashboard' },
  newTab: { zh: '（在新标签页打开）', en: ' (opens in a new tab)' },
  dataAsOf: { zh: '数据截至 {date}', en: 'Data as of {date}' },
  downloaded: { zh: '下载于 {date}', en: 'Downloaded {date}' },
  download: { zh: '下载', en: 'Download' },
  downloads: { zh: '下载与嵌入', en: 'Download and embed' },
  png: { zh: 'PNG 图片 {scale}×', en: 'PNG image {scale}×' },
  svg: { zh: 'SVG 矢量图', en: 'SVG vector' },
  csv: { zh: 'CSV 数据（含出处）', en: 'CSV data (with sources)' },
  csvQuotes: {
    zh: 'CSV 引文（每区县的原句）',
    en: 'CSV quotes (the sentences behind each district)',
  },
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

/** The words an export context draws into its images, in one language. */
export function exportLabels(lang: Lang) {
  return {
    source: w('source', lang),
    publicRecords: w('publicRecords', lang),
    dataAsOf: (date: string) => w('dataAsOf', lang, { date }),
    downloaded: (date: string) => w('downloaded', lang, { date }),
  };
}

/** A word in one language, with {placeholders} filled in. */
export function w(key: WordKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(WORDS[key][lang], values);
}
