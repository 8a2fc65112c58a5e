/**
 * What the map (and the ranking chart) colour districts by: one value per district, with display
 * text in both languages, the unit, and the quotes it was counted from.
 * Owns: metric definitions and derivation from the loaded datasets. Knows nothing about colours,
 * geometry or the DOM.
 * Not reported is not zero: a district without an entry in `values` has no row in the current
 * scope (the articles we have say nothing about it), and is drawn and listed as not reported. A
 * zero is a value only where a source states it (a district that made statements in scope but
 * set no numeric target has 0 targets).
 */
import type { Lang } from './i18n';
import type { Datasets } from './load';
import type { DatasetName } from './schema';
import { MUNICIPALITY_CODE } from './schema';
import {
  figuresForSession,
  pledgesForSession,
  shortEventLabel,
  statementTally,
  tallyText,
  type EventRow,
} from './sessions';
import { formatDate, formatNumber } from './format';
import type { MetricId } from './view-state';
import type { VintageId } from './vintages';
import {
  addedUpNote,
  crossingNotes,
  crosswalkTable,
  emptyCrossing,
  shownVintage,
  vintageDistricts,
  type CrossingCount,
} from './vintage-view';
import { compareIds } from './order';

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
  /** Districts reported in the current scope. A district missing here is not reported. */
  values: Map<string, DistrictValue>;
  /** Datasets the metric needs that are not loaded: why every district may be missing. */
  missing: DatasetName[];
  /** Zero is a value this metric can have (a source states it): the legend lists a 0 class. */
  zero: boolean;
  /** The boundaries the values are placed on. */
  vintage?: VintageId;
  /** Sentences for rows of another date's units (added up, not added, not drawable). */
  notes?: Text[];
}

export const METRIC_LABELS: Record<MetricId, Text> = {
  statements: { zh: '表态条数', en: 'Statements' },
  targets: { zh: '量化目标数', en: 'Numeric targets' },
  loans: { zh: '“富民贷”覆盖', en: 'Fumindai loans: coverage' },
  region: { zh: '一区两群', en: 'Region (one area, two clusters)' },
};

export { METRIC_INPUTS } from './metric-inputs';

/** Loan coverage stages in the order the programme rolled out; others follow in order of date. */
const LOAN_STAGES: Record<string, Text> = {
  first_loan: { zh: '首笔贷款', en: 'First loan' },
  pilot: { zh: '试点', en: 'Pilot' },
};

/**
 * One value per unit of `vintage` (by default the boundaries in force on the session's date, else
 * on the newest article's): rows of units abolished before it are added up into their successor
 * where values add up (counts), and said so; where they do not (targets), they are left out and
 * the notes say why; rows of a unit set up after it cannot be drawn on it, and the notes say so.
 */
export function computeMetric(
  id: MetricId,
  data: Datasets,
  session: string | null,
  vintage: VintageId = shownVintage({ boundaries: null, session }, data).id,
): Metric {
  switch (id) {
    case 'statements':
      return statements(data, session, vintage);
    case 'targets':
      return targets(data, session, vintage);
    case 'loans':
      return loans(data, vintage, sessionDate(data, session));
    case 'region':
      return region(data, vintage);
    default: {
      const unhandled: never = id;
      throw new Error(`unknown metric ${String(unhandled)}`);
    }
  }
}

function base(
  id: MetricId,
  scale: ScaleKind,
  unit: Text,
  needs: DatasetName[],
  data: Datasets,
  vintage: VintageId,
): Metric {
  return {
    id,
    label: METRIC_LABELS[id],
    unit,
    scale,
    categories: [] as Category[],
    values: new Map<string, DistrictValue>(),
    missing: needs.filter((n) => !data[n]),
    vintage,
    notes: [],
    zero: false,
  };
}

/** The selected session's first day, or null (no session, or sessions.csv not loaded). */
function sessionDate(data: Datasets, session: string | null): string | null {
  if (session === null) return null;
  return data.sessions?.find((s) => s.event_id === session)?.date_start || null;
}

