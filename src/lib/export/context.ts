/**
 * Everything the downloads and the embed of one view need, derived once from the view state and
 * the data: its words (title, subtitle, source line, dates), its table, its source links, its
 * citations, file name, embed code and dashboard link. Used by the embed page and by the
 * dashboard's per-view download menus alike, so both give the same files.
 * Owns: view → export context. Knows nothing about the DOM.
 */
import {
  DEFAULT_CREDIT,
  creditLine,
  dashboardUrl,
  embedUrl,
  getEmbedCode,
  type EmbedChart,
} from '../embed';
import type { Lang } from '../i18n';
import type { Datasets } from '../load';
import { toSearchParams, type ViewState } from '../view-state';
import { scopeTitle } from '../metrics';
import { glossaryEn } from '../glossary';
import { shortEventLabel, titleInScope } from '../sessions';
import { makeRow } from '../rows';
import { httpUrl } from '../links';
import { shownVintage, unitCountOf } from '../vintage-view';
import { downloadName, type CiteInfo, type SourceInfo } from './csv';
import type { FrameText } from './svg';
import {
  citedSources,
  dataAsOf,
  sourceIndex,
  viewQuotes,
  viewTable,
  type ViewTable,
} from './tables';
import { compareIds } from '../order';

// Which files each view fetches lives apart (no glossary import), so the byte budgets can read it.
export { CHART_DATASETS, embedDatasets } from '../embed-datasets';

/** One source article as a footer names it: outlet and date, linked where its address is known. */
export interface SourceArticle {
  id: string;
  date: string;
  title: string;
  /** The original's address (sources.csv `url`, the first of a reprint's), or null. */
  href: string | null;
}

/** A footer's sources, by outlet: 重庆日报 2022-12-23、2024-05-25；重庆晨报 2024-05-26. */
export interface SourceGroup {
  outlet: string;
  articles: SourceArticle[];
}

export interface ChartWords {
  title: Record<Lang, string>;
  subtitle: Record<Lang, string>;
}

export interface ExportContext {
  text: FrameText;
  table: ViewTable;
  /** A second table from the same menu (the map's quotes), or null. */
  quotes: ViewTable | null;
  sources: Map<string, SourceInfo>;
  /** The articles the view's rows come from, by outlet and date. */
  sourceGroups: SourceGroup[];
  /** Some rows come from hand-gathered reference facts (public records) rather than articles. */
  publicRecords: boolean;
  /** "图表：{credit}" / "Chart: {credit}". */
  credit: string;
  cite: { zh: CiteInfo; en: CiteInfo };
  fileStem: string;
  embedCode: string;
  embedHref: string;
  dashboardHref: string;
  /** The same context under another credit (typed in the embed dialog); null: the default. */
  credited: (credit: string | null) => ExportContext;
}

export interface ExportInput {
  chart: EmbedChart;
  state: ViewState;
  data: Datasets;
  /** The page's URL (location.href), from which absolute links are made. */
  pageUrl: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  words: ChartWords;
  /** "Source: " / "来源：", "Data as of {date}", "Downloaded {date}" in the view's language. */
  labels: {
    source: string;
    /** "公开资料" / "public records": reference facts, named after the articles. */
    publicRecords: string;
    dataAsOf: (date: string) => string;
    downloaded: (date: string) => string;
  };
}

function districtName(data: Datasets, code: string | null, lang: Lang): string | null {
  const d = code ? data.districts?.find((r) => r.code === code) : undefined;
  return d ? (lang === 'zh' ? d.name_zh : d.name_en) : null;
}

/** A view's words with `{n}` filled: the units of the boundaries it shows (38 or 37). */
function withUnits(text: string, input: ExportInput): string {
  const n = unitCountOf(shownVintage(input.state, input.data).id);
  return text.replace(/\{n\}/g, String(n));
}

/**
 * A view's title naming its scope as the dashboard does: the map and the ranking their metric
 * and session (五次全会后的表态); statements and targets the session they are filtered to and the
 * selected district; the timeline and sister cities the session they mark.
 */
function titleFor(input: ExportInput, lang: Lang): string {
  const base = withUnits(input.words.title[lang], input);
  const { chart, state, data } = input;
  // Before sessions.csv is there, the id alone still names a plenary (plenary-6-5 → 五次全会).
  const event = state.session
    ? (data.sessions?.find((e) => e.event_id === state.session) ??
      makeRow('sessions', { event_id: state.session, name_zh: state.session }))
    : null;
  const sep = lang === 'zh' ? '：' : ': ';
  switch (chart) {
    case 'map':
    case 'ranking':
      return `${base}${sep}${scopeTitle(state.metric, event, lang)}`;
    case 'timeline':
    case 'sister-cities':
      // These show every date and mark the selected session.
      if (!event) return base;
      return lang === 'zh'
        ? `${base}（标出${shortEventLabel(event, lang)}）`
        : `${base} (${shortEventLabel(event, lang)} marked)`;
    default:
      break;
  }
  const narrowed = BY_DISTRICT.includes(chart);
  const name = narrowed ? districtName(data, state.district, lang) : null;
  const own = name ? `${name}${sep}${base}` : base;
  // Statements and targets are filtered to the session; loans and sources are not.
  return chart === 'pledges' || chart === 'targets' ? titleInScope(own, event, lang) : own;
}

