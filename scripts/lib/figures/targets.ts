/**
 * Targets written without an ordinary number, read as figures all the same:
 * - a scale class set as a goal: 打造千亿级产业集群 → at least 1000亿元 (the class's lower bound),
 *   one row per class, the class (and a count such as 两大) kept as the qualifier;
 * - a multiple: 高新技术企业、科技型企业实现双倍增 → ×2, one row per thing counted;
 * - a count brought to zero: 实现…“空壳村”清零 → 0 of them.
 * A class or a multiple inside the name of a programme (千亿级优势特色产业培育行动, 中等收入
 * 群体倍增计划) names it and is no target. Knows nothing about subjects or dates.
 */
import { parseChineseNumber, scaleDecimal, type Quantity } from '../numbers.ts';
import { stripWords } from '../indicators.ts';
import type { Span } from '../text.ts';

/** A value read from words rather than from a numeral, in view offsets. */
export interface WordReading {
  q: Quantity;
  indicator: string;
  /** A scale class: dated by its paragraph's horizon when its sentence has none. */
  scaleClass: boolean;
}

/** 千亿级, 五百亿级, 两大万亿级, 千亿元级: the class, with the count (两大) when printed. */
const CLASS =
  /(?:([两二三四五六七八九十]|\d{1,2})大)?((?:[一二两三四五六七八九]?[十百千])|\d+)?(万亿|亿)元?级/g;
/** Verbs that set a class as something to reach (打造千亿级…); 依托千亿级园区 only names one. */
const GOAL_VERB =
  /打造|建设|建成|构建|培育|发展|壮大|形成|实现|迈向|迈进|冲刺|创建|争创|做大|做强|跻身|突破|培养/;
/** What a class measures: an industry, a cluster, a base, a park (its output in 元). */
const INDUSTRY_NOUN = /产业|集群|基地|园区|产业链|企业/;
/** The last noun of a list of classed things, shared by all of them (…、百亿级先进材料产业基地). */
const SHARED_HEAD =
  /(产业基地|产业集群|制造业集群|产业园区|产业园|产业链|主导产业|支柱产业|特色产业|集群|基地|园区)$/;
/** A name of a programme, not a goal: …行动, …计划, …工程. */
const PROGRAMME_NAME = /^[^,;:。、()“”]{0,14}?(行动|计划|工程|战略|专项)/;
/** Where a clause starts; quotation marks inside it (“空壳村”) do not end it. */
const CLAUSE_START = /[,;:。!?()]/;

function clauseBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && !CLAUSE_START.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function clauseEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && !/[,;:。!?]/.test(text[i]!)) i++;
  return i;
}

/** Scale classes set as goals in the sentence [from, to) of the view text. */
function scaleClasses(text: string, sentence: Span): WordReading[] {
  const body = text.slice(sentence.start, sentence.end);
  const found = [...body.matchAll(CLASS)].map((m) => ({ m, at: sentence.start + m.index }));
  const out: WordReading[] = [];
  found.forEach(({ m, at }, i) => {
    const [whole, count, numeral, multiplier] = m;
    const end = at + whole.length;
    const verbClause = clauseBefore(text, sentence.start, at);
    if (!GOAL_VERB.test(verbClause)) return;
    // The classed thing: up to the next class in the list, or the end of the clause.
    const next = found[i + 1];
    const stop = clauseEnd(text, end, sentence.end);
    const thingEnd = next && next.at < stop ? next.at : stop;
    let thing = text.slice(end, thingEnd).replace(/[、和及与]$/, '');
    thing = thing.split(/为(?:支撑|牵引|重点|主导|核心|引领)|的/)[0]!;
    if (PROGRAMME_NAME.test(thing)) return;
    // A list of classes shares the last one's head noun.
    if (!SHARED_HEAD.test(thing)) {
      const last = text.slice(found.at(-1)!.at, stop).split(/的|为(?:支撑|牵引)/)[0]!;
      const head = last.match(SHARED_HEAD)?.[1];
      if (head) thing += head;
    }
    const indicator = stripWords(thing, []);
    if (!indicator || !INDUSTRY_NOUN.test(indicator)) return;
    const base = numeral ? parseChineseNumber(numeral) : 1;
    if (base === null) return;
    const valueText = scaleDecimal(String(base), multiplier === '万亿' ? 12 : 8);
    const classAt = count ? at + count.length + 1 : at;
    out.push({
      q: {
        value: Number(valueText),
        valueText,
        unit: '元',
        qualifier: whole,
        chinese: true,
        start: at,
        end,
        numberStart: classAt,
      },
      indicator,
      scaleClass: true,
    });
  });
  return out;
}

/** 倍增, 双倍增, 翻番, 翻一番 → ×2; 翻两番 → ×4. */
const MULTIPLE = /(双倍增|倍增|翻一番|翻了一番|翻番|翻两番|翻了两番)/g;

/** Multiplicative targets: one reading per thing counted, its span from the thing to the word. */
function multiples(text: string, sentence: Span): WordReading[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: WordReading[] = [];
  for (const m of body.matchAll(MULTIPLE)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    if (/^(计划|行动|工程|战略)/.test(text.slice(end, end + 2))) continue;
    const factor = m[0].includes('两番') ? 4 : 2;
    const clause = clauseBefore(text, sentence.start, at);
    const clauseAt = at - clause.length;
    const lead = clause.replace(/(实现|达到|力争|争取|确保|要|将|基本|总体)+$/, '');
    let offset = clauseAt;
    for (const part of lead.split(/([、和及与])/)) {
      const partAt = offset;
      offset += part.length;
      if (/^[、和及与]$/.test(part)) continue;
      const indicator = stripWords(part, []);
      if (!indicator) continue;
      const thingAt = partAt + part.indexOf(indicator.slice(0, 1));
      out.push({
        q: {
          value: factor,
          valueText: String(factor),
          unit: '倍',
          qualifier: '',
          chinese: true,
          start: thingAt,
          end,
          numberStart: thingAt,
        },
        indicator,
        scaleClass: false,
      });
    }
  }
  return out;
}

/** A count brought to zero (…“空壳村”清零): the noun phrase before 清零 is what is counted. */
function zeros(text: string, sentence: Span): WordReading[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: WordReading[] = [];
  for (const m of body.matchAll(/(?:全部|动态)?清零/g)) {
    if (m[0].startsWith('动态')) continue; // 动态清零 is a policy's name
    const at = sentence.start + m.index;
    const indicator = stripWords(clauseBefore(text, sentence.start, at), []);
    if (!indicator) continue;
    out.push({
      q: {
        value: 0,
        valueText: '0',
        unit: '个',
        qualifier: '',
        chinese: true,
        start: at,
        end: at + m[0].length,
        numberStart: at,
      },
      indicator,
      scaleClass: false,
    });
  }
  return out;
}

/** Every target of these three kinds in one sentence, in text order. */
export function wordTargets(text: string, sentence: Span): WordReading[] {
  return [
    ...scaleClasses(text, sentence),
    ...multiples(text, sentence),
    ...zeros(text, sentence),
  ].sort((a, b) => a.q.start - b.q.start);
}
