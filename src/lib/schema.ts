/**
 * The data contract: every CSV in data/, its columns in order, shared by the pipeline (which
 * writes them) and the app (which loads and checks them). Values are strings in the files;
 * codes, ids and dates stay strings in the app too (never auto-typed).
 * Owns: file names and column lists. Knows nothing about parsing or the DOM.
 */
export const SCHEMAS = {
  sources: {
    file: 'sources.csv',
    columns: ['source_id', 'file', 'sha256', 'date', 'title', 'outlet', 'date_source'],
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
      'role',
      'cue',
      'quote',
      'start',
      'end',
      'source_id',
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
      'quote',
      'start',
      'end',
      'source_id',
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
      'quote',
      'start',
      'end',
      'source_id',
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
      'quote',
      'start',
      'end',
      'source_id',
    ],
  },
  loanCoverage: {
    file: 'loan_coverage.csv',
    columns: ['program', 'district_code', 'since', 'status', 'quote', 'start', 'end', 'source_id'],
  },
  review: {
    file: 'review.csv',
    columns: ['dataset', 'source_id', 'start', 'end', 'quote', 'reason'],
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
  'sisterCities',
  'sisterCityTotals',
  'loans',
  'loanCoverage',
];
