/**
 * The data behind each view as a flat table for the CSV download: the sourced rows the view
 * draws, filtered by the view's district and session, each keeping its source_id/quote/start/end.
 * The map and the ranking give one row per district of the boundaries shown (all 38 or 37, the
 * value the view colours it by and its class), so re-uploading the file to a chart tool gives
 * each district once. A district not reported in the view's scope has `status` not_reported and
 * an empty value (not a zero: zero is a value only where a source states it, see metrics.ts);
 * values come from the same computeMetric as the map. The sentences each value was counted from
 * are a second table (viewQuotes), offered from the same menu, where a record of an abolished
 * district added up into its successor keeps its own code in `row_district_code`.
 * Owns: view → rows. Knows nothing about the DOM or the CSV syntax.
 */
import type { EmbedChart } from '../embed';
import type { Datasets } from '../load';
import type { RowOf } from '../schema';
import { MUNICIPALITY_CODE } from '../schema';
import { computeMetric, coveredBy } from '../metrics';
import { scaleFor } from '../colors';
import { figuresForSession, pledgesForSession } from '../sessions';
import { METRICS, type MetricId } from '../view-state';
import type { CsvRow, SourceInfo } from './csv';
import type { VintageId } from '../vintages';
import { crosswalkTable, shownVintage, vintageDistricts } from '../vintage-view';

export interface TableState {
  district: string | null;
  session: string | null;
  /** Metric the map and ranking colour by (statements, targets, loans, region). */
  metric: string;
  /** Boundaries picked in the URL; else those in force on the session's or newest article's date. */
  boundaries?: VintageId | null;
}

export interface ViewTable {
  columns: string[];
  rows: CsvRow[];
}

