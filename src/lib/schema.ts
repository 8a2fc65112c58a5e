/**
 * The data contract: every CSV in data/, its columns in order, shared by the pipeline (which
 * writes them) and the app (which loads and checks them). Values are strings in the files;
 * codes, ids and dates stay strings in the app too (never auto-typed).
 * Owns: file names and column lists. Knows nothing about parsing or the DOM.
 */
/**
 * Every row read from an article says whether a person has checked it: `reviewed_by` and
 * `reviewed_at` (ISO date) of the decision in data/reviewed.csv or data/corrections.csv that
 * still matches the row, both empty for a row only the machine has read; `also_in` lists the
 * other sources (space-separated ids) that state the same fact (a reprint).
 */
export const REVIEW_COLUMNS = ['also_in', 'reviewed_by', 'reviewed_at'] as const;

export const SCHEMAS = {
  sources: {
    file: 'sources.csv',
    columns: [
      'source_id',
      'file',
      'sha256',
      'date',
      'date_precision',
      'title',
      'outlet',
      'url',
      'date_source',
      'same_text_as',
    ],
  },
  districts: {
    file: 'districts.csv',
    columns: [
      'code',
      'name_zh',
      'name_en',
      'kind',
      'region',
      'region_zh',
      'region_en',
      'former_name_zh',
      'former_code',
      'aliases_zh',
      'valid_from',
      'valid_to',
      'replaced_by',
      'source_url',
    ],
  },
  sessions: {
    file: 'sessions.csv',
    columns: [
      'event_id',
      'date_start',
      'date_end',
      'date_precision',
      'kind',
      'name_zh',
      'name_en',
      'source_id',
      'source_url',
      'quote',
      'start',
      'end',
      'origin',
      'document_zh',
      'note',
      ...REVIEW_COLUMNS,
    ],
  },
  pledges: {
    file: 'pledges.csv',
    columns: [
      'pledge_id',
      'event_id',
      'said_at_event_id',
      'date',
      'district_code',
      'org_zh',
      'speaker',
      'speaker_printed',
      'speaker_note',
      'speaker_en',
      'role',
      'role_en',
      'org_en',
      'cue',
      'quote',
      'start',
      'end',
      'source_id',
      ...REVIEW_COLUMNS,
    ],
  },
  figures: {
    file: 'figures.csv',
    columns: [
      'figure_id',
      'subject_code',
      'subject_zh',
      'subject_en',
      'indicator_zh',
      'indicator_en',
      'value',
      'unit',
      'qualifier',
      'kind',
      'period',
      'pledge_id',
      'value_start',
      'value_end',
      'quote',
      'start',
      'end',
      'source_id',
      ...REVIEW_COLUMNS,
    ],
  },
  goals: {
    file: 'goals.csv',
    columns: [
      'goal_id',
      'horizon',
      'subject_code',
      'subject_zh',
      'subject_en',
      'goal_zh',
      'goal_en',
      'pledge_id',
      'quote',
      'start',
      'end',
      'source_id',
      ...REVIEW_COLUMNS,
    ],
  },
  sisterCities: {
    file: 'sister_cities.csv',
    columns: [
      'city_zh',
      'city_zh_printed',
      'city_en',
      'country_zh',
      'country_en',
      'relation',
      'date',
      'value_start',
      'value_end',
      'quote',
      'start',
      'end',
      'source_id',
      ...REVIEW_COLUMNS,
    ],
  },
  sisterCityTotals: {
    file: 'sister_city_totals.csv',
    columns: [
      'as_of',
      'sister_cities',
      'friendly_exchange_cities',
      'source_id',
      'source_url',
      'quote',
      'start',
      'end',
      ...REVIEW_COLUMNS,
    ],
  },
  loans: {
    file: 'loans.csv',
    columns: [
      'program',
      'period',
      'indicator',
      'value',
      'unit',
      'qualifier',
      'value_start',
      'value_end',
      'quote',
      'start',
      'end',
      'source_id',
      ...REVIEW_COLUMNS,
    ],
  },
  loanCoverage: {
    file: 'loan_coverage.csv',
    columns: [
      'program',
      'district_code',
      'since',
      'status',
      'quote',
      'start',
      'end',
      'source_id',
      ...REVIEW_COLUMNS,
    ],
  },
  review: {
    file: 'review.csv',
    columns: ['dataset', 'source_id', 'start', 'end', 'at', 'quote', 'reason', 'candidate'],
  },
} as const;

export type DatasetName = keyof typeof SCHEMAS;
export type Columns<N extends DatasetName> = (typeof SCHEMAS)[N]['columns'][number];
/** One row of a dataset as read from its CSV: every column a string. */
export type RowOf<N extends DatasetName> = Record<Columns<N>, string>;

export const EVENT_KINDS = [
  'congress',
  'plenary',
  'press_conference',
  'visit',
  'conference',
  'publication',
  'meeting',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const MUNICIPALITY_CODE = '500000';

/** The datasets the dashboard reads (review.csv is for people, not for the page). */
export const DASHBOARD_DATASETS: readonly DatasetName[] = [
  'districts',
  'sources',
  'sessions',
  'pledges',
  'figures',
  'goals',
  'sisterCities',
  'sisterCityTotals',
  'loans',
  'loanCoverage',
];

export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
/** A row as a rule reads it, before the pipeline adds who checked it and where else it is stated. */
export type MachineRow<N extends DatasetName> = Omit<RowOf<N>, ReviewColumn>;
