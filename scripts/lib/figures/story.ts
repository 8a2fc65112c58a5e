/**
 * Whose story a passage belongs to, for figures whose own sentence and paragraph name no
 * district: the district the item's headline names, else (when the headline names no place,
 * nor 重庆/全市) the one district its lead paragraph names — a story about 合川 keeps 合川's
 * figures when a paragraph only says 辖区内. A page continuation (`(上接1版)`) continues the
 * story it was cut from: printed as one run, that is the paragraph just before it, so it takes
 * the district that paragraph names last. Reads the newspaper items of sentences.ts. Knows nothing about
 * figures.
 */
import { NAMED_REGIONS } from '../indicators.ts';
import { blocks, pieces, type Piece } from '../sentences.ts';
import type { ExtractContext } from '../types.ts';
import type { Subject } from './subject.ts';

/** Opening of a continued story's second part on another page. */
const CONTINUATION = /^\s*[(（]上接/;
/** A headline about the whole municipality. */
const MUNICIPAL_HEADLINE = /重庆|全市|我市|市级|市委|市政府/;

/** The one district named in [start, end), or null. */
function oneDistrict(ctx: ExtractContext, start: number, end: number): Subject | null {
  const districts = ctx.districtsIn(start, end);
  return districts.length === 1 ? { code: districts[0]!.code, zh: districts[0]!.name_zh } : null;
}

function leadSubject(ctx: ExtractContext, piece: Piece): Subject | null {
  const headings = piece.blocks.filter((b) => b.heading);
  for (const h of headings) {
    const named = oneDistrict(ctx, h.start, h.end);
    if (named) return named;
    const region = ctx.norm.slice(h.start, h.end).match(NAMED_REGIONS);
    if (region) return { code: region[0], zh: region[0] };
  }
  if (headings.some((h) => MUNICIPAL_HEADLINE.test(ctx.norm.slice(h.start, h.end)))) return null;
  const lead = piece.blocks.find((b) => !b.heading && !b.byline);
  return lead ? oneDistrict(ctx, lead.start, lead.end) : null;
}

export interface Stories {
  /** The story subject at an offset of the original text (null: none, the municipality's). */
  subject(offset: number): Subject | null;
  /** Where the story holding an offset starts (its headline), in the original text. */
  start(offset: number): number;
}

export function stories(ctx: ExtractContext): Stories {
  const all = blocks(ctx.norm);
  const items = pieces(ctx.norm, all);
  const cache = new Map<number, Subject | null>();
  const subjectOf = (i: number): Subject | null => {
    const piece = items[i]!;
    const first = piece.blocks[0]!;
    if (!CONTINUATION.test(ctx.norm.slice(first.start, first.end))) return leadSubject(ctx, piece);
    const before = all[all.indexOf(first) - 1];
    if (!before || before.heading) return null;
    const last = ctx.districtsIn(before.start, before.end).at(-1);
    return last ? { code: last.code, zh: last.name_zh } : null;
  };
  const indexAt = (offset: number) => items.findIndex((p) => offset >= p.start && offset < p.end);
  return {
    subject(offset) {
      const i = indexAt(offset);
      if (i < 0) return null;
      if (!cache.has(i)) cache.set(i, subjectOf(i));
      return cache.get(i)!;
    },
    start(offset) {
      return items[indexAt(offset)]?.start ?? 0;
    },
  };
}
