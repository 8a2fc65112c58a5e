/**
 * Statements by named officials: who speaks (role chain + name, a name alone once introduced,
 * 他/她, or `李应兰：` in a Q&A) and where each statement is marked. Where it starts and ends,
 * and the passages the print layout cut off, are passages.ts; rows, events and dates are
 * pledge-rows.ts. A name misprinted in the article (a reviewed `misprint` correction) is read
 * as corrected, so the person is the same across articles and needs no review.
 * Knows nothing about numbers or CSV files.
 */
import { printedRange, sentenceAt, type Article } from './article.ts';
import { findCorrection } from './corrections.ts';
import { lastIndexBefore, spanCover } from './positions.ts';
import type { DistrictMatcher } from './districts.ts';
import { statementsFrom, type Trigger } from './passages.ts';
import { findRoleIntros, hasSurname, surnameLength, type RoleIntro } from './people.ts';
import type { Span } from './sentences.ts';
import type { Correction, ReviewItem } from './types.ts';

export interface Person {
  /** The name, corrected where a reviewed misprint correction applies. */
  name: string;
  /** The name as the article prints it, when it was corrected. */
  printed?: string;
  /** Why and on what evidence the name was corrected. */
  note?: string;
  role: string;
  org: string;
  districtCode: string;
}

export interface Statement extends Span {
  person: Person;
  /** The words that mark the speech: 表示, 说, 特别有共鸣, 思考的是, ：(Q&A). */
  cue: string;
  piece: number;
  /** Passages the print layout cut off and printed elsewhere in the article, in order. */
  continued: Span[];
}

/** Verbs and phrases that introduce what someone says or thinks. */
const CUE =
  /表示|说|介绍|指出|强调|认为|谈到|坦言|称|透露|阐述|解释|提出|建议|告诉|感慨|直言|回答|答|特别有共鸣|深有感触|有感触|思考的是/g;
