/**
 * Page modes as data: the full dashboard, one view embedded in another page, or a presentation.
 * Each mode is parsed once (src/lib/view-state.ts) and turned into one `Chrome` object that says which
 * parts of the page to draw. A new mode fails type-checking here until it is handled.
 * Owns: what each mode shows. Knows nothing about the DOM.
 */
import type { Mode } from '../lib/view-state';

export interface Chrome {
  /** Title block and standfirst. */
  header: boolean;
  /** Language, theme and chart/table switches. */
  controls: boolean;
  /** Footer with sources and notes. */
  footer: boolean;
  /** Selections are written to the address bar (history entries); embeds never do. */
  writesUrl: boolean;
  /** Show the whole dashboard; false shows one chart (?chart=) or one slide. */
  dashboard: boolean;
}

export function chromeFor(mode: Mode): Chrome {
  switch (mode) {
    case 'full':
      return { header: true, controls: true, footer: true, writesUrl: true, dashboard: true };
    case 'embed':
      return { header: false, controls: false, footer: false, writesUrl: false, dashboard: false };
    case 'present':
      return { header: false, controls: false, footer: false, writesUrl: true, dashboard: false };
    // The data desk is its own page (src/DeskApp.svelte); nothing of the dashboard's chrome.
    case 'desk':
      return { header: false, controls: false, footer: false, writesUrl: false, dashboard: false };
    default:
      return assertNever(mode);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unhandled mode: ${String(value)}`);
}
