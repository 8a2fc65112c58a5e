/**
 * Where a statement starts and ends, and the passages of it the print layout cut off. A
 * statement starts at the sentence naming its speaker (or a quotation just before it) and runs to
 * the end of its paragraph, or to the next speaker in it; then on over the paragraphs that are
 * still its own: an interview answer until the next question, a list it announces (`…：`, `…——`)
 * with the sections of that list, paragraphs continuing an enumeration (`一是…`, `经济实力方面，…`),
 * and, in a section the speaker opens, the section's paragraphs, until a headline, a credit, a
 * new speaker or the reporter's voice. A statement the page cut (its text stops mid-sentence
 * before a headline; its announced list stops short) continues where the article prints the rest
 * (see `continuations`). Knows nothing about who speaks or about rows.
 */
import { sentenceAt, type Article } from './article.ts';
import type { Person, Statement } from './pledges.ts';
import { firstIndexFrom } from './positions.ts';
import type { Block, Span } from './sentences.ts';

export interface Trigger {
  /** Where the speaker is named (start of role chain, name or pronoun). */
  at: number;
  person: Person;
  cue: string;
  end: number;
}

/** Paragraph openers that continue a list a statement announced (一是…, 第二方面…, 要…). */
const ENUMERATION =
  /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|首先|其次|再次|最后|要)/;
/** A list by topic: `经济实力方面，提出…`, `科教实力方面，…`. */
const TOPIC_ITEM = /^[\u4e00-\u9fff]{2,10}方面[,，]/;
/** Any speaker label opening a paragraph (the next question or answer). */
const SPEAKER_LABEL = /^(?:[\u4e00-\u9fff]{1,4}|[AQ])[：:]/;
/** Paragraph openers that return to the reporter's voice. */
const NARRATION =
  /^(?:发布会上|会上|会议|本报讯|据|记者|此外[，,]记者|当天|当日|现场|采访中|活动中|随后|近年来[，,]该|截至目前[，,]该)/;
/** A speaker presenting a topic: `在发布会上介绍了…情况`, `作主题发布`. */
const PRESENTS = /(?:发布会|吹风会)上(?:介绍|通报|发布|解读)了|作主题发布|介绍了[^。]{0,40}情况/;
/** A paragraph opening with the day of something that happened is the reporter's. */
const DATED_SCENE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/;
/** What a sentence may end in: a paragraph whose text stops otherwise was cut by the page. */
const SENTENCE_END = /[。！？!?…；;”"’）)]$/;
const ENUMERATOR = /(?:^|[。；;：:\s])([一二三四五六七八九十])是/g;
const NUMERALS = '一二三四五六七八九十';
/** `五个方面`, `六个环节`, `“五个能力”`, `五方面`: how many items a statement announces. */
const ANNOUNCED_COUNT =
  /([二三四五六七八九十])个?[“"]?[^，,。；;：:“”"]{0,4}?(?:方面|环节|能力|重点|任务|举措|步|点)/;

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** A quotation right before the speaker (`“…。”市委委员、江津区委书记李应兰表示`) is theirs. */
function quotationStart(text: string, from: number, sentenceStart: number): number {
  const before = text.slice(from, sentenceStart);
  const trimmed = before.trimStart();
  if (/^[“"]/.test(trimmed) && /[”"]\s*$/.test(before))
    return from + (before.length - trimmed.length);
  return sentenceStart;
}

export function statementsFrom(article: Article, triggers: Trigger[]): Statement[] {
  const text = article.text;
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
    open = { start, end: block.end, person: t.person, cue: t.cue, piece: s.piece, continued: [] };
    openBlock = s.block;
    out.push(open);
    extendOverList(article, open, s.block, triggers);
  }
  continuations(article, out, triggers);
  return out;
}

/** Headlines of one form (`新的成效`/`新的贡献`; `“新”在…`/`“新”在…`): a list's section titles. */
function sameForm(a: string, b: string): boolean {
  if (a.length === b.length && a.slice(0, 2) === b.slice(0, 2)) return true;
  return a.length >= 6 && b.length >= 6 && a.slice(0, 3) === b.slice(0, 3);
}

