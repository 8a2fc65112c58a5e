/**
 * goals.csv: what a session or an official sets for a horizon year in words, with no number
 * (`到2035年，重庆综合实力迈入全国城市前列，…`). A goal is the passage after `到YYYY年，`
 * (YYYY after the article's year) up to the next horizon, the end of its clause group (；。)
 * or a closing quotation mark. A passage holding a measurement is left to figures.csv, which
 * reads its numbers. Whose goal it is: the district of the statement or passage (the context),
 * else the municipality. English comes from a reviewed translation file (build.ts).
 * Knows nothing about CSV files.
 */
import type { MachineRow } from '../../src/lib/schema.ts';
import { MUNICIPALITY_CODE } from '../../src/lib/schema.ts';
import { skipReason } from './figures/filters.ts';
import { findQuantities } from './numbers.ts';
import { compactView, originalRange, sentences } from './text.ts';
import type { ExtractContext, Extracted } from './types.ts';

export type GoalRow = MachineRow<'goals'>;

/** `到2035年，`, `力争到2027年，`, `至2030年底，`: a horizon opening a goal. */
const HORIZON = /(?:力争)?(?:到|至)(20\d{2})年(?:底|末)?[,:]/g;
/** Where a goal's words end: the next clause group, sentence or quotation. */
const GOAL_END = /[;。!?”\n]|(?:力争)?(?:到|至)20\d{2}年/;
/** Shorter than this, the words after a horizon are a fragment, not a goal. */
const MIN_GOAL_CHARS = 6;

/** Tidies the printed words of a goal: line breaks left by the page layout go. */
function asPrinted(text: string): string {
  return text.replace(/\s*\n\s*/g, '').trim();
}

export function extractGoals(ctx: ExtractContext): Extracted<GoalRow> {
  const view = compactView(ctx.norm);
  const text = view.text;
  const year = Number(ctx.source.date.slice(0, 4));
  const rows: GoalRow[] = [];
  for (const sentence of sentences(view)) {
    const body = text.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(HORIZON)) {
      const horizon = Number(m[1]);
      if (!year || horizon <= year) continue;
      const from = sentence.start + m.index + m[0].length;
      const rest = text.slice(from, sentence.end);
      const stop = rest.search(GOAL_END);
      const to = from + (stop < 0 ? rest.length : stop);
      const words = text.slice(from, to).replace(/[,、]$/, '');
      if (words.length < MIN_GOAL_CHARS) continue;
      // A numeric goal (城镇化率达到80%) is figures.csv's; 一批 counts nothing.
      const none = new Uint8Array(words.length);
      if (findQuantities(words).some((q) => !skipReason(q, words, none))) continue;
      const [goalStart, goalEnd] = originalRange(view, from, from + words.length);
      const [quoteStart, quoteEnd] = originalRange(view, sentence.start, sentence.end);
      const [horizonAt] = originalRange(view, sentence.start + m.index, from);
      const district = ctx.districtAt(goalStart);
      rows.push({
        goal_id: `${ctx.source.id}-${horizonAt}`,
        horizon: String(horizon),
        subject_code: district?.code ?? MUNICIPALITY_CODE,
        subject_zh: district?.name_zh ?? '重庆市',
        subject_en: '',
        goal_zh: asPrinted(ctx.source.text.slice(goalStart, goalEnd)),
        goal_en: '',
        pledge_id: ctx.pledgeAt(goalStart) ?? '',
        quote: ctx.source.text.slice(quoteStart, quoteEnd),
        start: String(quoteStart),
        end: String(quoteEnd),
        source_id: ctx.source.id,
      });
    }
  }
  return { rows, review: [] };
}
