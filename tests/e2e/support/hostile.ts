/**
 * Hostile strings shared by the URL fuzzer and the hostile-article tests. Each payload that would
 * run code sets `window.__pwned`; each that would inject markup carries `data-pwned`, so a test
 * can look for either.
 */
export const MARKUP_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1" data-pwned>',
  '"><script>window.__pwned=1</script><b data-pwned>x</b>',
  "'><svg onload=window.__pwned=1 data-pwned>",
  '<a href="javascript:window.__pwned=1" data-pwned>点击</a>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

/** Right-to-left override, zero-width space/joiner/non-joiner, BOM, line and paragraph separators. */
export const INVISIBLE = ['\u202e', '\u200b', '\u200d', '\u200c', '\ufeff', '\u2028', '\u2029'];

export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

/** What a test checks after hostile input reached the page: nothing ran, nothing was injected. */
export function pwnedInPage(): { ran: boolean; injected: number } {
  return {
    ran: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    injected: document.querySelectorAll('[data-pwned], img[src="x"], svg[onload]').length,
  };
}