/** The articles behind some rows, grouped by outlet (first seen first), dates in order. */
export function sourceGroups(
  ids: readonly string[],
  sources: ReadonlyMap<string, SourceInfo>,
): SourceGroup[] {
  const groups = new Map<string, SourceArticle[]>();
  for (const id of ids) {
    const info = sources.get(id);
    if (!info) continue;
    const list = groups.get(info.outlet) ?? [];
    // Only http(s) addresses become links (a javascript: URL in the data stays text).
    const href = info.url.split(/\s+/).map(httpUrl).find(Boolean) ?? null;
    list.push({ id, date: info.date, title: info.title, href });
    groups.set(info.outlet, list);
  }
  return [...groups].map(([outlet, articles]) => ({
    outlet,
    articles: articles.sort((a, b) => compareIds(a.date, b.date) || compareIds(a.id, b.id)),
  }));
}

/** The source line as plain text, for images: "来源：重庆日报 2022-12-23、2024-05-25；重庆晨报 …". */
export function sourceText(
  groups: readonly SourceGroup[],
  publicRecords: string | null,
  lang: Lang,
): string {
  const [dateSep, groupSep] = lang === 'zh' ? ['、', '；'] : [', ', '; '];
  const outlet = (zh: string) => (lang === 'en' && glossaryEn(zh)) || zh;
  const parts = groups.map((g) =>
    `${outlet(g.outlet)} ${g.articles.map((a) => a.date).join(dateSep)}`.trim(),
  );
  if (publicRecords) parts.push(publicRecords);
  return parts.join(groupSep);
}

/** Which views a metric, a session or a district narrows (the rest show the same whatever it is). */
const BY_METRIC: readonly EmbedChart[] = ['map', 'ranking'];
const BY_SESSION: readonly EmbedChart[] = [
  'map',
  'ranking',
  'targets',
  'pledges',
  'timeline',
  'sister-cities',
];
const BY_DISTRICT: readonly EmbedChart[] = ['pledges', 'targets', 'loans'];

/**
 * A download's name after the chart and its scope: the metric only where the view colours by
 * one (map, ranking), then the session and district it is narrowed to, and the day:
 * cq-map-targets-plenary-6-5-2026-11-21, cq-loans-500102-2026-11-21.
 */
export function fileStem(chart: EmbedChart, state: ViewState, today: string): string {
  const metric = BY_METRIC.includes(chart) ? state.metric : null;
  const session = BY_SESSION.includes(chart) ? state.session : null;
  const district = BY_DISTRICT.includes(chart) ? state.district : null;
  return downloadName(['cq', chart, metric, session, district, today], 'x').slice(0, -2);
}

export function exportContext(input: ExportInput): ExportContext {
  const { chart, state, data, pageUrl, today } = input;
  const lang = state.lang;
  const params = toSearchParams(state);
  const table = viewTable(chart, data, state);
  const sources = sourceIndex(data);
  const quotes = viewQuotes(chart, data, state);
  const rows = [...table.rows, ...(quotes?.rows ?? [])];
  const cited = citedSources(rows);
  const dashboardHref = dashboardUrl(pageUrl, params);
  const groups = sourceGroups(cited, sources);
  // Reference facts (session dates, district list, partner totals) carry a source_url of their
  // own; the footer names them once, as public records, instead of listing every domain.
  const publicRecords = rows.some((r) => r.source_url && !sources.has(String(r.source_id ?? '')));
  const credit = creditLine(state.credit, lang);

  const asOf = dataAsOf(rows, sources);
  const uniqueOutlets = groups.map((g) => g.outlet).filter(Boolean);
  const title = titleFor(input, lang);
  const named = sourceText(groups, publicRecords ? input.labels.publicRecords : null, lang);
  const text: FrameText = {
    title,
    subtitle: withUnits(input.words.subtitle[lang], input),
    source: [named ? input.labels.source + named : '', credit].filter(Boolean).join(' · '),
    date: [asOf ? input.labels.dataAsOf(asOf) : '', input.labels.downloaded(today)]
      .filter(Boolean)
      .join(' · '),
    url: dashboardHref,
    lang,
  };
  const citeFor = (l: Lang): CiteInfo => ({
    credit: state.credit ?? DEFAULT_CREDIT[l],
    title: titleFor(input, l),
    url: dashboardHref,
    accessed: today,
    outlets: uniqueOutlets.map((o) => (l === 'en' && glossaryEn(o)) || o),
  });
  const embedTitle = `${title} — ${withUnits(input.words.subtitle[lang], input)}`;
  const context: ExportContext = {
    text,
    table,
    quotes,
    sources,
    sourceGroups: groups,
    publicRecords,
    credit,
    cite: { zh: citeFor('zh'), en: citeFor('en') },
    fileStem: fileStem(chart, state, today),
    embedCode: getEmbedCode({ pageUrl, chart, state: params, title: embedTitle, lang }),
    embedHref: embedUrl(pageUrl, chart, params),
    dashboardHref,
    credited: (other) =>
      other === state.credit
        ? context
        : exportContext({ ...input, state: { ...state, credit: other } }),
  };
  return context;
}
