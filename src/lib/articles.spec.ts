import { describe, expect, it, vi } from 'vitest';
import { fetchArticle, locateQuote, quoteInParagraph, quoteRefOf, splitAtQuote } from './articles';

const TEXT =
  '\n\n# 标题\n\n第一段。“富民贷”近2.6亿元，已帮助2163户农民发展产业。后文。\n\n第二段。';

describe('splitAtQuote', () => {
  it('cuts the article at the offsets the pipeline wrote', () => {
    const start = TEXT.indexOf('“富民贷”');
    const end = TEXT.indexOf('后文');
    const span = splitAtQuote(TEXT, { start, end })!;
    expect(span.quote).toBe('“富民贷”近2.6亿元，已帮助2163户农民发展产业。');
    expect(span.before + span.quote + span.after).toBe(TEXT);
  });
  it('counts offsets in the text without a byte-order mark', () => {
    const span = splitAtQuote(`\uFEFF${TEXT}`, { start: 2, end: 6 })!;
    expect(span.quote).toBe('# 标题');
  });
  it('gives null for offsets outside the article', () => {
    expect(splitAtQuote(TEXT, { start: 10, end: 10_000 })).toBeNull();
  });
});

describe('quoteInParagraph', () => {
  it('keeps only the quote’s paragraph around it', () => {
    const start = TEXT.indexOf('“富民贷”');
    const para = quoteInParagraph(splitAtQuote(TEXT, { start, end: start + 5 })!);
    expect(para.before).toBe('第一段。');
    expect(para.quote).toBe('“富民贷”');
    expect(para.after).toBe('近2.6亿元，已帮助2163户农民发展产业。后文。');
  });
});

describe('quoteRefOf', () => {
  it('reads offsets from a data row', () => {
    expect(quoteRefOf({ source_id: '000', start: '12', end: '40' })).toEqual({
      source: '000',
      start: 12,
      end: 40,
    });
  });
  it('gives null when a row has no usable offsets', () => {
    expect(quoteRefOf({ source_id: '000', start: '', end: '' })).toBeNull();
    expect(quoteRefOf({ source_id: '000', start: '40', end: '12' })).toBeNull();
    expect(quoteRefOf({ source_id: '', start: '1', end: '2' })).toBeNull();
  });
});

describe('fetchArticle', () => {
  it('fetches each article once', async () => {
    const fetcher = vi.fn(async () => new Response('正文'));
    const base = 'http://example.test/app/';
    expect(await fetchArticle('a.txt', base, fetcher)).toBe('正文');
    expect(await fetchArticle('a.txt', base, fetcher)).toBe('正文');
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(String((fetcher.mock.calls[0] as unknown[])[0])).toBe(
      'http://example.test/app/seeds/a.txt',
    );
  });
  it('reports a missing article and tries again next time', async () => {
    const fetcher = vi.fn(async () => new Response('', { status: 404 }));
    await expect(fetchArticle('b.txt', 'http://x/', fetcher)).rejects.toThrow(
      'seeds/b.txt: HTTP 404',
    );
    await expect(fetchArticle('b.txt', 'http://x/', fetcher)).rejects.toThrow();
    expect(fetcher).toHaveBeenCalledTimes(2);
  });
});

describe('locateQuote', () => {
  it('finds a quote given without offsets', () => {
    const ref = locateQuote(TEXT, '000', '已帮助2163户')!;
    expect(TEXT.slice(ref.start, ref.end)).toBe('已帮助2163户');
    expect(locateQuote(TEXT, '000', '不存在')).toBeNull();
    expect(locateQuote(TEXT, '000', '')).toBeNull();
  });
});