/**
 * A count per district of the vintage that has rows in scope; districts without rows stay out
 * (not reported). `stated` lists districts a source speaks of without a row of this kind: they
 * count 0. `addable`: whether rows of abolished units may be added into their successor (a count
 * of statements may; a count of targets set by another unit may not).
 */
function counts(
  metric: Metric,
  data: Datasets,
  rows: { code: string; ref: SourceRef }[],
  text: (n: number, lang: Lang) => string,
  noun: Text,
  addable: boolean,
  stated: ReadonlyMap<string, SourceRef[]> = new Map(),
): Metric {
  const to = crosswalkTable(data, metric.vintage ?? '2016');
  const byCode = new Map<string, SourceRef[]>();
  const crossing: CrossingCount = emptyCrossing();
  // A unit made of abolished ones adds up their rows; with no rows at all it is not reported
  // (no row is not a count of 0, so there is no sum to note).
  const tally = (map: CrossingCount['added'], code: string, former: string) => {
    const entry = map.get(code) ?? { formers: new Set<string>(), n: 0 };
    entry.formers.add(former);
    entry.n++;
    map.set(code, entry);
  };
  for (const r of rows) {
    if (r.code === MUNICIPALITY_CODE || !r.code) continue;
    const c = to(r.code);
    if (c.how === 'newer') crossing.newer.set(c.from, (crossing.newer.get(c.from) ?? 0) + 1);
    if (!c.code) continue;
    if (c.how === 'merged') {
      tally(addable ? crossing.added : crossing.notAdded, c.code, c.from);
      if (!addable) continue;
    }
    byCode.set(c.code, [...(byCode.get(c.code) ?? []), r.ref]);
  }
  for (const d of vintageDistricts(data, metric.vintage ?? '2016')) {
    const own = byCode.get(d.code);
    // Statements in scope that gave no row of this kind: 0, stated; none at all: not reported.
    const sources = own ?? stated.get(d.code);
    if (!sources) continue;
    const n = own?.length ?? 0;
    const added = crossing.added.get(d.code);
    const note = added ? addedUpNote(data, [...added.formers].sort()) : null;
    const say = (lang: Lang) =>
      text(n, lang) + (note ? (lang === 'zh' ? `（${note.zh}）` : ` (${note.en})`) : '');
    metric.values.set(d.code, {
      code: d.code,
      value: n,
      category: null,
      text: { zh: say('zh'), en: say('en') },
      sources,
    });
  }
  metric.notes = crossingNotes(data, crossing, noun);
  return metric;
}

function statements(data: Datasets, session: string | null, vintage: VintageId): Metric {
  const metric = base(
    'statements',
    'sequential',
    { zh: '条', en: 'statements' },
    ['pledges'],
    data,
    vintage,
  );
  if (metric.missing.length) return metric;
  const rows = pledgesForSession(data.pledges ?? [], session).map((p) => ({
    code: p.district_code,
    ref: { id: p.pledge_id, sourceId: p.source_id, quote: p.quote },
  }));
  return counts(
    metric,
    data,
    rows,
    (n, lang) =>
      lang === 'zh'
        ? `${formatNumber(n, lang)} 条表态`
        : `${formatNumber(n, lang)} statement${n === 1 ? '' : 's'}`,
    { zh: '条表态', en: 'statements' },
    true,
  );
}

function targets(data: Datasets, session: string | null, vintage: VintageId): Metric {
  const metric = base(
    'targets',
    'sequential',
    { zh: '项', en: 'targets' },
    ['figures'],
    data,
    vintage,
  );
  metric.zero = true;
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
  // A district that made statements in scope and set no numeric target in them: 0, stated. Its
  // own statements only: a former unit's statements say nothing of its successor's targets.
  const to = crosswalkTable(data, vintage);
  const stated = new Map<string, SourceRef[]>();
  for (const p of pledgesForSession(data.pledges ?? [], session)) {
    if (!p.district_code || p.district_code === MUNICIPALITY_CODE) continue;
    const c = to(p.district_code);
    if (!c.code || c.how === 'merged') continue;
    const ref = { id: p.pledge_id, sourceId: p.source_id, quote: p.quote };
    stated.set(c.code, [...(stated.get(c.code) ?? []), ref]);
  }
  // A target is its own unit's: one set by 江北区 is not 两江新区's, so targets are not added up.
  return counts(
    metric,
    data,
    rows,
    (n, lang) =>
      lang === 'zh'
        ? `${formatNumber(n, lang)} 项量化目标${n === 0 ? '（有表态，未提数字目标）' : ''}`
        : `${formatNumber(n, lang)} numeric target${n === 1 ? '' : 's'}${n === 0 ? ' (statements without a number)' : ''}`,
    { zh: '项量化目标', en: 'numeric targets' },
    false,
    stated,
  );
}

