/**
 * The presentation deck as a headless controller: the slides as data (each a saved view state),
 * the keys a clicker or a reveal.js user presses, and the pure reducer that turns a key into the
 * next deck state plus side effects (fullscreen, leaving the mode) for the view to carry out.
 * Owns: slide order, step logic, key mapping, the `slide` URL parameter. Knows nothing about the DOM.
 */

export const SLIDE_IDS = [
  'title',
  'timeline',
  'map',
  'spotlight',
  'sisterCities',
  'loanCoverage',
  'targets',
] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/**
 * The dashboard view a slide stands for, in the keys and values of the dashboard URL
 * (src/lib/view-state.ts): leaving the mode on a slide opens the dashboard at that view.
 */
export interface SavedView {
  chart: 'map' | 'timeline' | 'sister-cities' | 'loans' | 'targets' | null;
  metric: 'statements' | 'targets' | 'loans' | 'region';
  session: string | null;
  district: string | null;
}

export interface SlideSpec {
  id: SlideId;
  view: SavedView;
}

/** District code of 涪陵区, whose 2027 target the spotlight slide shows. */
export const SPOTLIGHT_DISTRICT = '500102';

const NONE = { chart: null, metric: 'statements', session: null, district: null } as const;

export const SLIDES: readonly SlideSpec[] = [
  { id: 'title', view: NONE },
  { id: 'timeline', view: { ...NONE, chart: 'timeline' } },
  { id: 'map', view: { ...NONE, chart: 'map', metric: 'statements' } },
  { id: 'spotlight', view: { ...NONE, metric: 'targets', district: SPOTLIGHT_DISTRICT } },
  { id: 'sisterCities', view: { ...NONE, chart: 'sister-cities' } },
  { id: 'loanCoverage', view: { ...NONE, chart: 'loans', metric: 'loans' } },
  { id: 'targets', view: { ...NONE, chart: 'targets', metric: 'targets' } },
];

/** Where the deck is. `slide` and `step` are 0-based; `digits` is a slide number being typed. */
export interface DeckState {
  slide: number;
  step: number;
  digits: string;
  blackout: boolean;
  help: boolean;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'fullscreen' }
  | { type: 'blackout' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'goto'; slide: number };

/** What the view must do after a transition; the reducer itself never touches the page. */
export type DeckEffect = 'enterFullscreen' | 'exitFullscreen' | 'leave';

/** The shape of the deck: how many clicks (steps) each slide takes; at least 1 each. */
export type DeckShape = readonly number[];

export interface DeckContext {
  shape: DeckShape;
  /** Whether the page is in fullscreen now (Escape leaves fullscreen before leaving the mode). */
  fullscreen: boolean;
}

export function initialDeck(slide = 0): DeckState {
  return { slide, step: 0, digits: '', blackout: false, help: false };
}

/** Keeps a slide index inside the deck. */
export function clampSlide(slide: number, count: number): number {
  if (count <= 0 || !Number.isFinite(slide)) return 0;
  return Math.min(Math.max(Math.trunc(slide), 0), count - 1);
}

function stepsOf(shape: DeckShape, slide: number): number {
  return Math.max(1, Math.trunc(shape[slide] ?? 1));
}

function moveTo(state: DeckState, slide: number, step: number): DeckState {
  return { ...state, slide, step, digits: '', blackout: false };
}

/**
 * Applies one action. Next/previous walk through a slide's steps before changing slide, and going
 * back enters the previous slide at its last step (as reveal.js does with fragments). Any
 * navigation lifts the blackout, so a presenter never advances blind.
 */
