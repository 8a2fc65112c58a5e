/** The data desk's save endpoint, as the dev server (scripts/desk-server.ts) and the page share it. */
/** Path of the endpoint, under the dev server's root. */
export const SAVE_PATH = '/__desk/save';
/** Header carrying the per-run token. */
export const TOKEN_HEADER = 'x-cq-desk-token';
/** Name of the meta tag the dev server adds to its pages with the token. */
export const TOKEN_META = 'cq-desk-token';
