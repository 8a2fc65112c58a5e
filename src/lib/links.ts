/**
 * Which addresses may become links. Data carry URLs (a reference fact's source, an article's
 * page); only `http:` and `https:` ones are ever put in an `href`: `javascript:`, `data:` and the
 * like are shown as text, if at all.
 * Owns: that one decision. Knows nothing about the DOM.
 */
export function httpUrl(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
