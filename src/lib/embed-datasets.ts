/**
 * The data files each view fetches: one list for the embeds (src/EmbedApp.svelte) and the byte
 * budgets (scripts/lib/budget.ts). Imports nothing heavy, so scripts can read it.
 */
import type { EmbedChart } from './embed';
import type { DatasetName } from './schema';
import type { MetricId, ViewState } from './view-state';
import { METRIC_INPUTS } from './metrics';

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
 * metric, so it needs only districts.csv and that metric's files, and sessions.csv when a session
 * is selected (its date says which boundaries to draw).
 */
export function embedDatasets(
  chart: EmbedChart,
  metric: MetricId,
  session: string | null = null,
): DatasetName[] {
  const own =
    chart === 'map'
      ? ['districts' as const, ...METRIC_INPUTS[metric], ...(session ? ['sessions' as const] : [])]
      : CHART_DATASETS[chart];
  return [...new Set([...own, 'sources' as const])];
}

/**
 * The files the dashboard fetches on load: what its first screen draws (the map and the ranking of
 * `metric`, the headline, the session strip) and sources.csv. The views below it fetch theirs
 * (CHART_DATASETS) when the reader comes near them.
 */
export function dashboardFirstDatasets(metric: MetricId): DatasetName[] {
  // The headline counts statements (pledges) and districts with numeric targets (figures).
  const headline = ['districts', 'pledges', 'figures', 'sessions'] as const;
  return [...new Set([...headline, ...METRIC_INPUTS[metric], 'sources' as const])];
}

/**
 * The files a page fetches on load, for the view its URL opens: the dashboard's, or its embed's
 * (an embed shows one chart; `chart` absent is the map). Null for other modes (the presentation),
 * which load their own. One list for the page (src/main.ts starts them with the code) and the byte budgets.
 */
export function pageDatasets(
  view: Pick<ViewState, 'mode' | 'chart' | 'metric' | 'session'>,
): readonly DatasetName[] | null {
  if (view.mode === 'embed') return embedDatasets(view.chart ?? 'map', view.metric, view.session);
  if (view.mode === 'full') return dashboardFirstDatasets(view.metric);
  return null;
}