/** Cues that carry content without a following comma (思考的是如何…, 表示将…). */
const CUE_WITHOUT_COMMA = /^(?:表示|强调|指出|认为|特别有共鸣|深有感触|有感触|思考的是)$/;
/** Characters between a name and its cue (李明自信地对媒体说, 张鸿星察看…时强调). */
const MAX_CUE_GAP = 20;
/** One character between a known name and a cue that is not a known adverb: a misprinted name. */
const ADVERB_CHAR = /^[也还又就再则均都便更却亦]$/;
/** A question in an interview: `记者：`, `问：`, `Q：`. */
const QUESTION_LABEL = /^(?:记者|问|Q)[：:]/;
/** Organisations of the municipality (no district): 市…, 团市委, 中共重庆市委, national bodies. */
const MUNICIPAL_ORG = /^(?:市|团市委|中共重庆|重庆市|国家|全国|中央|中共中央)/;
const BOUNDARY = /[，,。！？!?；;：:”"、\s]/;
/** A name of 4 characters with a one-character surname is rare enough to check. */
const LONG_NAME = 4;

export interface PledgeExtraction {
  statements: Statement[];
  review: ReviewItem[];
  people: Map<string, Person>;
}

export function reviewItem(article: Article, span: Span, reason: string): ReviewItem {
  const [start, end] = printedRange(article, span);
  return {
    dataset: 'pledges',
    source_id: article.source.id,
    start,
    end,
    quote: article.source.text.slice(start, end),
    reason,
  };
}

export function extractStatements(
  article: Article,
  districts: DistrictMatcher,
  corrections: readonly Correction[] = [],
): PledgeExtraction {
  const text = article.text;
  const review: ReviewItem[] = [];
  /** People by their (corrected) name and by the name as printed. */
  const people = new Map<string, Person>();
  const introSpans: Span[] = [];
  const intros: { at: number; person: Person }[] = [];
  /** Every place a known person is named, for 他/她. */
  const mentions: { at: number; person: Person }[] = [];
  const triggers: Trigger[] = [];

  const register = (intro: RoleIntro): Person => {
    const known = people.get(intro.name);
    if (known) return known;
    const span = { start: intro.nameStart, end: intro.nameStart + intro.name.length };
    const fix = findCorrection(
      corrections,
      'pledges',
      article.source.id,
      intro.name,
      printedRange(article, span)[0],
    );
    const districtCode = districtOfRole(article, districts, intro.role, intro.org, intro.start);
    const person: Person = {
      name: fix?.corrected ?? intro.name,
      ...(fix ? { printed: intro.name, note: `${fix.reason} (${fix.evidence})` } : {}),
      role: charactersOnly(article, intro.roleStart, intro.roleEnd),
      org: withDistrict(intro.org, districtCode, districts),
      districtCode,
    };
    people.set(intro.name, person);
    people.set(person.name, person);
    // A name a person has corrected needs no review.
    if (!fix && intro.name.length >= LONG_NAME && surnameLength(intro.name) === 1)
      review.push(
        reviewItem(
          article,
          span,
          `speaker name "${intro.name}" has ${intro.name.length} characters after a one-character surname: check for a misprint`,
        ),
      );
    return person;
  };

  for (const block of article.blocks) {
    for (const intro of findRoleIntros(text, block.start, block.end)) {
      const person = register(intro);
      introSpans.push({ start: intro.start, end: intro.end });
      intros.push({ at: intro.nameStart, person });
      mentions.push({ at: intro.nameStart, person });
      if (!block.heading) {
        const cue = cueAfter(
          text,
          intro.end,
          block.end,
          quotedBefore(text, block.start, intro.start),
        );
        if (cue) triggers.push({ at: intro.start, person, cue: cue.cue, end: cue.end });
      }
    }
  }

  const inIntro = spanCover(introSpans);
  const blockIndex = new Map(article.blocks.map((b, i) => [b, i]));
  for (const block of article.blocks) {
    if (block.heading) continue;
    const body = text.slice(block.start, block.end);
    // Bare names of people introduced anywhere in the article, as printed or as corrected.
    for (const [written, person] of people) {
      let from = 0;
      for (;;) {
        const i = body.indexOf(written, from);
        if (i < 0) break;
        from = i + written.length;
        const at = block.start + i;
        if (inIntro(at)) continue;
        const before = i === 0 ? '' : body[i - 1]!;
        if (before && !BOUNDARY.test(before)) continue;
        mentions.push({ at, person });
        const cue = cueAfter(
          text,
          at + written.length,
          block.end,
          quotedBefore(text, block.start, at),
        );
        if (!cue) continue;
        if (cue.gap.length === 1 && /[\u4e00-\u9fff]/.test(cue.gap) && !ADVERB_CHAR.test(cue.gap)) {
          const misprint = findCorrection(
            corrections,
            'pledges',
            article.source.id,
            written + cue.gap,
          );
          if (!misprint)
            review.push(
              reviewItem(
                article,
                { start: at, end: at + written.length + 1 },
                `speaker printed as "${written}${cue.gap}" here and "${written}" where introduced: check the name`,
              ),
            );
        }
        triggers.push({ at, person, cue: cue.cue, end: cue.end });
      }
    }
    // Q&A: `李应兰：…` answering a question; `答：…` answers for the person introduced last.
    const qa = /^([\u4e00-\u9fff]{1,4}|A)[：:]/.exec(body);
    if (qa && !QUESTION_LABEL.test(qa[0])) {
      const prev = article.blocks[blockIndex.get(block)! - 1];
      const prevText = prev ? text.slice(prev.start, prev.end) : '';
      const isAnswer = /[？?]$/.test(prevText) || QUESTION_LABEL.test(prevText);
      const piece = sentenceAt(article, block.start)?.piece;
      // The last intro before the block in the same item (intros are in text order, items are
      // consecutive: walk back from the block and stop at the first intro of an earlier item).
      let introduced: (typeof intros)[number] | undefined;
      for (let k = lastIndexBefore(intros, block.start, (x) => x.at); k >= 0; k--) {
        const p = sentenceAt(article, intros[k]!.at)?.piece;
        if (p === piece) introduced = intros[k];
        if (p !== undefined) break;
      }
      const known = /^(?:答|A)$/.test(qa[1]!)
        ? isAnswer
          ? introduced?.person
          : undefined
        : people.get(qa[1]!);
      if (known || (isAnswer && qa[1]!.length >= 2 && hasSurname(qa[1]!))) {
        const person = known ?? { name: qa[1]!, role: '', org: '', districtCode: '' };
        if (!known) people.set(person.name, person);
        mentions.push({ at: block.start, person });
        triggers.push({ at: block.start, person, cue: '：', end: block.start + qa[0].length });
      }
    }
  }

  // 他说 / 她表示: the person named last before it in the same item.
  mentions.sort((a, b) => a.at - b.at);
  for (const m of text.matchAll(
    /[他她](?=[^。！？!?；;]{0,12}?(?:表示|说[，,：:]|介绍|指出|强调|认为))/g,
  )) {
    const before = m.index === 0 ? '' : text[m.index - 1]!;
    if (before && !BOUNDARY.test(before)) continue;
    const s = sentenceAt(article, m.index);
    if (!s || article.blocks[s.block]!.heading) continue;
    // Only a person named earlier in the same paragraph: a 他 after an unnamed or unofficial
    // speaker (a researcher, a chairman) must not fall back to an official further up.
    const last = mentions[lastIndexBefore(mentions, m.index, (x) => x.at)];
    if (!last) continue;
    const lastSentence = sentenceAt(article, last.at);
    if (!lastSentence || lastSentence.block !== s.block) continue;
    const cue = cueAfter(text, m.index + 1, article.blocks[s.block]!.end);
    if (cue) triggers.push({ at: m.index, person: last.person, cue: cue.cue, end: cue.end });
  }

  return { statements: statementsFrom(article, triggers), review, people };
}

/**
 * The printed text with only its Chinese characters normalised (traditional → simplified):
 * punctuation stays as printed (`市委委员，市城市管理局…`), unlike the rules' fully folded text.
 */
function charactersOnly(article: Article, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const printed = article.source.text[article.map[i]!]!;
    out += /[\u3400-\u9fff]/.test(printed) ? article.text[i]! : printed;
  }
  return out;
}