export function reduceDeck(
  state: DeckState,
  action: DeckAction,
  ctx: DeckContext,
): { state: DeckState; effect?: DeckEffect } {
  const count = ctx.shape.length;
  const last = count - 1;
  switch (action.type) {
    case 'next':
      if (state.step < stepsOf(ctx.shape, state.slide) - 1)
        return { state: moveTo(state, state.slide, state.step + 1) };
      if (state.slide < last) return { state: moveTo(state, state.slide + 1, 0) };
      return { state: moveTo(state, state.slide, state.step) };
    case 'prev':
      if (state.step > 0) return { state: moveTo(state, state.slide, state.step - 1) };
      if (state.slide > 0)
        return {
          state: moveTo(state, state.slide - 1, stepsOf(ctx.shape, state.slide - 1) - 1),
        };
      return { state: moveTo(state, 0, 0) };
    case 'first':
      return { state: moveTo(state, 0, 0) };
    case 'last':
      return { state: moveTo(state, clampSlide(last, count), 0) };
    case 'goto':
      return { state: moveTo(state, clampSlide(action.slide, count), 0) };
    case 'digit':
      // Two digits are plenty for a short deck; a third starts over rather than growing forever.
      return {
        state: { ...state, digits: (state.digits.length >= 2 ? '' : state.digits) + action.digit },
      };
    case 'enter': {
      if (!state.digits) return { state };
      const wanted = Number(state.digits) - 1;
      return { state: moveTo(state, clampSlide(wanted, count), 0) };
    }
    case 'fullscreen':
      return { state, effect: ctx.fullscreen ? 'exitFullscreen' : 'enterFullscreen' };
    case 'blackout':
      return { state: { ...state, blackout: !state.blackout, digits: '' } };
    case 'help':
      return { state: { ...state, help: !state.help, digits: '' } };
    case 'escape':
      // Peel one layer per press: typed digits, key help, blackout, fullscreen, then the mode.
      if (state.digits) return { state: { ...state, digits: '' } };
      if (state.help) return { state: { ...state, help: false } };
      if (state.blackout) return { state: { ...state, blackout: false } };
      if (ctx.fullscreen) return { state, effect: 'exitFullscreen' };
      return { state, effect: 'leave' };
    default: {
      const unhandled: never = action;
      throw new Error(`unhandled deck action ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The parts of a KeyboardEvent the key map reads. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * Maps a key to a deck action, or null to let the browser have it. Keys follow presentation
 * clickers (PageDown/PageUp, `b`/`.` for a black screen, F5 for "start") and reveal.js.
 * Shortcuts with Ctrl/Alt/Meta are left alone so browser commands (Ctrl+P, Alt+←) still work.
 */
export function keyToAction(press: KeyPress): DeckAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const { key } = press;
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
    case 'n':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'enter' };
    case 'f':
    case 'F':
    case 'F5':
      return { type: 'fullscreen' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blackout' };
    case '?':
      return { type: 'help' };
    case 'Escape':
    case 'Esc':
      return { type: 'escape' };
    default:
      return null;
  }
}

/** The keys the help overlay lists, in order; labels are looked up by `id` in the string table. */
export const KEY_HELP = [
  { id: 'next', keys: ['→', '↓', 'Space', 'PageDown'] },
  { id: 'prev', keys: ['←', '↑', 'PageUp'] },
  { id: 'firstLast', keys: ['Home', 'End'] },
  { id: 'jump', keys: ['1…9', 'Enter'] },
  { id: 'fullscreen', keys: ['F'] },
  { id: 'blackout', keys: ['B', '.'] },
  { id: 'escape', keys: ['Esc'] },
  { id: 'help', keys: ['?'] },
] as const;
export type KeyHelpId = (typeof KEY_HELP)[number]['id'];

/**
 * Reads the `slide` URL parameter: 1-based as people say it ("slide 3"), returned 0-based and
 * clamped to the deck. Missing or unreadable values open the first slide.
 */
export function parseSlideParam(value: string | null | undefined, count: number): number {
  if (value == null || !/^\s*\d+\s*$/.test(value)) return 0;
  return clampSlide(Number(value) - 1, count);
}

/** Writes the slide (0-based) into a copy of the query as the 1-based `slide` parameter. */
export function withSlideParam(search: string, slide: number): string {
  const params = new URLSearchParams(search);
  params.set('slide', String(slide + 1));
  return `?${params.toString()}`;
}

/**
 * The query that leaves presentation mode: the dashboard at the slide's saved view (its district,
 * session and metric; `chart` is left out because in the dashboard it means "show one chart only"),
 * keeping the language and theme.
 */
export function dashboardSearch(search: string, view?: SavedView): string {
  const params = new URLSearchParams(search);
  for (const key of ['mode', 'slide', 'chart', 'district', 'session', 'metric']) params.delete(key);
  if (view?.district) params.set('district', view.district);
  if (view?.session) params.set('session', view.session);
  if (view && view.metric !== 'statements') params.set('metric', view.metric);
  const rest = params.toString();
  return rest ? `?${rest}` : '?';
}

/** The link from the dashboard that opens the deck at its first slide, in the reader's language. */
export function presentSearch(lang: 'zh' | 'en'): string {
  const params = new URLSearchParams({ mode: 'present' });
  if (lang !== 'zh') params.set('lang', lang);
  return `?${params.toString()}`;
}