/**
 * Whether a coverage row holds on `date`: its `since` (a year, month or day) is not after it,
 * compared at the precision of `since` (covered "since 2024" holds on 2024-05-24).
 */
export function coveredBy(since: string, date: string | null): boolean {
  return date === null || (since !== '' && since <= date.slice(0, since.length));
}

function loans(data: Datasets, vintage: VintageId, asOf: string | null): Metric {
  const metric = base('loans', 'categorical', { zh: '', en: '' }, ['loanCoverage'], data, vintage);
  if (metric.missing.length) return metric;
  // A district's stage is the first one it reached (earliest `since`) by the session's date, on
  // the vintage's units.
  const to = crosswalkTable(data, vintage);
  const crossing = emptyCrossing();
  const earliest = (
    map: Map<string, RowOf<'loanCoverage'>>,
    code: string,
    row: RowOf<'loanCoverage'>,
  ) => {
    const seen = map.get(code);
    if (!seen || row.since < seen.since) map.set(code, row);
  };
  const own = new Map<string, RowOf<'loanCoverage'>>();
  const formers = new Map<string, Map<string, RowOf<'loanCoverage'>>>();
  for (const row of data.loanCoverage ?? []) {
    if (!row.district_code || row.district_code === MUNICIPALITY_CODE) continue;
    if (!coveredBy(row.since, asOf)) continue;
    const c = to(row.district_code);
    if (c.how === 'newer') crossing.newer.set(c.from, (crossing.newer.get(c.from) ?? 0) + 1);
    if (!c.code) continue;
    if (c.how !== 'merged') earliest(own, c.code, row);
    else {
      const map = formers.get(c.code) ?? new Map<string, RowOf<'loanCoverage'>>();
      earliest(map, c.from, row);
      formers.set(c.code, map);
    }
  }
  const first = new Map(own);
  const addedFrom = new Map<string, string[]>();
  for (const [code, map] of formers) {
    if (own.has(code)) continue;
    const rows = [...map.values()];
    // A stage is one fact about one area: the former units' stages merge only when they agree.
    const same = rows.every((r) => r.status === rows[0]!.status && r.since === rows[0]!.since);
    const entry = { formers: new Set(map.keys()), n: rows.length };
    if (same) {
      first.set(code, rows[0]!);
      addedFrom.set(code, [...map.keys()].sort());
      crossing.added.set(code, entry);
    } else crossing.notAdded.set(code, entry);
  }
  metric.notes = crossingNotes(data, crossing, {
    zh: '个区县的覆盖阶段',
    en: 'district coverage stages',
  });
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
        compareIds(a.since, b.since) ||
        order(a.status) - order(b.status) ||
        compareIds(a.status, b.status),
    )
    .map((row) => ({ key: keyOf(row), label: labelOf(row) }));
  for (const [code, row] of first) {
    const formerOnes = addedFrom.get(code);
    const note = formerOnes ? addedUpNote(data, formerOnes) : null;
    const label = labelOf(row);
    metric.values.set(code, {
      code,
      value: null,
      category: keyOf(row),
      text: note ? { zh: `${label.zh}（${note.zh}）`, en: `${label.en} (${note.en})` } : label,
      sources: [
        { id: `${row.program}:${row.district_code}`, sourceId: row.source_id, quote: row.quote },
      ],
    });
  }
  return metric;
}