/** The speech cue after a name: `表示，`, `自信地对媒体说，`, `特别有共鸣`, `思考的是`. */
function cueAfter(
  text: string,
  from: number,
  limit: number,
  afterQuotation = false,
): { cue: string; gap: string; end: number } | null {
  const windowEnd = Math.min(limit, from + MAX_CUE_GAP + 6);
  const window = text.slice(from, windowEnd);
  const stop = window.search(/[。！？!?；;“”"]/);
  const scope = stop < 0 ? window : window.slice(0, stop);
  for (const m of scope.matchAll(CUE)) {
    if (m.index > MAX_CUE_GAP) break;
    const next = window[m.index + m[0].length] ?? '';
    // `“……。”王菊芬说。`: after a quotation the cue may close the sentence.
    const ok =
      /[，,：:]/.test(next) ||
      (CUE_WITHOUT_COMMA.test(m[0]) && next !== '了') ||
      (afterQuotation && /^(?:[。.!！]|$)/.test(next));
    if (!ok) continue;
    return { cue: m[0], gap: window.slice(0, m.index), end: from + m.index + m[0].length };
  }
  return null;
}

/** Whether a closing quote (optionally with a comma) directly precedes `at` in its block. */
function quotedBefore(text: string, blockStart: number, at: number): boolean {
  return /[”"][，,]?\s*$/.test(text.slice(Math.max(blockStart, at - 3), at));
}

/** A district body named without its district (`区委副书记、区长` → 区委) takes the district's name:
 * 铜梁区委, so the organisation reads true out of its sentence. */
function withDistrict(org: string, code: string, districts: DistrictMatcher): string {
  if (!code || !/^(?:区|县)(?:委|政府|人大|政协)/.test(org)) return org;
  const name = districts.rows.find((d) => d.code === code)?.name_zh ?? '';
  return name ? `${name.replace(/[区县]$/, '')}${org}` : org;
}

/** District of a speaker: named in the role (潼南区委书记), else for a local body the district
 * named just before in the same sentence (大渡口区…沪汉社区党委书记); municipal bodies have none. */
function districtOfRole(
  article: Article,
  districts: DistrictMatcher,
  role: string,
  org: string,
  introStart: number,
): string {
  const inRole = districts.find(role)[0];
  if (inRole) return inRole.code;
  if (!org || MUNICIPAL_ORG.test(org)) return '';
  const s = sentenceAt(article, introStart);
  if (!s) return '';
  const before = article.districts.filter((d) => d.start >= s.start && d.end <= introStart);
  return before[before.length - 1]?.code ?? '';
}
