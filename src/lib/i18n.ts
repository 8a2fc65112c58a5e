/**
 * Interface strings in both languages. Chinese is the default; English is available everywhere.
 * Owns: the language type, its parsing, and the string table. Knows nothing about the DOM.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}

const STRINGS = {
  title: {
    zh: '中共重庆市委全会',
    en: 'Plenary Sessions of the CPC Chongqing Municipal Committee',
  },
  subtitle: {
    zh: '六届市委全会部署了什么，38个区县如何落实',
    en: 'What the 6th committee’s plenary sessions set in motion across Chongqing’s 38 districts and counties',
  },
  dashboardPlaceholder: {
    zh: '仪表盘正在建设中：地图、时间轴和联动图表即将上线。',
    en: 'The dashboard is being built: the map, the timeline and linked charts are coming.',
  },
  languageSwitch: { zh: 'English', en: '中文' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
