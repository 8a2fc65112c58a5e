import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactView, sentences } from './text';
import {
  lineIndex,
  MAX_PARAGRAPH_CHARS,
  MAX_SENTENCE_CHARS,
  paragraphStart,
  spansWithin,
} from './windows';

/** Sorted, non-overlapping spans, like period or district mentions found left to right. */
const spans = fc
  .array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 10 })), { maxLength: 40 })
  .map((steps) => {
    let at = 0;
    return steps.map(([gap, length]) => {
      const span = { start: at + gap, end: at + gap + length };
      at = span.end;
      return span;
    });
  });

describe('bounded context windows', () => {
  it('finds the same spans inside a range as a filter over all of them', () => {
    fc.assert(
      fc.property(spans, fc.nat(400), fc.nat(400), (all, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(spansWithin(all, from, to)).toEqual(
          all.filter((s) => s.start >= from && s.end <= to),
        );
      }),
    );
  });

  it('finds the paragraph start after the last line break, but no further back than the cap', () => {
    expect(paragraphStart('甲乙\n丙丁', 4)).toBe(3);
    expect(paragraphStart('甲乙\n丙丁', 1)).toBe(0);
    const long = '\n' + '字'.repeat(MAX_PARAGRAPH_CHARS * 2);
    expect(paragraphStart(long, long.length - 1)).toBe(long.length - 1 - MAX_PARAGRAPH_CHARS);
  });

  it('cuts a run with no full stop into sentences no longer than the cap, at clause marks', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `万州区新增就业${i}人`).join(',');
    const cut = sentences(compactView(text));
    expect(cut.length).toBeGreaterThan(1);
    expect(cut[0]!.start).toBe(0);
    expect(cut.at(-1)!.end).toBe(text.length);
    for (const [i, s] of cut.entries()) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      if (i > 0) expect(s.start).toBe(cut[i - 1]!.end);
      if (i < cut.length - 1) expect(text[s.end - 1]).toBe(',');
    }
  });
});

describe('lineIndex', () => {
  it('finds every offset’s line start and end as lastIndexOf and indexOf do', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a\n。]{0,40}$/), (text) => {
        const lines = lineIndex(text);
        for (let at = 0; at <= text.length; at++) {
          // (lastIndexOf(…, -1) would look at offset 0: nothing lies before offset 0.)
          expect(lines.startOf(at)).toBe(at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1);
          const end = text.indexOf('\n', at);
          expect(lines.endOf(at)).toBe(end < 0 ? text.length : end);
        }
      }),
    );
  });
});
