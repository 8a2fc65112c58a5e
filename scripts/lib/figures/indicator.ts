/**
 * What a figure measures (figures.csv `indicator_zh`), read from the words around its number:
 * the noun after a counting word, else the clause before the number; "A和B分别…X、Y" pairs each
 * number with its noun; a bare clause continues the indicator before it. A label must be true
 * out of its sentence: where the words around the number cannot make one, the reading says why
 * (`doubt`) and the figure goes to review. One reader per sentence, since a number's label may
 * lean on the numbers before it. Knows nothing about dates or subjects.
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
/** A verb phrase naming what is counted (纳入国家监管农村黑臭水体) is a label up to this long. */
const MAX_PHRASE_CHARS = 16;
/** A predicate this long or shorter can join its noun in a label (纳入国家监管清单的…). */
const MAX_PREDICATE_CHARS = 10;
const CLAUSE_DELIMITER = /[,:;()、!?—“]/;
const CLAUSE_END = /[,:;。!?]/;
/**
 * Verbs saying what the counted things did (18家企业参与报名, 80条纳入国家监管清单): the count
 * is of those that did it, so the label needs the predicate.
 */
const PREDICATE =
  /^(?:已经|已|均|都|还)?(?:集中|陆续|相继|先后|成功|顺利)?(签约|落户|入驻|参与|参加|纳入|列入|入选|获评|获批|获得|达成|组建|打捆|申报|加入|进入|通过|完成|实现|建成|投用|投入|开工|投产|落地|报名)/;
/** A scene, not a measurement of a place: 6台吊车伸着长臂, 此刻20条生产线满负荷运转. */
const SCENE_AFTER = /^(?:正在|正(?=[\u4e00-\u9fff]{2})|此刻)/;
/** A share with no noun (占全国比重) is the share of what the sentence measured before. */
const BARE_SHARE = /^占.{0,6}(比重|比例)$|^占比$/;
/** A comparison with no noun (高于全国) compares what the sentence measured before. */
const BARE_COMPARISON = /^(高于|低于|快于|慢于|领先)(全国|全市|全省)?(平均)?(水平)?$/;
/** Long things counted with 条: the count stops at them (33条重点产业链关键技术需求 → 产业链). */
const CHAIN_HEAD = /^(.*?(?:产业链|供应链|创新链|生产线|线路))(?=[\u4e00-\u9fff])/;
/** 全部达产后, 建成后: the figure belongs to the things of the clause before. */
const ONCE_DONE = /(达产|投产|建成|竣工|投用)后/;
/** Counts that modify another noun: 48个友好城市的嘉宾, 2260平方米的水井大田水塘. */
const QUANTITY_AHEAD =
  /^[、和及与]?[\u4e00-\u9fff]{0,8}?(?:超过|超|近|约)?[\d.]+[万亿]*[\u4e00-\u9fff%]{0,4}/;

/**
 * An action done to the things counted, kept in the label (抽调9名领导干部 → 抽调领导干部:
 * officials seconded, not the district's officials). 建成/新增 are not here: 建成高新技术企业147家
 * counts the enterprises there are.
 */
const ACTION_VERB =
  /^(抽调|选派|派出|派驻|招聘|引进|培训|接待|举办|签署|签订|帮助|带动|吸引|走访|慰问|救助|安置|转移|遴选)$/;
/** Two places abbreviated together (川渝, 成渝): what they count is the pair's, so it stays. */
const JOINT_REGION = /(川渝|成渝|渝川|渝黔|渝鄂|渝湘|渝陕)$/;
/** A zone the number describes (…20平方公里的国家级高新区) is its subject (subject.ts), no doubt. */
const ZONE_NOUN = /(高新区|经开区|开发区|工业园区|园区|产业园|工业园)$/;
/** Nouns that frame a number (…的目标) rather than being described by it. */
const FRAME = /^(?:年度)?(?:总)?(?:目标|大关|关口|水平|规模|任务)/;

export interface Reading {
  indicator: string;
  /** The thing measured without what the sentence says it did (for the numbers after it). */
  base: string;
  /** Why no true label can be read for it (the figure then goes to review), or null. */
  doubt: string | null;
  /** The noun phrase the number qualifies (…的国家级高新区), or ''. */
  attributeOf: string;
}

export interface IndicatorReader {
  /** Notes a number that is no measurement: the next clause still starts after it. */
  pass(q: Quantity): void;
  /** The label of the number `q` (offsets in the view); '' when nothing is named around it. */
  read(q: Quantity, districtNames: readonly string[]): Reading;
  /** Keeps an accepted label for the numbers after it in the sentence. */
  remember(q: Quantity, indicator: string): void;
}

/** The noun phrase a quantity qualifies: past any further quantities in its list, "的" + noun. */
function attributed(rest: string): string {
  let s = rest;
  for (let m = s.match(QUANTITY_AHEAD); m && m[0]; m = s.match(QUANTITY_AHEAD))
    s = s.slice(m[0].length);
  const head = s.match(/^的([\u4e00-\u9fff“”]{2,12})/);
  // 3亿元的年度总目标, 12万元的大关: a frame around the number, not another noun it describes.
  if (!head || FRAME.test(head[1]!)) return '';
  return head[1]!.replace(/[“”]/g, '');
}

