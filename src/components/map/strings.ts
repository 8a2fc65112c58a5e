/**
 * The map panel's interface strings in both languages (kept here rather than in the shared
 * i18n table, which other views edit at the same time).
 */
import type { Lang } from '../../lib/i18n';

const STRINGS = {
  // {n}: the units of the boundaries shown (38 until 2025-11-05, 37 from 2025-11-06).
  mapLabel: { zh: '重庆市{n}个区县地图', en: 'Map of Chongqing’s {n} districts and counties' },
  boundaries: { zh: '行政区划', en: 'Boundaries' },
  boundariesHelp: {
    zh: '按日期选用当时的区县划分：2025年11月6日起江北区、渝北区撤销，设立两江新区',
    en: 'Which county-level units to draw: on 6 November 2025 Jiangbei and Yubei were abolished and Liangjiang New Area set up',
  },
  loadingBoundaries: { zh: '正在加载区划边界…', en: 'Loading the boundaries…' },
  approximate: {
    zh: '两江新区按原江北区、渝北区合并绘制。边界示意，五镇划转未绘出。',
    en: 'Liangjiang New Area is drawn as the former Jiangbei and Yubei together. Approximate: the transfer of five towns each way is not drawn.',
  },
  vintage2016: { zh: '2016–2025', en: '2016–2025' },
  vintage2025: { zh: '2025年11月起', en: 'from Nov 2025' },
  mapHelp: {
    zh: '按Tab进入地图，方向键在相邻区县间移动，回车选中，Esc取消选中。',
    en: 'Tab into the map, arrow keys move to neighbouring districts, Enter selects, Esc clears.',
  },
  insetTitle: { zh: '中心城区（放大）', en: 'Central districts (enlarged)' },
  viewMap: { zh: '地图', en: 'Map' },
  viewTiles: { zh: '方格图', en: 'Tiles' },
  viewLabel: { zh: '地图样式', en: 'Map layout' },
  metricLabel: { zh: '着色指标', en: 'Colour by' },
  search: { zh: '查找区县', en: 'Find a district' },
  searchPlaceholder: { zh: '如：渝中、Wanzhou', en: 'e.g. Yuzhong, Wanzhou' },
  noMatch: { zh: '没有匹配的区县', en: 'No district matches' },
  noData: { zh: '无数据', en: 'no data' },
  noDataLegend: { zh: '无数据 / no data', en: 'no data / 无数据' },
  source: { zh: '来源', en: 'Source' },
  districtList: { zh: '区县名录（data/districts.csv）', en: 'district list (data/districts.csv)' },
  moreQuotes: { zh: '另有 {n} 条', en: '{n} more' },
  selected: { zh: '已选中', en: 'selected' },
  cleared: { zh: '已取消选中', en: 'selection cleared' },
  waiting: { zh: '数据尚未生成', en: 'data not produced yet' },
  loading: { zh: '数据加载中…', en: 'Loading data…' },
  footnote: {
    zh: '边界来自 Apache ECharts 4.9.0 的重庆地图（Apache-2.0），已更新梁平区、武隆区。示意图，非经审核的标准地图，无审图号。',
    en: 'Boundaries from Apache ECharts 4.9.0’s Chongqing map (Apache-2.0), updated for Liangping and Wulong districts. A schematic map, not a reviewed standard map: it has no map approval number.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MapStringKey = keyof typeof STRINGS;

export function ms(
  key: MapStringKey,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
