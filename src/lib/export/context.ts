/**
 * Everything the downloads and the embed of one view need, derived once from the view state and
 * the data: its words (title, subtitle, source line, dates), its table, its source links, its
 * citations, file name, embed code and dashboard link. Used by the embed page and by the
 * dashboard's per-view download menus alike, so both give the same files.
 * Owns: view → export context. Knows nothing about the DOM.
 */
import { dashboardUrl, embedUrl, getEmbedCode, type EmbedChart } from '../embed';
import type { Lang } from '../i18n';
import type { Datasets } from '../load';
import { SCHEMAS, type DatasetName } from '../schema';
import { formatQuoteRef, toSearchParams, type MetricId, type ViewState } from '../view-state';
import { METRIC_INPUTS } from '../metrics';
import { httpUrl } from '../links';
import { downloadName, type CiteInfo, type SourceInfo } from './csv';
import type { FrameText } from './svg';
import { citedSources, dataAsOf, sourceIndex, viewTable, type ViewTable } from './tables';

/** The data files each view draws from (besides sources.csv, which every view cites). */
export const CHART_DATASETS: Record<EmbedChart, readonly DatasetName[]> = {
  map: ['districts', 'pledges', 'figures', 'sessions', 'loanCoverage'],
  ranking: ['districts', 'pledges', 'figures', 'sessions', 'loanCoverage'],
  timeline: ['sessions', 'pledges'],
  'sister-cities': ['sisterCities', 'sisterCityTotals', 'sessions'],
  loans: ['loans', 'loanCoverage', 'districts'],
  targets: ['figures', 'pledges', 'sessions', 'districts'],
  pledges: ['pledges', 'sessions', 'districts', 'figures'],
  source: [],
};

/**
 * The files an embed of `chart` fetches: its view's files and sources.csv. The map draws one
 * metric, so it needs only districts.csv and that metric's files.
 */
export function embedDatasets(chart: EmbedChart, metric: MetricId): DatasetName[] {
  const own =
    chart === 'map' ? ['districts' as const, ...METRIC_INPUTS[metric]] : CHART_DATASETS[chart];
  return [...new Set([...own, 'sources' as const])];
}

export interface SourceLink {
  label: string;
  /** Where to read it: the sentence in the dashboard's source panel, a reference URL or a data file. */
  href: string;
  /** The article's headline, where known (two articles can share outlet and date). */
  title?: string;
}

export interface ChartWords {
  title: Record<Lang, string>;
  subtitle: Record<Lang, string>;
}

export interface ExportContext {
  text: FrameText;
  table: ViewTable;
  sources: Map<string, SourceInfo>;
  sourceLinks: SourceLink[];
  cite: { zh: CiteInfo; en: CiteInfo };
  fileStem: string;
  embedCode: string;
  embedHref: string;
  dashboardHref: string;
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
    dataAsOf: (date: string) => string;
    downloaded: (date: string) => string;
  };
}

function districtName(data: Datasets, code: string | null, lang: Lang): string | null {
  const d = code ? data.districts?.find((r) => r.code === code) : undefined;
  return d ? (lang === 'zh' ? d.name_zh : d.name_en) : null;
}

/** Title with the selected district in front for the views that narrow to one district. */
function titleFor(input: ExportInput, lang: Lang): string {
  const base = input.words.title[lang];
  const narrowed = ['pledges', 'targets', 'loans'].includes(input.chart);
  const name = narrowed ? districtName(input.data, input.state.district, lang) : null;
  return name ? (lang === 'zh' ? `${name}：${base}` : `${name}: ${base}`) : base;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function exportContext(input: ExportInput): ExportContext {
  const { chart, state, data, pageUrl, today } = input;
  const lang = state.lang;
  const params = toSearchParams(state);
  const table = viewTable(chart, data, state);
  const sources = sourceIndex(data);
  const cited = citedSources(table.rows);
  const dashboardHref = dashboardUrl(pageUrl, params);

  // Articles in data/sources.csv link to their sentence in the dashboard; reference rows (ids not
  // in sources.csv) link to their own web page, one link per distinct page.
  const sourceLinks: SourceLink[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const id = row.source_id == null ? '' : String(row.source_id);
    // Only http(s) addresses become links (a javascript: URL in the data stays out).
    const url = httpUrl(row.source_url == null ? '' : String(row.source_url)) ?? '';
    const info = sources.get(id);
    const key = info ? id : url;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (!info) {
      sourceLinks.push({ label: hostOf(url), href: url });
      continue;
    }
    const start = Number(row.start);
    const end = Number(row.end);
    const withQuote = new URLSearchParams(params);
    if (Number.isInteger(start) && Number.isInteger(end) && end > start)
      withQuote.set('quote', formatQuoteRef({ source: id, start, end }));
    sourceLinks.push({
      label: `${info.outlet} ${info.date}`,
      href: url || dashboardUrl(pageUrl, withQuote),
      title: info.title,
    });
  }
  const base = new URL('./', pageUrl);
  for (const name of [...CHART_DATASETS[chart], 'sources' as const]) {
    if (!data[name]?.length) continue;
    const file = SCHEMAS[name].file;
    sourceLinks.push({ label: file, href: new URL(`data/${file}`, base).href });
  }

  const asOf = dataAsOf(table.rows, sources);
  const outlets = cited.map((id) => sources.get(id)?.outlet ?? '').filter(Boolean);
  const uniqueOutlets = [...new Set(outlets)];
  const title = titleFor(input, lang);
  const text: FrameText = {
    title,
    subtitle: input.words.subtitle[lang],
    source:
      input.labels.source +
      (uniqueOutlets.length ? uniqueOutlets.join(lang === 'zh' ? '、' : ', ') : 'data/') +
      (lang === 'zh'
        ? '；整理：中共重庆市委全会数据仪表盘'
        : ' · Chongqing Plenary Sessions dashboard'),
    date: [asOf ? input.labels.dataAsOf(asOf) : '', input.labels.downloaded(today)]
      .filter(Boolean)
      .join(' · '),
    url: dashboardHref,
    lang,
  };
  const citeFor = (l: Lang): CiteInfo => ({
    title: titleFor(input, l),
    url: dashboardHref,
    accessed: today,
    outlets: uniqueOutlets,
  });
  const embedTitle = `${title} — ${input.words.subtitle[lang]}`;
  return {
    text,
    table,
    sources,
    sourceLinks,
    cite: { zh: citeFor('zh'), en: citeFor('en') },
    fileStem: downloadName(
      ['cq', chart, state.district, state.session, state.metric, today],
      'x',
    ).slice(0, -2),
    embedCode: getEmbedCode({ pageUrl, chart, state: params, title: embedTitle, lang }),
    embedHref: embedUrl(pageUrl, chart, params),
    dashboardHref,
  };
}
