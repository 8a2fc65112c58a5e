/**
 * The "reviewed only" view (`reviewed=1`): the tables read from articles keep only the rows a
 * person checked (reviewed_by set by data/reviewed.csv or a fix in corrections.csv). Reference
 * tables (districts, sources) and the events (the frame the rest hangs on) are kept whole.
 * Owns: which tables are filtered. Knows nothing about the DOM.
 */
import type { Datasets } from './load';
import type { DatasetName } from './schema';

const CHECKED: readonly DatasetName[] = [
  'pledges',
  'figures',
  'goals',
  'loans',
  'loanCoverage',
  'sisterCities',
  'sisterCityTotals',
];

export function reviewedOnly(data: Datasets): Datasets {
  const out: Datasets = { ...data };
  for (const name of CHECKED) {
    const rows = data[name] as { reviewed_by?: string }[] | undefined;
    if (rows) (out as Record<string, unknown>)[name] = rows.filter((r) => !!r.reviewed_by);
  }
  return out;
}
