/**
 * The view state as it lives in the URL: one typed object, parsed from and written to the query
 * string with URLSearchParams. Every key is listed here; an unknown or invalid value falls back to
 * its default and nothing ever throws, so any shared or hand-edited link opens a working page.
 * Owns: the keys, their defaults and their syntax. Knows nothing about the DOM or the loaded data
 * (checking values against the data is `constrainViewState`, given the catalogue of known ids).
 */
import { LANGS, type Lang } from './i18n';
import { isDistrictId, VINTAGE_IDS, type VintageId } from './vintages';

export const MODES = ['full', 'embed', 'present'] as const;
export type Mode = (typeof MODES)[number];

/** Metric ids the map and the ranking colour by (computed in src/lib/metrics.ts). */
export const METRICS = ['statements', 'targets', 'loans', 'region'] as const;
export type MetricId = (typeof METRICS)[number];

/** Charts drawn as charts, or as their data-table twins. */
export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The district map drawn as the geographic map or as equal tiles. */
export const LAYOUTS = ['map', 'tiles'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Longest credit a host may set (`credit=`), in characters. */
export const MAX_CREDIT_CHARS = 80;

/** Every view that can be shown alone (?mode=embed&chart=…). */
export const CHARTS = [
  'map',
  'timeline',
  'ranking',
  'sister-cities',
  'loans',
  'targets',
  'pledges',
  'source',
] as const;
export type ChartName = (typeof CHARTS)[number];

/** A span of one article: the sentence a figure, pledge or event came from. */
export interface QuoteRef {
  source: string;
  start: number;
  end: number;
}

export interface ViewState {
  /** Selected district: a six-digit code or a provisional `x-` id (src/lib/vintages.ts), or null. */
  district: string | null;
  /** Selected session or event id (data/sessions.csv event_id), or null for all. */
  session: string | null;
  metric: MetricId;
  /** The boundaries the map draws, when the reader picked them; null: those in force on the date shown. */
  boundaries: VintageId | null;
  lang: Lang;
  view: View;
  theme: Theme;
  mode: Mode;
  /** The chart an embed shows; null shows the whole dashboard. */
  chart: ChartName | null;
  /** 1-based slide of a presentation; null outside one. */
  slide: number | null;
  /** The quote open in the source panel, or null when it is closed. */
  quote: QuoteRef | null;
  /** Geographic map or tiles. */
  layout: Layout;
  /** Who made the chart, set by the host of an embed ("图表：{credit}"); null: the default. */
  credit: string | null;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  district: null,
  session: null,
  metric: 'statements',
  boundaries: null,
  lang: 'zh',
  view: 'chart',
  theme: 'auto',
  mode: 'full',
  chart: null,
  slide: null,
  quote: null,
  layout: 'map',
  credit: null,
});

/** Keys in the order they are written, so equal states give equal URLs. */
export const KEYS = [
  'district',
  'session',
  'metric',
  'boundaries',
  'lang',
  'view',
  'theme',
  'mode',
  'chart',
  'slide',
  'quote',
  'layout',
  'credit',
] as const satisfies readonly (keyof ViewState)[];

const MAX_SLIDE = 999;
/** Longest quote the source panel highlights; longer spans are not quotes but a mistake. */
const MAX_QUOTE_CHARS = 5_000;
const MAX_OFFSET = 10_000_000;
const EVENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** A source id the app routes in a permalink (`?quote=<id>:<start>-<end>`); the pipeline refuses others. */
export const SOURCE_ID = /^[A-Za-z0-9_-]{1,40}$/;
const OFFSET = /^\d{1,8}$/;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value);
}

function parseSlide(value: string | null): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= MAX_SLIDE ? n : null;
}

/**
 * A host's credit as plain text: control characters and runs of white space become one space,
 * trimmed; null when empty or longer than MAX_CREDIT_CHARS (a cut-off name would misname the host).
 */
