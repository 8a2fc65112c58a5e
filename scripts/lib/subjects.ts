/**
 * Who a figure is about when it is not a place: companies the article names (马上消费董事长…,
 * …有限公司) and private persons it names in an anecdote (村民林先继). Pure text rules; knows
 * nothing about figures or districts.
 */
import { hasSurname, nameAt } from './people.ts';
/** Titles of a business, not a public body: what precedes them names a company (马上消费董事长). */
const BUSINESS_TITLE = /(?:董事长|总经理|总裁|首席执行官|创始人)/g;
const COMPANY_SUFFIX = /(?:股份有限公司|有限责任公司|有限公司|集团)/g;
/** Where a company's name begins: after punctuation or a word that ends the phrase before it. */
const NAME_BOUNDARY = /[,.:;、()“”‘’《》!?。\s的在于是与和及为]/;
/** A public body or a place is not a company (市国资委, 重庆市, 两江新区). */
const PUBLIC_BODY = /^(?:市|区|县|中共|重庆市?$)|党委|政府|委员会|人大|政协|新区|高新区|[区县]委/;

/** Companies the article names: before a business title (马上消费董事长赵国庆), or by suffix. */
export function companies(text: string): string[] {
  const names = new Set<string>();
  const nameBefore = (end: number) => {
    let start = end;
    while (start > 0 && end - start < 20 && !NAME_BOUNDARY.test(text[start - 1]!)) start--;
    return text.slice(start, end);
  };
  for (const m of text.matchAll(BUSINESS_TITLE)) names.add(nameBefore(m.index));
  for (const m of text.matchAll(COMPANY_SUFFIX)) names.add(nameBefore(m.index) + m[0]);
  return [...names].filter((n) => n.length >= 2 && !PUBLIC_BODY.test(n) && !/^\d/.test(n));
}

/** Nouns that introduce a private person by name (村民林先继), not an official. */
const PRIVATE_PERSON =
  /(?:村民|农户|农民|居民|市民|群众|脱贫户|养殖户|种植户|大户|游客|职工|工人|店主|老板|小伙|大爷|大妈|阿姨|老人)/g;

/**
 * A name the story repeats (村民林先继起了个大早…林先继家中…): the longest run of 3–4
 * characters after a surname that recurs as often as its first two characters do.
 */
function repeatedName(text: string, at: number, count: (s: string) => number): string | null {
  if (!hasSurname(text.slice(at, at + 2))) return null;
  const base = count(text.slice(at, at + 2));
  if (base < 2) return null;
  let name: string | null = null;
  for (let len = 2; len <= 4; len++) {
    const candidate = text.slice(at, at + len);
    // Particles end a phrase, never sit in a name (群众关注的问题).
    if (!/^[\u4e00-\u9fff]+$/.test(candidate) || /[的了着是在和与地得]/.test(candidate)) break;
    if (count(candidate) < base) break;
    name = candidate;
  }
  // Two characters that recur are as often a word (群众关注) as a name.
  return name && name.length >= 3 ? name : null;
}

/** What a private person's name is followed by in a story: an action of theirs (通过…贷到). */
const AFTER_PRIVATE_NAME =
  /^(?:通过|贷|借|获|申请|拿到|得到|领到|办理|家|养|种|靠|用|把|被|将|已|今年|如今|去年)/;

/**
 * 村民冉大贵通过“富民贷”…: a three-character name right after the noun, followed by what the
 * person did (two characters are as often a word: 群众关注…).
 */
function actingName(text: string, at: number): string | null {
  const name = text.slice(at, at + 3);
  if (!/^[\u4e00-\u9fff]{3}$/.test(name) || !hasSurname(name)) return null;
  return AFTER_PRIVATE_NAME.test(text.slice(at + 3, at + 5)) ? name : null;
}

/**
 * How often each of `wanted` occurs in `text`, without overlaps (as `text.split(s).length - 1`
 * counts), in one pass: counting each candidate by a search of the whole text was quadratic on a
 * text naming thousands of 村民.
 */
function occurrences(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const nextFree = new Map<string, number>();
  const lengths = [...new Set([...wanted].map((w) => w.length))];
  for (let i = 0; i < text.length; i++)
    for (const len of lengths) {
      const s = text.slice(i, i + len);
      if (!wanted.has(s) || i < (nextFree.get(s) ?? 0)) continue;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      nextFree.set(s, i + len);
    }
  return counts;
}

/** Names the article gives private persons (村民林先继 → 林先继). */
export function privatePeople(text: string): string[] {
  const names = new Set<string>();
  const ats = [...text.matchAll(PRIVATE_PERSON)].map((m) => m.index + m[0].length);
  const wanted = new Set(ats.flatMap((at) => [2, 3, 4].map((len) => text.slice(at, at + len))));
  const counts = ats.length ? occurrences(text, wanted) : new Map<string, number>();
  const count = (s: string) => counts.get(s) ?? 0;
  for (const at of ats) {
    const name = nameAt(text, at) ?? repeatedName(text, at, count) ?? actingName(text, at);
    if (name) names.add(name);
  }
  return [...names];
}
