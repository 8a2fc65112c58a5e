/**
 * Interface strings in both languages. Chinese is the default; English is available everywhere.
 * Owns: the language type, its parsing, and the string table. Knows nothing about the DOM.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}

/**
 * Each view's one name, in both languages: the dashboard's heading, the embed's title, the
 * slide's title and the downloads all use it (one name per view, never 时间轴 here and 时间线
 * there). Programme names are the glossary's (data/glossary.csv: 富民贷 → Fumindai loans).
 */
export const VIEW_TITLES = {
  timeline: { zh: '六届市委全会时间轴', en: 'The 6th committee’s sessions' },
  ranking: { zh: '区县排名', en: 'District ranking' },
  targets: { zh: '量化目标', en: 'Numeric targets' },
  pledges: { zh: '区县表态', en: 'District statements' },
  sisterCities: { zh: '重庆国际友好城市', en: 'Chongqing’s sister cities' },
  loans: { zh: '“富民贷”', en: 'Fumindai loans' },
} as const satisfies Record<string, Record<Lang, string>>;

const STRINGS = {
  title: {
    zh: '中共重庆市委全会',
    en: 'Plenary Sessions of the CPC Chongqing Municipal Committee',
  },
  // {n}: how many districts and counties the boundaries shown have (38 until 2025-11-05, 37
  // from 2025-11-06; src/lib/vintage-view.ts), never typed here.
  subtitle: {
    zh: '六届市委全会部署了什么，{n}个区县如何落实',
    en: 'What the 6th committee’s plenary sessions set in motion across Chongqing’s {n} districts and counties',
  },
  dashboardPlaceholder: {
    zh: '仪表盘正在建设中：地图、时间轴和联动图表即将上线。',
    en: 'The dashboard is being built: the map, the timeline and linked charts are coming.',
  },
  languageSwitch: { zh: 'English', en: '中文' },
  kicker: { zh: '数据新闻 · 重庆', en: 'Data · Chongqing' },
  controlsLabel: { zh: '显示设置', en: 'Display settings' },
  deskLink: { zh: '数据台', en: 'Data desk' },
  machineRead: { zh: '机器读取，待核', en: 'machine-read, not yet checked' },
  reviewedMark: { zh: '已核', en: 'reviewed' },
  reviewedOnly: { zh: '只看已核', en: 'Reviewed only' },
  reviewedBy: { zh: '{who} 于 {when} 核对', en: 'checked by {who} on {when}' },
  themeLabel: { zh: '配色', en: 'Theme' },
  themeAuto: { zh: '跟随系统', en: 'System' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  viewLabel: { zh: '显示为', en: 'Show as' },
  viewChart: { zh: '图表', en: 'Charts' },
  viewTable: { zh: '表格', en: 'Tables' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  noData: { zh: '暂无数据', en: 'No data yet' },
  noDataFile: {
    zh: '暂无数据：{file} 尚未生成。',
    en: 'No data yet: {file} has not been produced.',
  },
  dataErrors: {
    zh: '部分数据无法读取，其余部分仍可使用：',
    en: 'Some data could not be read; the rest of the dashboard still works:',
  },
  timelineTitle: VIEW_TITLES.timeline,
  timelineDek: {
    zh: '选择一次会议，地图和图表随之筛选；在刻度上拖动可放大。',
    en: 'Pick a session and the map and charts follow; drag along the axis to zoom.',
  },
  laneSessions: { zh: '党代会与全会', en: 'Congress and plenaries' },
  laneEvents: { zh: '相关事件', en: 'Related events' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  zoomReset: { zh: '全部时间', en: 'Whole period' },
  today: { zh: '今天', en: 'Today' },
  goalYears: { zh: '目标年', en: 'Goal years' },
  allSessions: { zh: '全部会议', en: 'All sessions' },
  sessionStrip: { zh: '选择会议', en: 'Choose a session' },
  dateUncertain: {
    zh: '具体日期未确认，图中为可能的时间范围',
    en: 'Exact date not confirmed: the bar spans the possible dates',
  },
  axisLabel: { zh: '时间刻度（拖动以放大）', en: 'Time axis (drag to zoom)' },
  responses: { zh: '相关表态：{n}', en: 'Responses: {n}' },
  source: { zh: '出处', en: 'Source' },
  openSource: { zh: '查看原文', en: 'Show in the article' },
  namePrinted: {
    zh: '原文印作“{name}”，已更正',
    en: 'printed as “{name}” in the article; corrected',
  },
  quoteContinued: { zh: '（转下文）', en: '(continued elsewhere in the article)' },
  sourceTitle: { zh: '原文出处', en: 'Where this comes from' },
  close: { zh: '关闭', en: 'Close' },
  quoteNotFound: {
    zh: '该段落超出了原文范围。',
    en: 'This passage lies outside the article.',
  },
  articleError: { zh: '无法读取原文 {file}', en: 'Could not read the article {file}' },
  sourceNote: {
    zh: '原文为中文报道，引文以高亮显示。',
    en: 'The article is in Chinese; the quoted sentence is highlighted.',
  },
  pledgesTitle: VIEW_TITLES.pledges,
  pledgesDek: {
    zh: '选择区县，按时间由新到旧查看其负责人在各次会议后的表态；数字已标出。',
    en: 'Pick a district to read what its officials said after each session, newest first; figures are marked.',
  },
  chooseDistrict: { zh: '选择区县', en: 'Choose a district' },
  municipalBodies: { zh: '市级部门', en: 'Municipal bodies' },
  noPledges: { zh: '暂无表态记录', en: 'No statements recorded' },
  latestPledges: { zh: '最新表态', en: 'Latest statements' },
  pickDistrictHint: {
    zh: '在地图、排名或上方列表中选择一个区县。',
    en: 'Pick a district on the map, in the ranking or in the list above.',
  },
  onlySession: { zh: '仅显示：{session}', en: 'Only: {session}' },
  onlyOf: { zh: '仅显示{name}（{n} 项）', en: 'Only {name} ({n})' },
  allFirst: { zh: '显示全部，{name}在前', en: 'All shown, {name} first' },
  showAll: { zh: '显示全部', en: 'Show all' },
  otherTargets: { zh: '其他区县与全市', en: 'Other districts and the municipality' },
  showOnly: { zh: '只看{name}', en: 'Only {name}' },
  allStatements: { zh: '全部表态', en: 'All statements' },
  rankingTitle: VIEW_TITLES.ranking,
  sisterTitle: VIEW_TITLES.sisterCities,
  sisterDek: {
    zh: '重庆的国际友好城市和友好交流城市总数',
    en: 'Chongqing’s sister cities and friendly-exchange cities, in total',
  },
  sisterCities: { zh: '友好城市', en: 'Sister cities' },
  friendlyCities: { zh: '友好交流城市', en: 'Friendly-exchange cities' },
  sisterCity: { zh: '友好城市', en: 'Sister city' },
  friendlyCity: { zh: '友好交流城市', en: 'Friendly-exchange city' },
  added2024: { zh: '2024年新增', en: 'Added in 2024' },
  loansTitle: VIEW_TITLES.loans,
  loansDek: {
    zh: '面向农户的免抵押免担保贷款：覆盖区县数与报道的放款额、户数',
    en: 'Collateral-free loans to farming households: districts covered, amounts and households reported',
  },
  coverage: { zh: '覆盖区县', en: 'Districts covered' },
  amount: { zh: '金额', en: 'Amount' },
  households: { zh: '户数', en: 'Households' },
  perHousehold: { zh: '户均（推算）', en: 'Per household (derived)' },
  derivedNote: {
    zh: '推算：报道的金额除以户数，按原文数字的精度取整；原文没有这个数字。',
    en: 'Derived: the reported amount divided by households, rounded to the precision of the printed numbers; the article does not give it.',
  },
  maxPerHousehold: { zh: '单户最高可贷', en: 'Ceiling per household' },
  coveredOf: { zh: '{n} / {total} 个区县', en: '{n} of {total} districts' },
  loanAmounts: { zh: '放款额与户均', en: 'Amounts lent and per household' },
  targetsTitle: VIEW_TITLES.targets,
  targetsDek: {
    zh: '市级和区县的量化目标，按目标年份分组',
    en: 'Municipal and district targets with a number, grouped by target year',
  },
  municipal: { zh: '全市', en: 'Municipal' },
  noTargetYear: { zh: '未注明年份', en: 'No year given' },
  colDistrict: { zh: '区县', en: 'District' },
  colValue: { zh: '数值', en: 'Value' },
  colDate: { zh: '日期', en: 'Date' },
  colIndicator: { zh: '指标', en: 'Indicator' },
  colSubject: { zh: '主体', en: 'Who' },
  colYear: { zh: '年份', en: 'Year' },
  colSource: { zh: '出处', en: 'Source' },
  footerNote: {
    zh: '数据来自公开报道，每个数字均可追溯至原文句子。',
    en: 'Data from published articles; every figure links to the sentence it came from.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** `text` with its {name} placeholders filled from `vars`; one without a value stays visible. */
export function fillPlaceholders(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** A string with {name} placeholders filled in. */
export function tf(key: StringKey, lang: Lang, vars: Record<string, string | number>): string {
  return fillPlaceholders(t(key, lang), vars);
}