export function indicatorReader(text: string, sentence: Span): IndicatorReader {
  let previousIndicator = '';
  let lastIndicator = '';
  // The last indicator per unit: "160条…其中80条" repeats what the earlier 条 counted.
  const indicatorByUnit = new Map<string, string>();
  let previousEnd = -1;
  let jointBefore = '';
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
      const rawAfter = text.slice(q.end, Math.min(q.end + 40, sentence.end));
      // A short quoted word inside a noun (专精特新“小巨人”企业) does not end it.
      const after = rawAfter
        .replace(/^的/, '')
        .replace(/(?<=[\u4e00-\u9fff])“([^”]{1,6})”(?=[\u4e00-\u9fff])/g, '$1');
      const quotedName = after.match(/^“([^”]{1,12})”/);
      let nounAfter = after.split(AFTER_NOUN_STOP)[0] ?? '';
      const isCount = (CLASSIFIERS as readonly string[]).includes(q.unit);
      if (q.unit === '条') nounAfter = nounAfter.match(CHAIN_HEAD)?.[1] ?? nounAfter;
      const afterNoun = quotedName
        ? quotedName[1]!
        : counted(nounAfter, after.slice(nounAfter.length));
      let doubt: string | null = null;
      let usedNounAfter = false;
      let label: string | null = null;

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
        if (afterNoun && (isCount || indicator.length <= 2)) {
          const verb = indicator.replace(/了$/, '').match(ACTION_VERB)?.[0] ?? '';
          // 推进川渝100个合作事项、300个重大项目: the pair of places qualifies the whole list.
          const joint =
            clause.match(JOINT_REGION)?.[0] ??
            (gap !== null && /^[\u4e00-\u9fff]{0,12}[、和及与]$/.test(gap) ? jointBefore : '');
          jointBefore = joint;
          indicator = joint + verb + afterNoun.slice(0, MAX_AFTER_NOUN_CHARS);
          usedNounAfter = !quotedName;
        }
        if (CHANGE_WORD.test(indicator) && previousIndicator)
          indicator = previousIndicator + indicator;
        else if (BARE_SHARE.test(indicator) && previousIndicator)
          indicator = previousIndicator + indicator;
        else if (BARE_COMPARISON.test(indicator) && lastIndicator)
          indicator = lastIndicator + indicator;
        else if (
          ONCE_DONE.test(clause) &&
          previousIndicator &&
          !indicator.startsWith(previousIndicator)
        )
          indicator = previousIndicator + indicator;
        // 160条(总水域面积50万平方米): a figure in brackets right after another qualifies its noun.
        else if (text[clauseStart - 1] === '(' && previous === clauseStart - 1 && previousIndicator)
          indicator = previousIndicator + indicator;
        // "增长6.1%，达到3.01万亿元": an empty clause continues the indicator before it.
        if (!indicator) indicator = indicatorByUnit.get(q.unit) ?? previousIndicator;
        // 完成80条纳入国家监管农村黑臭水体: with nothing before it, a count whose words after it
        // are a verb phrase ending in the thing counted takes the whole phrase.
        if (!indicator && isCount && PREDICATE.test(after)) {
          const phrase = after.split(/[,:;。!?”’()]/)[0]!;
          if (phrase.length <= MAX_PHRASE_CHARS && !/\d|的/.test(phrase)) {
            indicator = phrase;
            usedNounAfter = true;
            nounAfter = phrase;
          }
        }
      }

      // What follows the counted noun (or the number, when the noun came before it).
      const rest = usedNounAfter ? after.slice(after.indexOf(nounAfter) + nounAfter.length) : after;
      const attributeOf = attributed(usedNounAfter ? rest : rawAfter);
      if (isCount && usedNounAfter && /^[\d零〇一二两三四五六七八九十百千]/.test(rest))
        doubt = `what is counted runs on into another number (${afterNoun}${rest.slice(0, 4)}…)`;
      else if (attributeOf && !ZONE_NOUN.test(attributeOf))
        doubt = `the number describes ${attributeOf} (…的${attributeOf}), not a measure of its own`;
      else if (
        (usedNounAfter && (rest.startsWith('着') || SCENE_AFTER.test(rest))) ||
        /此刻|此时/.test(text.slice(sentence.start, q.start))
      )
        doubt = 'a scene at one moment, not a measurement of a place';
      else if (isCount && (usedNounAfter || !afterNoun)) {
        const predicate = rest.match(PREDICATE);
        if (predicate) {
          const end = rest.search(CLAUSE_END);
          const phrase = rest.slice(
            predicate.index! + predicate[0].length - predicate[1]!.length,
            end < 0 ? rest.length : end,
          );
          if (phrase.length <= MAX_PREDICATE_CHARS && !/[\d“”‘’]/.test(phrase))
            label = `${phrase}的${indicator}`;
          else doubt = `counts what ${rest.slice(0, 12)}… (too long to make a label)`;
        }
      }
      return { indicator: label ?? indicator, base: indicator, doubt, attributeOf };
    },
    remember(q, indicator) {
      // Thing measured first: 纳入国家监管清单的典型农村黑臭水体 → 典型农村黑臭水体.
      indicatorByUnit.set(q.unit, indicator);
      lastIndicator = indicator;
      // What the next change word or share is of: GDP for GDP增速 and GDP占全国比重.
      previousIndicator =
        indicator.replace(/(同比|年均)?(增长|下降|增速|增幅)$|占.{0,6}(比重|比例)$|占比$/, '') ||
        indicator;
    },
  };
}
