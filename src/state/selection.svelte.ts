/**
 * The one selection every view shares: hovered district, selected district, session, metric,
 * language, open quote… Views get these values as props and report changes through callbacks
 * that end here; no view writes another view's state.
 * The URL is the source of truth for everything but hover: selections add a history entry
 * (pushState) so back/forward step through them; display changes (language, theme, chart/table)
 * replace the entry; popstate reads the URL back. Embeds never write the URL.
 * Owns: the reactive state and its URL sync. Knows nothing about components or the DOM tree.
 */
import { chromeFor } from './mode';
import {
  constrainViewState,
  parseQuery,
  sameViewState,
  toSearchParams,
  type Catalog,
  type MetricId,
  type QuoteRef,
  type Layout,
  type Theme,
  type View,
  type ViewState,
} from '../lib/view-state';
import type { Lang } from '../lib/i18n';
import type { VintageId } from '../lib/vintages';
import type { HistoryPort } from './history';

export { browserHistory, type HistoryPort } from './history';

type Write = 'push' | 'replace';

export class Selection {
  /** Everything the URL holds. Replaced as a whole, never mutated in place. */
  view: ViewState = $state.raw(parseQuery(''));
  /** The district under the pointer or keyboard focus in any view; never in the URL. */
  hovered: string | null = $state(null);

  readonly #history: HistoryPort;
  #catalog: Catalog = {};
  #stop: (() => void) | null = null;

  constructor(history: HistoryPort) {
    this.#history = history;
    this.view = parseQuery(history.read());
  }

  /** Starts following back/forward. */
  start(): void {
    this.#stop ??= this.#history.listen(() => {
      this.view = constrainViewState(parseQuery(this.#history.read()), this.#catalog);
    });
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }

  /** Once data is loaded: ids it does not know fall back to defaults, silently. */
  constrain(catalog: Catalog): void {
    this.#catalog = catalog;
    this.#set(constrainViewState(this.view, catalog), 'replace');
  }

  selectDistrict = (code: string | null): void => {
    this.#set({ ...this.view, district: code }, 'push');
  };

  /** A session or event id; null shows all sessions. */
  selectSession = (id: string | null): void => {
    this.#set({ ...this.view, session: id }, 'push');
  };

  setMetric = (metric: MetricId): void => {
    this.#set({ ...this.view, metric }, 'push');
  };

  /** The boundaries the map draws (2016 or 2025), picked by the reader over the date's. */
  setBoundaries = (boundaries: VintageId): void => {
    this.#set({ ...this.view, boundaries }, 'push');
  };

  openQuote = (quote: QuoteRef | null): void => {
    this.#set({ ...this.view, quote }, 'push');
  };

  setLang = (lang: Lang): void => {
    this.#set({ ...this.view, lang }, 'replace');
  };

  setTheme = (theme: Theme): void => {
    this.#set({ ...this.view, theme }, 'replace');
  };

  setView = (view: View): void => {
    this.#set({ ...this.view, view }, 'replace');
  };

  /** Only what a person checked, or everything: a display choice, like the view. */
  setReviewed = (reviewed: boolean): void => {
    this.#set({ ...this.view, reviewed }, 'replace');
  };

  /** Geographic map or tiles: a display choice, kept in the URL without a history entry. */
  setLayout = (layout: Layout): void => {
    this.#set({ ...this.view, layout }, 'replace');
  };

  hover = (code: string | null): void => {
    this.hovered = code;
  };

  #set(next: ViewState, write: Write): void {
    if (sameViewState(next, this.view)) return;
    this.view = next;
    if (!chromeFor(next.mode).writesUrl) return;
    const query = toSearchParams(next).toString();
    const search = query ? `?${query}` : '';
    if (write === 'push') this.#history.push(search);
    else this.#history.replace(search);
  }
}