function region(data: Datasets, vintage: VintageId): Metric {
  const metric = base('region', 'categorical', { zh: '', en: '' }, ['districts'], data, vintage);
  const seen = new Map<string, Category>();
  for (const d of vintageDistricts(data, vintage)) {
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

/**
 * The title of a metric in its scope: 五次全会后的表态 / Statements after the 5th plenary; without
 * a session, the metric over all sessions. Region does not depend on the session.
 */
export function scopeTitle(id: MetricId, event: EventRow | null, lang: Lang): string {
  const label = METRIC_LABELS[id][lang];
  if (id === 'region') return label;
  if (!event) return lang === 'zh' ? `${label}（全部会议）` : `${label} (all sessions)`;
  const name = shortEventLabel(event, lang);
  switch (id) {
    case 'statements':
      return lang === 'zh' ? `${name}后的表态` : `Statements after the ${name}`;
    case 'targets':
      return lang === 'zh' ? `${name}后的量化目标` : `Numeric targets after the ${name}`;
    case 'loans':
      return lang === 'zh'
        ? `截至${name}（${formatDate(event.date_start, lang)}）的富民贷覆盖`
        : `Fumindai loan coverage as of the ${name} (${formatDate(event.date_start, lang)})`;
    default: {
      const unhandled: never = id;
      return unhandled;
    }
  }
}

/** What a not-reported district is called: in the tooltip, the legend, aria-labels and the CSV. */
export const NOT_REPORTED_TEXT: Text = { zh: '未见报道', en: 'not reported' };

/** The articles read (a reprint with the same text counts once). */
export function articleCount(data: Datasets): number | null {
  return data.sources ? data.sources.filter((s) => !s.same_text_as).length : null;
}

/**
 * The line near the map saying what its values come from and how they add up:
 * 15 条表态：9 条来自 9 个区县，6 条来自市级部门。按 5 篇报道统计。 Empty for region (a reference
 * list, not counted from articles) and while the files are missing.
 */
export function countBasis(
  id: MetricId,
  data: Datasets,
  session: string | null,
  lang: Lang,
  vintage?: VintageId,
): string {
  if (id === 'region') return '';
  const n = articleCount(data);
  const counted =
    n === null
      ? ''
      : lang === 'zh'
        ? `按 ${n} 篇报道统计。`
        : `Counted from ${n} article${n === 1 ? '' : 's'}.`;
  const end = lang === 'zh' ? '。' : '. ';
  if (id === 'statements' && data.pledges)
    return (
      tallyText(statementTally(data.pledges, session, MUNICIPALITY_CODE), lang) + end + counted
    );
  if (id === 'targets' && data.figures) {
    const m = computeMetric('targets', data, session, vintage);
    const rows = [...m.values.values()];
    const total = rows.reduce((sum, v) => sum + (v.value ?? 0), 0);
    const withTargets = rows.filter((v) => (v.value ?? 0) > 0).length;
    const zero = rows.length - withTargets;
    const text =
      lang === 'zh'
        ? `${total} 项区县量化目标，来自 ${withTargets} 个区县${zero ? `；另有 ${zero} 个区县有表态但未提数字目标` : ''}`
        : `${total} district target${total === 1 ? '' : 's'}, from ${withTargets} district${withTargets === 1 ? '' : 's'}${zero ? `; ${zero} more made statements without a number` : ''}`;
    return text + end + counted;
  }
  return counted;
}

export interface RankedDistrict {
  row: DistrictValue;
  /** Competition rank: tied districts share a rank and the next rank skips (1, 1, 3). */
  rank: number;
}

/** Reported districts, most first (ties by code), each with its rank. */
export function rankDistricts(values: Iterable<DistrictValue>): RankedDistrict[] {
  const rows = [...values].sort(
    (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || compareIds(a.code, b.code),
  );
  return rows.map((row) => ({
    row,
    rank: 1 + rows.filter((o) => (o.value ?? -Infinity) > (row.value ?? -Infinity)).length,
  }));
}

/** Districts of `codes` with no value in the metric: not reported in its scope. */
export function notReportedIn(metric: Metric, codes: readonly string[]): string[] {
  return codes.filter((code) => !metric.values.has(code));
}
