/**
 * The articles behind every figure: fetched once from ./seeds/<file> (emitted by the build) and
 * cut around a quote so the source panel can show the exact sentence in its paragraph.
 * Owns: article fetching and quote spans. Knows nothing about the DOM; text stays text.
 */
import type { QuoteRef } from './view-state';

export interface QuoteSpan {
  before: string;
  quote: string;
  after: string;
}

/**
 * Splits an article at a quote's offsets (UTF-16 code units into the text without its BOM, as
 * the pipeline counts them). Null when the offsets fall outside the text.
 */
export function splitAtQuote(text: string, ref: Pick<QuoteRef, 'start' | 'end'>): QuoteSpan | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (ref.start < 0 || ref.end > body.length || ref.end <= ref.start) return null;
  return {
    before: body.slice(0, ref.start),
    quote: body.slice(ref.start, ref.end),
    after: body.slice(ref.end),
  };
}

/** The quote with the rest of its paragraph on each side (paragraphs end at a blank line or \n). */
export function quoteInParagraph(span: QuoteSpan): QuoteSpan {
  const cut = span.before.lastIndexOf('\n');
  const stop = span.after.indexOf('\n');
  return {
    before: span.before.slice(cut + 1),
    quote: span.quote,
    after: stop < 0 ? span.after : span.after.slice(0, stop),
  };
}

/** A quote reference from a data row's source_id/start/end columns; null when they are missing. */
export function quoteRefOf(row: {
  source_id: string;
  start: string;
  end: string;
}): QuoteRef | null {
  const start = Number(row.start);
  const end = Number(row.end);
  if (!row.source_id || row.start === '' || row.end === '') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start || start < 0) return null;
  return { source: row.source_id, start, end };
}

/** Where a quote stands in its article, for rows that carry the quote but no offsets. */
export function locateQuote(text: string, source: string, quote: string): QuoteRef | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = quote ? body.indexOf(quote) : -1;
  return start < 0 ? null : { source, start, end: start + quote.length };
}

const cache = new Map<string, Promise<string>>();

/** Fetches an article's text once per page; a failed fetch is forgotten so it can be retried. */
export function fetchArticle(
  file: string,
  baseUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  let text = cache.get(file);
  if (!text) {
    text = fetcher(new URL(`seeds/${encodeURIComponent(file)}`, baseUrl)).then((response) => {
      if (!response.ok) throw new Error(`seeds/${file}: HTTP ${response.status}`);
      return response.text();
    });
    text.catch(() => cache.delete(file));
    cache.set(file, text);
  }
  return text;
}
