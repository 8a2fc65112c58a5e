/**
 * The data desk's interface strings, Chinese first, English available. Loaded with the desk's
 * own chunk only (the dashboard never downloads them).
 */
import { fillPlaceholders, type Lang } from '../../lib/i18n';
import type { RowStatus } from '../../lib/desk/rows';
import type { SpanKind } from '../../lib/desk/spans';

const S = {
  title: { zh: '数据台：核对机器读取的数据', en: 'Data desk: check what the machine read' },
  dek: {
    zh: '放入或粘贴一篇新文章，看流水线从中读出的每一行；逐行接受、修正或驳回，保存后仪表盘随之更新。',
    en: 'Drop or paste a new article and see every row the pipeline reads from it; accept, fix or reject each, then save and the dashboard follows.',
  },
  back: { zh: '返回仪表盘', en: 'Back to the dashboard' },
  languageSwitch: { zh: 'English', en: '中文' },
  intakeTitle: { zh: '新文章', en: 'New article' },
  dropHere: {
    zh: '把 .txt 文章拖到这里，或',
    en: 'Drop .txt articles here, or',
  },
  chooseFiles: { zh: '选择文件', en: 'choose files' },
  pasteLabel: {
    zh: '或粘贴全文（原样保存，一字不改）',
    en: 'Or paste the whole text (kept exactly as pasted)',
  },
  date: { zh: '发表日期', en: 'Publication date' },
  dateHint: {
    zh: 'YYYY-MM-DD，只知道月份或年份时写 YYYY-MM 或 YYYY',
    en: 'YYYY-MM-DD; YYYY-MM or YYYY when only the month or year is known',
  },
  titleField: { zh: '标题', en: 'Title' },
  outlet: { zh: '媒体', en: 'Outlet' },
  url: { zh: '原文网址（可选）', en: 'Address online (optional)' },
  addArticle: { zh: '读取这篇文章', en: 'Read this article' },
  removeArticle: { zh: '移除', en: 'Remove' },
  asOutlet: { zh: '作为该文的另一家媒体加入', en: 'Add as another outlet of it' },
  duplicateOf: {
    zh: '{name}：与已发布的文章 {id}（{outlet}，{date}）全文相同（SHA-256 一致），不会重复读取。',
    en: '{name}: the same text as published article {id} ({outlet}, {date}; same SHA-256); it is not read again.',
  },
  outletAdded: {
    zh: '{name}：将作为文章 {id} 的另一家媒体（{outlet}）列入 manifest。',
    en: '{name}: listed in the manifest as another outlet ({outlet}) of article {id}.',
  },
  duplicatePending: {
    zh: '{name}：与已放入的 {other} 全文相同，未加入。',
    en: '{name}: the same text as {other}, already added; not added.',
  },
  emptyPaste: {
    zh: '粘贴框是空的：没有可读取的文字。',
    en: 'The paste box is empty: there is no text to read.',
  },
  notTxt: { zh: '{name}：不是 .txt 文件。', en: '{name}: not a .txt file.' },
  badInput: { zh: '{message}', en: '{message}' },
  fieldMissing: {
    zh: '请填写{field}。',
    en: 'Please fill in the {field}.',
  },
  dateInvalid: {
    zh: '日期“{date}”不是真实的 YYYY-MM-DD、YYYY-MM 或 YYYY 日期。',
    en: 'The date “{date}” is not a real YYYY-MM-DD, YYYY-MM or YYYY date.',
  },
  nothingChanged: { zh: '未作任何改动。', en: 'Nothing was changed.' },
  building: { zh: '正在运行流水线', en: 'Running the pipeline' },
  cancel: { zh: '停止', en: 'Stop' },
  buildFailed: { zh: '流水线未能运行：{message}', en: 'The pipeline could not run: {message}' },
  built: {
    zh: '已读取 {n} 篇文章（用时 {s} 秒）。',
    en: 'Read {n} articles in {s} s.',
  },
  articlePicker: { zh: '显示文章', en: 'Article shown' },
  newTag: { zh: '新', en: 'new' },
  legend: { zh: '高亮说明', en: 'Highlights' },
  rowsTitle: { zh: '读出的数据行', en: 'Rows read' },
  rowsSummary: {
    zh: '{n} 行：{held} 行待核（规则不确定），{lapsed} 行需重新核对，{machine} 行机器读取、待核，{reviewed} 行已核，{rejected} 行已驳回',
    en: '{n} rows: {held} held back (the rules were unsure), {lapsed} to check again, {machine} machine-read, {reviewed} reviewed, {rejected} rejected',
  },
  noRows: { zh: '这篇文章没有读出任何数据行。', en: 'No rows were read from this article.' },
  reprintOf: {
    zh: '这篇文章与 {id} 全文相同，数据行在 {id} 下。',
    en: 'This article has the same text as {id}; its rows are listed under {id}.',
  },
  accept: { zh: '接受', en: 'Accept' },
  fix: { zh: '修正', en: 'Fix' },
  reject: { zh: '驳回', en: 'Reject' },
  undo: { zh: '撤销', en: 'Undo' },
  withdraw: { zh: '撤回原决定', en: 'Withdraw the decision' },
  reason: { zh: '理由', en: 'Reason' },
  rejectReason: { zh: '驳回理由', en: 'Why it is rejected' },
  confirmReject: { zh: '确认驳回', en: 'Reject it' },
  confirmFix: { zh: '保存修正', en: 'Keep the fix' },
  cancelEdit: { zh: '取消', en: 'Cancel' },
  quoteStays: { zh: '原文引语保持不变。', en: 'The quote stays as printed.' },
  fixInvalid: {
    number: { zh: '不是数字（可写 1200亿、3.5万）', en: 'not a number (1200亿, 3.5万 work)' },
    kind: { zh: '只能是 target 或 actual', en: 'target or actual only' },
    period: {
      zh: '格式为 YYYY、YYYY-MM、YYYY-MM-DD 或 起/止',
      en: 'YYYY, YYYY-MM, YYYY-MM-DD or start/end',
    },
    date: { zh: '格式为 YYYY、YYYY-MM 或 YYYY-MM-DD', en: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    empty: { zh: '不能为空', en: 'cannot be empty' },
  },
  nothingFixed: { zh: '没有改动任何字段。', en: 'No field was changed.' },
  pendingAccept: { zh: '待保存：接受', en: 'To save: accepted' },
  pendingFix: { zh: '待保存：修正 {fields}', en: 'To save: fixed {fields}' },
  pendingReject: { zh: '待保存：驳回（{reason}）', en: 'To save: rejected ({reason})' },
  pendingClear: { zh: '待保存：撤回原决定', en: 'To save: decision withdrawn' },
  decidedBy: { zh: '{who} 于 {when}', en: '{who} on {when}' },
  quote: { zh: '原文', en: 'Quote' },
  saveTitle: { zh: '保存', en: 'Save' },
  reviewer: { zh: '核对人', en: 'Checked by' },
  reviewerNeeded: { zh: '请先填写核对人。', en: 'Say who checked first.' },
  pendingCount: {
    zh: '{decisions} 个决定、{articles} 篇新文章待保存。',
    en: 'To save: {decisions} decision(s), {articles} new article(s).',
  },
  save: { zh: '保存并重新生成数据', en: 'Save and rebuild the data' },
  saving: { zh: '正在保存并运行 npm run data…', en: 'Saving and running npm run data…' },
  saved: {
    zh: '已保存：{files}。数据已重新生成；已打开的仪表盘会自动刷新。',
    en: 'Saved: {files}. The data was rebuilt; open dashboards reload with it.',
  },
  saveFailed: { zh: '未能保存：{message}', en: 'Could not save: {message}' },
  openDashboard: { zh: '打开仪表盘查看', en: 'Open the dashboard' },
  downloadsTitle: { zh: '下载文件', en: 'Download the files' },
  downloadsHelp: {
    zh: '此网站没有写入接口：把 corrections.csv 和 reviewed.csv 放进项目的 data/，文章和 manifest.csv 放进 seeds/，然后运行 npm run data。',
    en: 'This site cannot write: put corrections.csv and reviewed.csv in the project’s data/, the article and manifest.csv in seeds/, then run npm run data.',
  },
  warnings: { zh: '流水线提示', en: 'Pipeline notes' },
  outputsTitle: {
    zh: '生成的数据表（与 npm run data 相同）',
    en: 'The tables built (as npm run data writes them)',
  },
  outputsHelp: {
    zh: '浏览器中用同一套规则，从已发布文章和新文章生成的 data/ 文件，保存前可下载核对。',
    en: 'The data/ files the same rules build in this browser from the published and new articles; download them to compare before saving.',
  },
} as const;

type Key = Exclude<keyof typeof S, 'fixInvalid'>;

export function d(key: Key, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders((S[key] as Record<Lang, string>)[lang], vars);
}

export function fixError(error: keyof typeof S.fixInvalid, lang: Lang): string {
  return S.fixInvalid[error][lang];
}

export const KIND_LABEL: Record<SpanKind, Record<Lang, string>> = {
  statement: { zh: '表态', en: 'Statement' },
  target: { zh: '目标', en: 'Target' },
  result: { zh: '成绩', en: 'Result' },
  loan: { zh: '贷款', en: 'Loan' },
  sisterCity: { zh: '友好城市', en: 'Sister city' },
  event: { zh: '事件', en: 'Event' },
};

export const STATUS_LABEL: Record<RowStatus, Record<Lang, string>> = {
  held: { zh: '规则不确定，待核', en: 'Held back: the rules were unsure' },
  lapsed: { zh: '规则已变，需重新核对', en: 'To check again: the rules now read it differently' },
  machine: { zh: '机器读取，待核', en: 'Machine-read, not yet checked' },
  reviewed: { zh: '已核', en: 'Reviewed' },
  rejected: { zh: '已驳回', en: 'Rejected' },
};

/** Column names as the desk shows them. */
export const FIELD_LABEL: Record<string, Record<Lang, string>> = {
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  qualifier: { zh: '限定', en: 'Qualifier' },
  kind: { zh: '类型', en: 'Kind' },
  period: { zh: '时期', en: 'Period' },
  subject_zh: { zh: '主体', en: 'Subject' },
  subject_code: { zh: '主体', en: 'Subject' },
  indicator_zh: { zh: '指标', en: 'Indicator' },
  indicator_en: { zh: '英文标签', en: 'English label' },
  speaker: { zh: '发言人', en: 'Speaker' },
  speaker_en: { zh: '发言人（英文）', en: 'Speaker (English)' },
  role: { zh: '职务', en: 'Role' },
  role_en: { zh: '职务（英文）', en: 'Role (English)' },
  district_code: { zh: '区县', en: 'District' },
  date: { zh: '日期', en: 'Date' },
  horizon: { zh: '目标年', en: 'Horizon' },
  goal_zh: { zh: '目标', en: 'Goal' },
  goal_en: { zh: '英文', en: 'English' },
  program: { zh: '项目', en: 'Programme' },
  indicator: { zh: '指标', en: 'Indicator' },
  since: { zh: '起始', en: 'Since' },
  status: { zh: '状态', en: 'Status' },
  city_zh: { zh: '城市', en: 'City' },
  city_en: { zh: '城市（英文）', en: 'City (English)' },
  country_zh: { zh: '国家', en: 'Country' },
  relation: { zh: '关系', en: 'Relation' },
  as_of: { zh: '截至', en: 'As of' },
  sister_cities: { zh: '友好城市', en: 'Sister cities' },
  friendly_exchange_cities: { zh: '友好交流城市', en: 'Friendly-exchange cities' },
  name_zh: { zh: '名称', en: 'Name' },
  name_en: { zh: '英文名称', en: 'English name' },
  date_start: { zh: '开始', en: 'Start' },
  date_end: { zh: '结束', en: 'End' },
};

export const TABLE_LABEL: Record<string, Record<Lang, string>> = {
  figures: { zh: '数字', en: 'Figures' },
  pledges: { zh: '表态', en: 'Statements' },
  goals: { zh: '目标（文字）', en: 'Goals (worded)' },
  loans: { zh: '贷款', en: 'Loans' },
  loan_coverage: { zh: '贷款覆盖', en: 'Loan coverage' },
  sister_cities: { zh: '友好城市', en: 'Sister cities' },
  sister_city_totals: { zh: '友城总数', en: 'Sister-city totals' },
  sessions: { zh: '事件', en: 'Events' },
};
