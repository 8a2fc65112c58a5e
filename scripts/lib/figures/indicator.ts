/**
 * What a figure measures (figures.csv `indicator_zh`), read from the words around its number:
 * the noun after a counting word, else the clause before the number; "A和B分别…X、Y" pairs each
 * number with its noun; a bare clause continues the indicator before it. One reader per
 * sentence, since a number's label may lean on the numbers before it.
 * Knows nothing about dates or subjects.
 */
import { CLASSIFIERS, type Quantity } from '../numbers.ts';
import {
  AFTER_NOUN_STOP,
  CHANGE_WORD,
  counted,
  respectiveParts,
  stripWords,
} from '../indicators.ts';
import type { Span } from '../text.ts';

/** A counted noun read after the number is cut here (it runs into the rest of the clause). */
const MAX_AFTER_NOUN_CHARS = 12;
const CLAUSE_DELIMITER = /[,:;()、!?—“]/;

export interface IndicatorReader {
  /** Notes a number that is no measurement: the next clause still starts after it. */
  pass(q: Quantity): void;
  /** The label of the number `q` (offsets in the view); '' when nothing is named around it. */
  read(q: Quantity, districtNames: readonly string[]): string;
  /** Keeps an accepted label for the numbers after it in the sentence. */
  remember(q: Quantity, indicator: string): void;
}

export function indicatorReader(text: string, sentence: Span): IndicatorReader {
  let previousIndicator = '';
  // The last indicator per unit: "160条…其中80条" repeats what the earlier 条 counted.
  const indicatorByUnit = new Map<string, string>();
  let previousEnd = -1;
  let respective: { parts: string[]; index: number; qualifier: string } | null = null;

  return {
    pass(q) {
      previousEnd = q.end;
    },
    read(q, districtNames) {
      const previous = previousEnd;
      const gap = previous >= 0 ? text.slice(previous, q.start) : null;
      previousEnd = q.end;
      // The clause before the number: from the last delimiter or the previous number.
      // Only the last 40 characters can matter (the clause is cut there below).
      let clauseStart = sentence.start;
      for (let i = q.start - 1; i >= Math.max(sentence.start, q.start - 41); i--) {
        if (CLAUSE_DELIMITER.test(text[i]!)) {
          clauseStart = i + 1;
          break;
        }
      }
      clauseStart = Math.max(clauseStart, previous, q.start - 40);
      const clause = text.slice(clauseStart, q.start);
      let indicator = stripWords(clause, districtNames);
      const after = text.slice(q.end, Math.min(q.end + 30, sentence.end)).replace(/^的/, '');
      const quotedName = after.match(/^“([^”]{1,12})”/);
      const nounAfter = after.split(AFTER_NOUN_STOP)[0] ?? '';
      const afterNoun = quotedName
        ? quotedName[1]!
        : counted(nounAfter, after.slice(nounAfter.length));

      if (clause.includes('分别')) {
        const parts = respectiveParts(text.slice(sentence.start, q.start), districtNames);
        respective = parts.length ? { parts, index: 0, qualifier: q.qualifier } : null;
        if (respective) indicator = respective.parts[0]!;
      } else if (respective && gap !== null && /^[、和及与]$/.test(gap)) {
        respective.index++;
        indicator = respective.parts[respective.index] ?? indicator;
        // 分别迈过4万亿元、12万元: the qualifier before the first number covers the list.
        if (!q.qualifier) q.qualifier = respective.qualifier;
      } else {
        respective = null;
        const isCount = (CLASSIFIERS as readonly string[]).includes(q.unit);
        if (afterNoun && (isCount || indicator.length <= 2))
          indicator = afterNoun.slice(0, MAX_AFTER_NOUN_CHARS);
        if (CHANGE_WORD.test(indicator) && previousIndicator)
          indicator = previousIndicator + indicator;
        // "增长6.1%，达到3.01万亿元": an empty clause continues the indicator before it.
        if (!indicator) indicator = indicatorByUnit.get(q.unit) ?? previousIndicator;
      }
      return indicator;
    },
    remember(q, indicator) {
      indicatorByUnit.set(q.unit, indicator);
      previousIndicator = indicator.replace(/(同比|年均)?(增长|下降|增速|增幅)$/, '') || indicator;
    },
  };
}