export function parseCredit(value: string | null): string | null {
  if (value === null) return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (!text || [...text].length > MAX_CREDIT_CHARS) return null;
  return text;
}

/** "000:120-168" → {source: "000", start: 120, end: 168}; null when malformed. */
export function parseQuoteRef(value: string | null): QuoteRef | null {
  if (value === null) return null;
  const colon = value.lastIndexOf(':');
  const dash = value.indexOf('-', colon + 1);
  if (colon < 1 || dash < 0) return null;
  const source = value.slice(0, colon);
  const start = value.slice(colon + 1, dash);
  const end = value.slice(dash + 1);
  if (!SOURCE_ID.test(source) || !OFFSET.test(start) || !OFFSET.test(end)) return null;
  const ref = { source, start: Number(start), end: Number(end) };
  if (ref.end <= ref.start || ref.end > MAX_OFFSET || ref.end - ref.start > MAX_QUOTE_CHARS)
    return null;
  return ref;
}

export function formatQuoteRef(ref: QuoteRef): string {
  return `${ref.source}:${ref.start}-${ref.end}`;
}

/** Reads the view state from a query string. Never throws; anything invalid is the default. */
export function parseViewState(params: URLSearchParams): ViewState {
  const get = (key: (typeof KEYS)[number]) => params.get(key);
  const district = get('district');
  const session = get('session');
  return {
    district: district !== null && isDistrictId(district) ? district : null,
    session: session !== null && EVENT_ID.test(session) ? session : null,
    metric: oneOf(METRICS, get('metric')) ?? DEFAULT_VIEW_STATE.metric,
    boundaries: oneOf(VINTAGE_IDS, get('boundaries')) ?? null,
    lang: oneOf(LANGS, get('lang')) ?? DEFAULT_VIEW_STATE.lang,
    view: oneOf(VIEWS, get('view')) ?? DEFAULT_VIEW_STATE.view,
    theme: oneOf(THEMES, get('theme')) ?? DEFAULT_VIEW_STATE.theme,
    mode: oneOf(MODES, get('mode')) ?? DEFAULT_VIEW_STATE.mode,
    chart: oneOf(CHARTS, get('chart')) ?? null,
    slide: parseSlide(get('slide')),
    quote: parseQuoteRef(get('quote')),
    layout: oneOf(LAYOUTS, get('layout')) ?? DEFAULT_VIEW_STATE.layout,
    credit: parseCredit(get('credit')),
  };
}

/** parseViewState of a query string ("?a=b", "a=b" or ""). */
export function parseQuery(search: string): ViewState {
  return parseViewState(new URLSearchParams(search));
}

function valueOf(state: ViewState, key: (typeof KEYS)[number]): string | null {
  const v = state[key];
  if (v === null) return null;
  if (key === 'quote') return formatQuoteRef(v as QuoteRef);
  return String(v);
}

/** Writes the view state as a query string; defaults are left out so links stay short. */
export function toSearchParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = valueOf(state, key);
    if (value !== null && value !== valueOf(DEFAULT_VIEW_STATE, key)) params.set(key, value);
  }
  return params;
}

/** Known ids from the loaded data. A catalogue left out (not loaded yet) checks nothing. */
export interface Catalog {
  districts?: ReadonlySet<string>;
  sessions?: ReadonlySet<string>;
  sources?: ReadonlySet<string>;
}

/** Drops ids the data does not know (a district code that does not exist, a future session). */
export function constrainViewState(state: ViewState, catalog: Catalog): ViewState {
  const known = (set: ReadonlySet<string> | undefined, id: string | null) =>
    id === null || !set || set.has(id) ? id : null;
  const quoteKnown = state.quote && known(catalog.sources, state.quote.source) !== null;
  return {
    ...state,
    district: known(catalog.districts, state.district),
    session: known(catalog.sessions, state.session),
    quote: quoteKnown ? state.quote : null,
  };
}

export function sameViewState(a: ViewState, b: ViewState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}
