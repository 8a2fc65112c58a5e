/**
 * The data files each metric is computed from, districts.csv aside (every metric lists districts).
 * A lone map loads only these, so an embed of one metric does not download the others' files.
 * Apart from metrics.ts so the page's first module can name its files without its code.
 */
import type { DatasetName } from './schema';
import type { MetricId } from './view-state';

export const METRIC_INPUTS: Record<MetricId, readonly DatasetName[]> = {
  // sessions.csv names the session a view is filtered to (its title).
  statements: ['pledges', 'sessions'],
  // Figures are tied to a session through their pledge and the session's dates.
  targets: ['figures', 'pledges', 'sessions'],
  // Coverage is shown as of the selected session's date.
  loans: ['loanCoverage', 'sessions'],
  region: [],
};
