/**
 * What the map (and the ranking chart) colour districts by: one value per district, with display
 * text in both languages, the unit, and the quotes it was counted from.
 * Owns: metric definitions and derivation from the loaded datasets. Knows nothing about colours,
 * geometry or the DOM. A district without an entry in `values` has no data (never zero).
 */
import type { Lang } from './i18n';
import type { Datasets } from './load';
import type { DatasetName } from './schema';
import { MUNICIPALITY_CODE } from './schema';
import { figuresForSession, pledgesForSession } from './sessions';
import { formatDate, formatNumber } from './format';
import type { MetricId } from './view-state';

export type ScaleKind = 'sequential' | 'categorical';
export type Text = Record<Lang, string>;

/** Where a value comes from: a sentence in an article, or a reference file. */
export interface SourceRef {
  /** pledge_id / figure_id, or the reference file's name. */
  id: string;
  sourceId: string;
  quote: string;
}

export interface DistrictValue {
  code: string;
  /** The number coloured by (sequential metrics); null for categorical ones. */
  value: number | null;
  /** Category key (categorical metrics); null for sequential ones. */
  category: string | null;
  text: Text;
  sources: SourceRef[];
}

export interface Category {
  key: string;
  label: Text;
}

export interface Metric {
  id: MetricId;
  label: Text;
  /** Unit of `value` as the legend states it; empty for categories. */
  unit: Text;
  scale: ScaleKind;
  /** Categorical metrics: categories in legend order. */
  categories: Category[];
  /** Districts with data. A district missing here is drawn as "no data". */
  values: Map<string, DistrictValue>;
  /** Datasets the metric needs that are not loaded: why every district may be missing. */
  missing: DatasetName[];
}

export const METRIC_LABELS: Record<MetricId, Text> = {
  statements: { zh: '表态条数', en: 'Statements' },
  targets: { zh: '量化目标数', en: 'Numeric targets' },
  loans: { zh: '“富民贷”覆盖', en: 'Fumindai loans: coverage' },
  region: { zh: '一区两群', en: 'Region (one area, two clusters)' },
};

/**
 * The data files each metric is computed from, districts.csv aside (every metric lists districts).
 * A lone map loads only these, so an embed of one metric does not download the others' files.
 */
export const METRIC_INPUTS: Record<MetricId, readonly DatasetName[]> = {
  statements: ['pledges'],
  // Figures are tied to a session through their pledge and the session's dates.
  targets: ['figures', 'pledges', 'sessions'],
  loans: ['loanCoverage'],
  region: [],
};

/** Loan coverage stages in the order the programme rolled out; others follow in order of date. */
const LOAN_STAGES: Record<string, Text> = {
  first_loan: { zh: '首笔贷款', en: 'First loan' },
  pilot: { zh: '试点', en: 'Pilot' },
};

export function computeMetric(id: MetricId, data: Datasets, session: string | null): Metric {
  switch (id) {
    case 'statements':
      return statements(data, session);
    case 'targets':
      return targets(data, session);
    case 'loans':
      return loans(data);
    case 'region':
      return region(data);
    default: {
      const unhandled: never = id;
      throw new Error(`unknown metric ${String(unhandled)}`);
    }
  }
}

function base(id: MetricId, scale: ScaleKind, unit: Text, needs: DatasetName[], data: Datasets) {
  return {
    id,
    label: METRIC_LABELS[id],
    unit,
    scale,
    categories: [] as Category[],
    values: new Map<string, DistrictValue>(),
    missing: needs.filter((n) => !data[n]),
  };
}

/** Every district gets a count (0 included) once the dataset is loaded: zero is something we counted. */
function counts(
  metric: Metric,
  data: Datasets,
  rows: { code: string; ref: SourceRef }[],
  text: (n: number, lang: Lang) => string,
): Metric {
  const byCode = new Map<string, SourceRef[]>();
  for (const r of rows) {
    if (r.code === MUNICIPALITY_CODE || !r.code) continue;
    byCode.set(r.code, [...(byCode.get(r.code) ?? []), r.ref]);
  }
  for (const d of data.districts ?? []) {
    const sources = byCode.get(d.code) ?? [];
    const n = sources.length;
    metric.values.set(d.code, {
      code: d.code,
      value: n,
      category: null,
      text: { zh: text(n, 'zh'), en: text(n, 'en') },
      sources,
    });
  }
  return metric;
}