/** Columns in first-seen order over all rows. */
export function unionColumns(rows: readonly CsvRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/** What a downloaded row says of its checking, beside reviewed_by and reviewed_at. */
export const REVIEW_STATUS = {
  reviewed: '已核 / reviewed',
  machine: '机器读取，待核 / machine-read, not yet checked',
} as const;

/** Rows read from articles (they carry reviewed_by) say whether a person checked them. */
function withReviewStatus(row: CsvRow): CsvRow {
  if (!('reviewed_by' in row)) return row;
  return {
    ...row,
    review_status: row.reviewed_by ? REVIEW_STATUS.reviewed : REVIEW_STATUS.machine,
  };
}

function table(rows: CsvRow[]): ViewTable {
  const marked = rows.map(withReviewStatus);
  return { columns: unionColumns(marked), rows: marked };
}

const byDistrict = <R extends CsvRow>(district: string | null, code: (r: R) => string) =>
  district === null ? () => true : (r: R) => code(r) === district;

/**
 * The district-level records a metric counted in its scope, keyed by the district of the vintage
 * they are shown on (as the map does: counts of abolished districts add up into their successor;
 * targets, which do not add up, stay out).
 */
function recordsByDistrict(
  data: Datasets,
  state: TableState,
  vintage: VintageId,
): Map<string, CsvRow[]> {
  const to = crosswalkTable(data, vintage);
  const map = new Map<string, CsvRow[]>();
  const add = (own: string, row: CsvRow) => {
    if (!own || own === MUNICIPALITY_CODE) return;
    const c = to(own);
    if (!c.code || (c.how === 'merged' && state.metric === 'targets')) return;
    const record = c.code === own ? row : { ...row, row_district_code: own };
    const list = map.get(c.code);
    if (list) list.push(record);
    else map.set(c.code, [record]);
  };
  const pledges = pledgesForSession(data.pledges ?? [], state.session);
  switch (state.metric) {
    case 'statements':
      for (const p of pledges) add(p.district_code, p);
      break;
    case 'targets': {
      // What the map counts: targets only (src/lib/metrics.ts), not reported actuals.
      for (const f of figuresForSession(
        data.figures ?? [],
        data.pledges ?? [],
        data.sessions ?? [],
        state.session,
      ))
        if (f.kind === 'target') add(f.subject_code, f);
      // A district with statements and no target (0): its statements are what was counted.
      const counted = new Set(map.keys());
      for (const p of pledges) {
        const c = to(p.district_code);
        if (c.code && c.how !== 'merged' && !counted.has(c.code)) add(p.district_code, p);
      }
      break;
    }
    case 'loans': {
      // Coverage as of the session's date, as the map shows it.
      const date = data.sessions?.find((e) => e.event_id === state.session)?.date_start ?? null;
      for (const c of data.loanCoverage ?? [])
        if (coveredBy(c.since, date)) add(c.district_code, c);
      break;
    }
    default:
      break;
  }
  return map;
}

/** The boundaries the view is drawn on (the URL's pick, else those in force on its date). */
const vintageOf = (state: TableState, data: Datasets): VintageId =>
  shownVintage({ boundaries: state.boundaries ?? null, session: state.session }, data).id;

const metricOf = (state: TableState): MetricId =>
  METRICS.find((m) => m === state.metric) ?? 'statements';

/** One row per district: the value (count or category) the map and the ranking show. */
function districtRows(data: Datasets, state: TableState): CsvRow[] {
  const vintage = vintageOf(state, data);
  const metric = computeMetric(metricOf(state), data, state.session, vintage);
  const scale = scaleFor(metric);
  return vintageDistricts(data, vintage).map((d: RowOf<'districts'>) => {
    const v = metric.values.get(d.code);
    return {
      district_code: d.code,
      name_zh: d.name_zh,
      name_en: d.name_en,
      region_zh: d.region_zh,
      region_en: d.region_en,
      metric: metric.id,
      session: state.session ?? '',
      status: v ? 'reported' : 'not_reported',
      // Not reported stays empty, never 0.
      value: v ? (v.value ?? v.category ?? '') : '',
      class: v ? scale.classOf(v) : '',
      value_zh: v?.text.zh ?? '',
      value_en: v?.text.en ?? '',
      quotes: v ? v.sources.length : '',
    };
  });
}

/** The sentences behind the map's and ranking's values: one row per record, with its district. */
function districtQuotes(data: Datasets, state: TableState): CsvRow[] {
  const vintage = vintageOf(state, data);
  const records = recordsByDistrict(data, state, vintage);
  return vintageDistricts(data, vintage).flatMap((d: RowOf<'districts'>) =>
    (records.get(d.code) ?? []).map((r) => {
      const { district_code: _code, subject_code: _subject, ...rest } = r;
      return { district_code: d.code, name_zh: d.name_zh, name_en: d.name_en, ...rest };
    }),
  );
}

/** The second table a view offers: the map's and ranking's quotes; null for other views. */
export function viewQuotes(chart: EmbedChart, data: Datasets, state: TableState): ViewTable | null {
  return chart === 'map' || chart === 'ranking' ? table(districtQuotes(data, state)) : null;
}

/** The rows a view draws, ready for viewCsv(). */
export function viewTable(chart: EmbedChart, data: Datasets, state: TableState): ViewTable {
  const pledges = data.pledges ?? [];
  switch (chart) {
    case 'map':
    case 'ranking':
      return table(districtRows(data, state));
    case 'timeline':
      return table([...(data.sessions ?? [])]);
    case 'sister-cities':
      return table([
        ...(data.sisterCities ?? []).map((r) => ({ record: 'city', ...r })),
        ...(data.sisterCityTotals ?? []).map((r) => ({ record: 'total', ...r })),
      ]);
    case 'loans':
      return table([
        ...(data.loans ?? []).map((r) => ({ record: 'figure', ...r })),
        ...(data.loanCoverage ?? [])
          .filter(byDistrict(state.district, (r) => r.district_code))
          .map((r) => ({ record: 'coverage', ...r })),
      ]);
    case 'targets':
      return table(
        figuresForSession(data.figures ?? [], pledges, data.sessions ?? [], state.session).filter(
          byDistrict(state.district, (f) => f.subject_code),
        ),
      );
    case 'pledges':
      return table(
        pledgesForSession(pledges, state.session).filter(
          byDistrict(state.district, (p) => p.district_code),
        ),
      );
    case 'source':
      return table(
        (data.sources ?? []).map(({ source_id, date, title, outlet }) => ({
          source_id,
          date,
          title,
          outlet,
        })),
      );
    default:
      return assertNever(chart);
  }
}

function assertNever(value: never): never {
  throw new Error(`no table for chart ${String(value)}`);
}

/** data/sources.csv as the CSV's source columns need it. */
export function sourceIndex(data: Datasets): Map<string, SourceInfo> {
  return new Map(
    (data.sources ?? []).map((s) => [
      s.source_id,
      { title: s.title, outlet: s.outlet, date: s.date, url: s.url ?? '' },
    ]),
  );
}

/** The distinct sources a table cites, in first-seen order. */
export function citedSources(rows: readonly CsvRow[]): string[] {
  const ids = rows.map((r) => (r.source_id == null ? '' : String(r.source_id))).filter(Boolean);
  return [...new Set(ids)];
}

/** Latest source date the table relies on ("data as of"), or null. */
export function dataAsOf(
  rows: readonly CsvRow[],
  sources: ReadonlyMap<string, SourceInfo>,
): string | null {
  const dates = citedSources(rows)
    .map((id) => sources.get(id)?.date ?? '')
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return dates.at(-1) ?? null;
}
