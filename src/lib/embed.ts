/**
 * Embeds: which views can be embedded, their URLs, the copy-ready embed code, and the message
 * format a chart uses to talk to public/embed.js on the host page.
 * Owns: chart names, embed URLs and messages. Knows nothing about the DOM or the components.
 *
 * What the hosting needs (tested in tests/e2e/embed.spec.ts):
 * - Host page CSP: `script-src` and `frame-src` must allow the dashboard's origin. The embed code
 *   has no inline script and no style attribute, so `'unsafe-inline'` is never needed.
 * - Dashboard CSP: `img-src 'self' blob: data:` for the PNG download (the SVG is drawn through a
 *   blob: image); nothing else beyond `'self'`.
 * - `sandbox="allow-scripts"` without allow-same-origin gives the embed an opaque origin ('null'):
 *   storage APIs throw and every request to the dashboard's own files (its module scripts, CSS,
 *   CSV) is cross-origin. It then works only if the server answers with
 *   `Access-Control-Allow-Origin: *` (GitHub Pages does by default; one line for nginx, S3,
 *   Netlify). Public static files carry no credentials, so this is safe. The embed code we give
 *   out adds allow-same-origin instead: the chart lives on another origin than the article, so
 *   it still cannot reach the host page, and no CORS header is needed.
 */
import type { Lang } from './i18n';
import { CHARTS, type ChartName, type Theme } from './view-state';

/** Every view that has its own embed URL (`?mode=embed&chart=<name>`): the URL's chart list. */
export const EMBED_CHARTS = CHARTS;
export type EmbedChart = ChartName;

/** Dashboard state carried into an embed; everything else (view, slide, mode) is dropped. */
export const EMBED_STATE_KEYS = [
  'district',
  'session',
  'metric',
  'lang',
  'theme',
  'quote',
  'layout',
  'credit',
] as const;

/**
 * The credit line an embed, its images and its citation carry: the host's (`credit=`), else a
 * neutral name of this project that does not read as the party committee's own.
 */
export const DEFAULT_CREDIT: Record<Lang, string> = {
  zh: '重庆全会数据追踪',
  en: 'Chongqing Plenary Tracker',
};

export function creditLine(credit: string | null, lang: Lang): string {
  const who = credit ?? DEFAULT_CREDIT[lang];
  return lang === 'zh' ? `图表：${who}` : `Chart: ${who}`;
}

/**
 * An embed sits on someone else's (usually white) page: light unless its URL names a theme; it
 * never follows the reader's system setting the way the dashboard's `auto` does.
 */
export function embedTheme(theme: Theme): Exclude<Theme, 'auto'> {
  return theme === 'auto' ? 'light' : theme;
}

/** Height the iframe starts at before the chart reports its own (CSS px). */
export const INITIAL_HEIGHT_PX: Record<EmbedChart, number> = {
  map: 640,
  timeline: 360,
  ranking: 720,
  'sister-cities': 420,
  loans: 420,
  targets: 480,
  pledges: 480,
  source: 480,
};

export function isEmbedChart(value: string | null | undefined): value is EmbedChart {
  return (EMBED_CHARTS as readonly (string | null | undefined)[]).includes(value);
}

export interface EmbedParams {
  chart: EmbedChart;
}

/** The embed's own parameters; an unknown or missing chart falls back to the map. */
export function parseEmbedParams(params: URLSearchParams): EmbedParams {
  const chart = params.get('chart');
  return { chart: isEmbedChart(chart) ? chart : 'map' };
}

// ---- messages (documented in public/embed.js) ----

export const HEIGHT_MESSAGE = 'cq-embed:height';
export const SELECT_MESSAGE = 'cq-embed:select';
export const PING_MESSAGE = 'cq-embed:ping';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** Content height in CSS px, rounded up so nothing is cut off. */
  height: number;
  id: EmbedChart;
}
export interface SelectMessage {
  type: typeof SELECT_MESSAGE;
  id: EmbedChart;
  chart: EmbedChart;
  district: string | null;
  session: string | null;
}

export function heightMessage(chart: EmbedChart, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height), id: chart };
}

export function selectMessage(
  chart: EmbedChart,
  district: string | null,
  session: string | null,
): SelectMessage {
  return { type: SELECT_MESSAGE, id: chart, chart, district, session };
}

export function isPing(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === PING_MESSAGE;
}

// ---- URLs and code ----

/** The dashboard's folder URL for a page URL (the app is built with relative asset paths). */
export function appBase(pageUrl: string): URL {
  const url = new URL('./', pageUrl);
  url.search = '';
  url.hash = '';
  return url;
}

function stateOnly(state: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const key of EMBED_STATE_KEYS) {
    const value = state.get(key);
    if (value) kept.set(key, value);
  }
  return kept;
}

/** Absolute URL of one chart's embed with the given dashboard state. */
export function embedUrl(pageUrl: string, chart: EmbedChart, state: URLSearchParams): string {
  const url = appBase(pageUrl);
  const params = new URLSearchParams({ mode: 'embed', chart });
  for (const [key, value] of stateOnly(state)) params.set(key, value);
  url.search = params.toString();
  return url.href;
}

/** Absolute URL of the full dashboard showing the same state as an embed. */
export function dashboardUrl(pageUrl: string, state: URLSearchParams): string {
  const url = appBase(pageUrl);
  url.search = stateOnly(state).toString();
  return url.href;
}

function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface EmbedCodeOptions {
  pageUrl: string;
  chart: EmbedChart;
  state: URLSearchParams;
  /** Accessible name of the iframe, in the embed's language. */
  title: string;
  lang: Lang;
}

/**
 * Copy-ready embed code: an iframe and the external resizer script. No inline script and no
 * style attribute, so it works on pages with a strict Content-Security-Policy.
 * The sandbox keeps the chart from navigating the host page. It includes allow-same-origin
 * because the chart lives on another origin than the article (so it cannot reach the host), and
 * without it the chart's own files become cross-origin requests that need CORS headers.
 */
export function getEmbedCode(o: EmbedCodeOptions): string {
  const src = embedUrl(o.pageUrl, o.chart, o.state);
  const script = new URL('embed.js', appBase(o.pageUrl)).href;
  return (
    `<iframe src="${attr(src)}" title="${attr(o.title)}" lang="${o.lang === 'zh' ? 'zh-CN' : 'en'}"` +
    ` data-cq-embed="${o.chart}" width="100%" height="${INITIAL_HEIGHT_PX[o.chart]}"` +
    ` frameborder="0" scrolling="no" loading="lazy"` +
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>\n` +
    `<script src="${attr(script)}" async></script>`
  );
}