function statements(data: Datasets, session: string | null): Metric {
  const metric = base(
    'statements',
    'sequential',
    { zh: '条', en: 'statements' },
    ['pledges'],
    data,
  );
  if (metric.missing.length) return metric;
  const rows = pledgesForSession(data.pledges ?? [], session).map((p) => ({
    code: p.district_code,
    ref: { id: p.pledge_id, sourceId: p.source_id, quote: p.quote },
  }));
  return counts(metric, data, rows, (n, lang) =>
    lang === 'zh'
      ? `${formatNumber(n, lang)} 条表态`
      : `${formatNumber(n, lang)} statement${n === 1 ? '' : 's'}`,
  );
}

function targets(data: Datasets, session: string | null): Metric {
  const metric = base('targets', 'sequential', { zh: '项', en: 'targets' }, ['figures'], data);
  if (metric.missing.length) return metric;
  const figures = figuresForSession(
    data.figures ?? [],
    data.pledges ?? [],
    data.sessions ?? [],
    session,
  ).filter((f) => f.kind === 'target');
  const rows = figures.map((f) => ({
    code: f.subject_code,
    ref: { id: f.figure_id, sourceId: f.source_id, quote: f.quote },
  }));
  return counts(metric, data, rows, (n, lang) =>
    lang === 'zh'
      ? `${formatNumber(n, lang)} 项量化目标`
      : `${formatNumber(n, lang)} numeric target${n === 1 ? '' : 's'}`,
  );
}

function loans(data: Datasets): Metric {
  const metric = base('loans', 'categorical', { zh: '', en: '' }, ['loanCoverage'], data);
  if (metric.missing.length) return metric;
  // A district's stage is the first one it reached (earliest `since`).
  const first = new Map<string, RowOf<'loanCoverage'>>();
  for (const row of data.loanCoverage ?? []) {
    if (!row.district_code || row.district_code === MUNICIPALITY_CODE) continue;
    const seen = first.get(row.district_code);
    if (!seen || row.since < seen.since) first.set(row.district_code, row);
  }
  // Categories are stage + year (首笔贷款 2021, 试点 2021, 试点 2024): the roll-out in order.
  const known = Object.keys(LOAN_STAGES);
  const order = (s: string) => (known.includes(s) ? known.indexOf(s) : known.length);
  const keyOf = (row: RowOf<'loanCoverage'>) => `${row.status}:${row.since}`;
  const stageRows = new Map<string, RowOf<'loanCoverage'>>();
  for (const row of first.values()) if (!stageRows.has(keyOf(row))) stageRows.set(keyOf(row), row);
  const labelOf = (row: RowOf<'loanCoverage'>): Text => {
    const stage = LOAN_STAGES[row.status] ?? { zh: row.status, en: row.status };
    if (!row.since) return stage;
    return {
      zh: `${stage.zh}（${formatDate(row.since, 'zh')}）`,
      en: `${stage.en} (${formatDate(row.since, 'en')})`,
    };
  };
  metric.categories = [...stageRows.values()]
    .sort(
      (a, b) =>
        a.since.localeCompare(b.since) ||
        order(a.status) - order(b.status) ||
        a.status.localeCompare(b.status),
    )
    .map((row) => ({ key: keyOf(row), label: labelOf(row) }));
  for (const [code, row] of first) {
    metric.values.set(code, {
      code,
      value: null,
      category: keyOf(row),
      text: labelOf(row),
      sources: [
        { id: `${row.program}:${row.district_code}`, sourceId: row.source_id, quote: row.quote },
      ],
    });
  }
  return metric;
}

function region(data: Datasets): Metric {
  const metric = base('region', 'categorical', { zh: '', en: '' }, ['districts'], data);
  const seen = new Map<string, Category>();
  for (const d of data.districts ?? []) {
    if (!d.region) continue;
    if (!seen.has(d.region))
      seen.set(d.region, { key: d.region, label: { zh: d.region_zh, en: d.region_en } });
    metric.values.set(d.code, {
      code: d.code,
      value: null,
      category: d.region,
      text: { zh: d.region_zh, en: d.region_en },
      sources: [{ id: 'districts.csv', sourceId: 'reference', quote: '' }],
    });
  }
  metric.categories = [...seen.values()];
  return metric;
}

type RowOf<N extends DatasetName> = NonNullable<Datasets[N]>[number];
