/**
 * Statements by named officials: who speaks (role chain + name, a name alone once introduced,
 * 他/她, or `李应兰：` in a Q&A), where the statement starts (a quotation just before the name
 * belongs to it) and ends (the paragraph, the list it announces, the interview answer).
 * Rows, events and dates are pledge-rows.ts. Knows nothing about numbers or CSV files.
 */
import { sentenceAt, slice, type Article } from './article.ts';
import type { DistrictMatcher } from './districts.ts';
import { findRoleIntros, hasSurname, surnameLength } from './people.ts';
import { firstIndexFrom, lastIndexBefore, spanCover } from './positions.ts';
import type { Span } from './sentences.ts';
import type { ReviewItem } from './types.ts';

export interface Person {
  name: string;
  role: string;
  org: string;
  districtCode: string;
}

export interface Statement extends Span {
  person: Person;
  /** The words that mark the speech: 表示, 说, 特别有共鸣, 思考的是, ：(Q&A). */
  cue: string;
  piece: number;
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
/** Paragraph openers that continue a list a statement announced (一是…, 第二方面…, 要…). */
const ENUMERATION =
  /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|首先|其次|再次|最后|要)/;
/** A question in an interview: `记者：`, `问：`, `Q：`. */
const QUESTION_LABEL = /^(?:记者|问|Q)[：:]/;
/** Any speaker label opening a paragraph (the next question or answer). */
const SPEAKER_LABEL = /^(?:[\u4e00-\u9fff]{1,4}|[AQ])[：:]/;
/** Paragraph openers that return to the reporter's voice. */
const NARRATION = /^(?:发布会上|会上|会议|本报讯|据|记者|此外[，,]记者)/;
/** Organisations of the municipality (no district): 市…, 团市委, 中共重庆市委, national bodies. */
const MUNICIPAL_ORG = /^(?:市|团市委|中共重庆|重庆市|国家|全国|中央|中共中央)/;
const BOUNDARY = /[，,。！？!?；;：:”"、\s]/;
/** A name of 4 characters with a one-character surname is rare enough to check. */
const LONG_NAME = 4;

interface Trigger {
  /** Where the speaker is named (start of role chain, name or pronoun). */
  at: number;
  person: Person;
  cue: string;
  end: number;
}

export interface PledgeExtraction {
  statements: Statement[];
  review: ReviewItem[];
  people: Map<string, Person>;
}

export function reviewItem(article: Article, span: Span, reason: string): ReviewItem {
  return {
    dataset: 'pledges',
    source_id: article.source.id,
    start: span.start,
    end: span.end,
    quote: slice(article, span),
    reason,
  };
}

export function extractStatements(article: Article, districts: DistrictMatcher): PledgeExtraction {
  const text = article.norm;
  const review: ReviewItem[] = [];
  const people = new Map<string, Person>();
  const introSpans: Span[] = [];
  const intros: { at: number; person: Person }[] = [];
  /** Every place a known person is named, for 他/她. */
  const mentions: { at: number; person: Person }[] = [];
  const triggers: Trigger[] = [];

  for (const block of article.blocks) {
    for (const intro of findRoleIntros(text, block.start, block.end)) {
      let person = people.get(intro.name);
      if (!person) {
        person = {
          name: intro.name,
          role: charactersOnly(article, intro.start, intro.nameStart),
          org: intro.org,
          districtCode: districtOfRole(article, districts, intro.role, intro.org, intro.start),
        };
        people.set(intro.name, person);
        if (intro.name.length >= LONG_NAME && surnameLength(intro.name) === 1)
          review.push(
            reviewItem(
              article,
              { start: intro.nameStart, end: intro.end },
              `speaker name "${intro.name}" has ${intro.name.length} characters after a one-character surname: check for a misprint`,
            ),
          );
      }
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
  for (const block of article.blocks) {
    if (block.heading) continue;
    const body = text.slice(block.start, block.end);
    // Bare names of people introduced anywhere in the article.
    for (const person of people.values()) {
      let from = 0;
      for (;;) {
        const i = body.indexOf(person.name, from);
        if (i < 0) break;
        from = i + person.name.length;
        const at = block.start + i;
        if (inIntro(at)) continue;
        const before = i === 0 ? '' : body[i - 1]!;
        if (before && !BOUNDARY.test(before)) continue;
        mentions.push({ at, person });
        const cue = cueAfter(
          text,
          at + person.name.length,
          block.end,
          quotedBefore(text, block.start, at),
        );
        if (!cue) continue;
        if (cue.gap.length === 1 && /[\u4e00-\u9fff]/.test(cue.gap) && !ADVERB_CHAR.test(cue.gap)) {
          review.push(
            reviewItem(
              article,
              { start: at, end: at + person.name.length + 1 },
              `speaker printed as "${person.name}${cue.gap}" here and "${person.name}" where introduced: check the name`,
            ),
          );
        }
        triggers.push({ at, person, cue: cue.cue, end: cue.end });
      }
    }
    // Q&A: `李应兰：…` answering a question; `答：…` answers for the person introduced last.
    const qa = /^([\u4e00-\u9fff]{1,4}|A)[：:]/.exec(body);
    if (qa && !QUESTION_LABEL.test(qa[0])) {
      const prev = article.blocks[article.blocks.indexOf(block) - 1];
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
    const printed = article.source.text[i]!;
    out += /[\u3400-\u9fff]/.test(printed) ? article.norm[i]! : printed;
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

/** A quotation right before the speaker (`“…。”市委委员、江津区委书记李应兰表示`) is theirs. */
function quotationStart(text: string, from: number, sentenceStart: number): number {
  const before = text.slice(from, sentenceStart);
  const trimmed = before.trimStart();
  if (/^[“"]/.test(trimmed) && /[”"]\s*$/.test(before))
    return from + (before.length - trimmed.length);
  return sentenceStart;
}

function statementsFrom(article: Article, triggers: Trigger[]): Statement[] {
  const text = article.norm;
  triggers.sort((a, b) => a.at - b.at || b.end - a.end);
  const out: Statement[] = [];
  let open: Statement | null = null;
  let openBlock = -1;
  for (const t of triggers) {
    const s = sentenceAt(article, t.at);
    if (!s) continue;
    if (open && openBlock === s.block && open.person.name === t.person.name) continue;
    if (open && openBlock === s.block && t.at < open.end) {
      // A different speaker in the same paragraph: the open statement stops here.
      const cut = sentenceAt(article, t.at)!.start;
      if (cut <= open.start) continue;
      open.end = trimEnd(text, cut);
    }
    const block = article.blocks[s.block]!;
    const floor = open && openBlock === s.block ? open.end : block.start;
    const start = quotationStart(text, floor, s.start);
    open = { start, end: block.end, person: t.person, cue: t.cue, piece: s.piece };
    openBlock = s.block;
    out.push(open);
    extendOverList(article, open, s.block, triggers);
  }
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * A statement that announces a list (ends with ：or ——) runs on through the following
 * paragraphs of its item; any statement runs on through paragraphs that continue an
 * enumeration (一是…, 第二方面…). Both stop at a heading, a credit, a new speaker, or the
 * reporter's voice (发布会上，…).
 */
function extendOverList(
  article: Article,
  statement: Statement,
  blockIndex: number,
  triggers: Trigger[],
): void {
  const text = article.norm;
  // An interview answer runs on until the next question or answer.
  const answer = statement.cue === '：';
  const announces = /(?:[：:]|——)$/.test(text.slice(statement.start, statement.end).trim());
  for (let i = blockIndex + 1; i < article.blocks.length; i++) {
    const b = article.blocks[i]!;
    if (b.heading || b.byline) return;
    const s = sentenceAt(article, b.start);
    if (!s || s.piece !== statement.piece) return;
    // triggers are sorted by offset (statementsFrom): the first at or after the block's start.
    const next = triggers[firstIndexFrom(triggers, b.start, (t) => t.at)];
    if (next && next.at < b.end) return;
    const body = text.slice(b.start, b.end);
    if (answer) {
      if (SPEAKER_LABEL.test(body)) return;
      statement.end = b.end;
      continue;
    }
    if (NARRATION.test(body)) return;
    if (!announces && !ENUMERATION.test(body)) return;
    statement.end = b.end;
  }
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