function blockText(article: Article, b: Block): string {
  return article.text.slice(b.start, b.end).replace(/^#+\s*/, '');
}

/** Whether a statement opens its section: nothing but headlines or a credit before it. */
function opensSection(article: Article, blockIndex: number): boolean {
  const before = article.blocks[blockIndex - 1];
  return !before || before.heading || before.byline;
}

/**
 * A statement runs on over the following paragraphs of its item that are still its own (see the
 * module header). Headlines are passed only as the section titles of a list it announces.
 */
function extendOverList(
  article: Article,
  statement: Statement,
  blockIndex: number,
  triggers: Trigger[],
): void {
  const text = article.text;
  // An interview answer runs on until the next question or answer.
  const answer = statement.cue === '：';
  const announces = /(?:[：:]|——)$/.test(text.slice(statement.start, statement.end).trim());
  // A speaker presenting a topic at a briefing (`…在发布会上介绍了…情况`), whose paragraph opens
  // a section, speaks for the section.
  const ownsSection =
    !answer &&
    opensSection(article, blockIndex) &&
    PRESENTS.test(text.slice(article.blocks[blockIndex]!.start, statement.end));
  const forms: string[] = [];
  let inTitles = false;
  for (let i = blockIndex + 1; i < article.blocks.length; i++) {
    const b = article.blocks[i]!;
    if (b.byline) return;
    const s = sentenceAt(article, b.start);
    if (!s || s.piece !== statement.piece) return;
    if (b.heading) {
      // The section titles of an announced list: the first group sets their form.
      if (!announces || answer) return;
      const title = blockText(article, b);
      if (forms.length === 0 || inTitles) {
        if (forms.length < 2 || inTitles) forms.push(title);
        inTitles = true;
        continue;
      }
      if (!forms.some((f) => sameForm(f, title))) return;
      inTitles = true;
      continue;
    }
    inTitles = false;
    // triggers are sorted by offset (statementsFrom): the first at or after the block's start.
    const next = triggers[firstIndexFrom(triggers, b.start, (t) => t.at)];
    if (next && next.at < b.end) return;
    const body = text.slice(b.start, b.end);
    if (answer) {
      if (SPEAKER_LABEL.test(body)) return;
      statement.end = b.end;
      continue;
    }
    if (NARRATION.test(body) || DATED_SCENE.test(body)) return;
    if (!announces && !ownsSection && !ENUMERATION.test(body) && !TOPIC_ITEM.test(body)) return;
    statement.end = b.end;
  }
}

/** The last enumerator a statement's text reached (`三是` → 3), 0 when it has none. */
function lastEnumerator(text: string): number {
  let last = 0;
  for (const m of text.matchAll(ENUMERATOR)) last = NUMERALS.indexOf(m[1]!) + 1;
  return last;
}

/** Characters that end a word cut in two by the page but never a sentence. */
const FUNCTION_CHAR = /[的了和与及是在]/;

type Cut =
  | { kind: 'word'; last: string }
  | { kind: 'clause' }
  | { kind: 'list'; next: number }
  | { kind: 'sections'; titles: string[]; remaining: number; perSection: number };

/** How a statement was cut by the page, if it was. */
function cutOf(article: Article, st: Statement): Cut | null {
  const text = article.text;
  const last = st.continued.at(-1) ?? st;
  const body = text.slice(st.start, last.end);
  const end = body.trimEnd();
  const nextBlock = article.blocks.find((b) => b.start >= last.end);
  const atItemEnd =
    !nextBlock ||
    nextBlock.heading ||
    nextBlock.byline ||
    sentenceAt(article, nextBlock.start)?.piece !== st.piece;
  if (!SENTENCE_END.test(end) && !/[：:]|——$/.test(end) && atItemEnd) {
    const ch = end.at(-1) ?? '';
    if (/[\u4e00-\u9fff]/.test(ch)) return { kind: 'word', last: ch };
    if (/[,，、]/.test(ch)) return { kind: 'clause' };
    return null;
  }
  const count = ANNOUNCED_COUNT.exec(body);
  const announced = count ? NUMERALS.indexOf(count[1]!) + 1 : 0;
  const reached = lastEnumerator(body);
  if (reached > 0 && announced > reached && atItemEnd) return { kind: 'list', next: reached + 1 };
  // Sections of an announced list (`从五个方面进行了阐述：` + titled sections), fewer than said.
  const titles = article.blocks.filter((b) => b.heading && b.start > st.start && b.end <= last.end);
  if (announced > 0 && titles.length > 0 && /[：:]|——/.test(text.slice(st.start, st.end))) {
    const groups = sectionGroups(article, st.start, last.end);
    if (groups.length > 0 && groups.length < announced)
      return {
        kind: 'sections',
        titles: groups.map((g) => g.title),
        remaining: announced - groups.length,
        perSection: Math.max(...groups.map((g) => g.paragraphs)),
      };
  }
  return null;
}

/** Titled sections inside [from, to): the first title of each group and its paragraph count. */
function sectionGroups(
  article: Article,
  from: number,
  to: number,
): { title: string; paragraphs: number }[] {
  const groups: { title: string; paragraphs: number }[] = [];
  let inTitles = false;
  for (const b of article.blocks) {
    if (b.start < from || b.end > to) continue;
    if (b.heading) {
      if (!inTitles) groups.push({ title: blockText(article, b), paragraphs: 0 });
      inTitles = true;
    } else {
      inTitles = false;
      const g = groups.at(-1);
      if (g) g.paragraphs++;
    }
  }
  return groups;
}

/** `三是` at the start of a paragraph, for the list item a cut list expects next. */
function opensWith(text: string, n: number): boolean {
  return text.startsWith(`${NUMERALS[n - 1]}是`);
}

/**
 * Statements the page cut, continued where the article prints the rest (a PDF's columns read out
 * of order). A cut statement takes, in the order the statements were printed and each after the
 * passage the previous one took, the first paragraph no statement holds that fits the cut: the
 * next list item (`三是` after `二是`); a paragraph finishing a word cut in two when that word
 * occurs elsewhere in the article (`…“专精特新”中小` + `企业、“小巨人”企业…`), or any paragraph
 * once an earlier cut statement has shown where the rest is printed; more sections of the titled
 * list it announced (titles of the same form). A continued passage runs on over the list items
 * that follow it. Nothing fits: the statement stays as printed.
 */
function continuations(article: Article, statements: Statement[], triggers: Trigger[]): void {
  const text = article.text;
  const claimed = (b: Block) =>
    statements.some((st) => [st, ...st.continued].some((p) => b.start < p.end && b.end > p.start));
  const speaks = (b: Block) => {
    const next = triggers[firstIndexFrom(triggers, b.start, (t) => t.at)];
    return next !== undefined && next.at < b.end;
  };
  const free = (b: Block) => !b.heading && !b.byline && !claimed(b) && !speaks(b);
  const blocks = article.blocks;
  let floor = 0;
  let found = false;
  const sectioned: [Statement, Extract<Cut, { kind: 'sections' }>][] = [];
  for (const st of statements) {
    const cut = cutOf(article, st);
    if (!cut) continue;
    if (cut.kind === 'sections') {
      sectioned.push([st, cut]);
      continue;
    }
    const from = Math.max(floor, (st.continued.at(-1) ?? st).end);
    const candidate = blocks.find((b) => {
      if (b.start < from || !free(b)) return false;
      const body = text.slice(b.start, b.end);
      if (cut.kind === 'list') return opensWith(body, cut.next);
      if (ENUMERATION.test(body)) return false;
      if (cut.kind === 'word' && !found) {
        const pair = cut.last + body[0];
        return !FUNCTION_CHAR.test(cut.last) && occurrences(text, pair) >= 2;
      }
      return found;
    });
    if (!candidate) continue;
    const i = blocks.indexOf(candidate);
    const passage = { start: candidate.start, end: candidate.end };
    let reached = lastEnumerator(text.slice(st.start, (st.continued.at(-1) ?? st).end));
    reached = Math.max(reached, lastEnumerator(text.slice(passage.start, passage.end)));
    // The list items that follow the passage (四是, 五是 …) are the statement's too.
    for (let k = i + 1; k < blocks.length; k++) {
      const b = blocks[k]!;
      if (!free(b) || !opensWith(text.slice(b.start, b.end), reached + 1)) break;
      passage.end = b.end;
      reached = lastEnumerator(text.slice(passage.start, passage.end));
    }
    st.continued.push(passage);
    floor = passage.end;
    found = true;
  }
  for (const [st, cut] of sectioned) {
    let k = blocks.findIndex(
      (b) =>
        b.start >= st.end &&
        b.heading &&
        !claimed(b) &&
        cut.titles.some((t) => sameForm(t, blockText(article, b))),
    );
    if (k < 0) continue;
    let sections = 0;
    let passage: Span = { start: -1, end: -1 };
    // Each resumed section: its titles, then at most as many paragraphs as the longest section
    // printed with the statement had.
    while (k < blocks.length && sections < cut.remaining) {
      const head = blocks[k]!;
      if (!head.heading || !cut.titles.some((t) => sameForm(t, blockText(article, head)))) break;
      let p = k;
      while (p < blocks.length && blocks[p]!.heading) p++;
      let n = 0;
      while (p < blocks.length && !blocks[p]!.heading && n < cut.perSection && free(blocks[p]!)) {
        p++;
        n++;
      }
      if (n === 0) break;
      sections++;
      passage = { start: sections === 1 ? head.start : passage.start, end: blocks[p - 1]!.end };
      k = p;
    }
    if (sections > 0) st.continued.push(passage);
  }
}

function occurrences(text: string, pair: string): number {
  let n = 0;
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) n++;
  return n;
}
