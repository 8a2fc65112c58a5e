/**
 * English for the people in pledges.csv: a speaker's name in pinyin (`speaker_en`), their titles
 * (`role_en`) and their body (`org_en`), computed here so the browser loads no pinyin code.
 * Names: Hanyu Pinyin in surname mode (曾 zeng, 单 shan, 解 xie as surnames), surname first,
 * the given name's syllables written together as in GB/T 28039 (an apostrophe where a syllable
 * starting with a/o/e would otherwise run into the one before). Titles and bodies: the reviewed
 * glossary (data/glossary.csv) only, a district's party committee from the district's English
 * name; a title the glossary cannot fully give stays empty (the app shows the Chinese, marked as
 * Chinese), never a guess.
 * Owns: pledge rows → their English columns. Pure.
 */
import { pinyin } from 'pinyin-pro';

/** Two-character surnames; the rest of the name is the given name. */
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 端木 独孤 南宫 ' +
    '西门 万俟 轩辕 呼延 澹台 公冶 太史 申屠 钟离 闻人 赫连 百里 东郭 濮阳 淳于 单于 拓跋 ' +
    '司空 闾丘 子车 亓官 公羊 梁丘 左丘 第五 谷梁 羊舌 微生 乐正 仲孙 叔孙 巫马 公西 漆雕'
  ).split(' '),
);

/** Han characters only: a name with a middle dot or Latin letters is not read as pinyin. */
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;

function capitalise(syllable: string): string {
  return syllable.charAt(0).toUpperCase() + syllable.slice(1);
}

/** Syllables written together, with an apostrophe before one starting with a, o or e. */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
}

/** 曾晋华 → "Zeng Jinhua"; 欧阳修 → "Ouyang Xiu"; '' for anything that is not a Han name. */
export function nameToPinyin(name: string): string {
  if (!HAN_NAME.test(name)) return '';
  const syllables = pinyin(name, {
    mode: 'surname',
    surname: 'head',
    toneType: 'none',
    type: 'array',
  });
  if (syllables.length !== name.length || syllables.some((s) => !/^[a-zü]+$/.test(s))) return '';
  const surnameLength = name.length >= 3 && COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  const surname = capitalise(joinSyllables(syllables.slice(0, surnameLength)));
  const given = capitalise(joinSyllables(syllables.slice(surnameLength)));
  return `${surname} ${given}`;
}

/** The English of a district's party committee (潼南区委 → CPC Tongnan District Committee). */
export interface DistrictName {
  code: string;
  name_zh: string;
  name_en: string;
  kind: string;
}

const KIND_EN: Record<string, string> = {
  district: 'District',
  county: 'County',
  autonomous_county: 'Autonomous County',
};

/** The short forms a body is named by: 潼南区, 潼南; 石柱土家族自治县, 石柱县, 石柱. */
function districtForms(d: DistrictName): string[] {
  const forms = [d.name_zh];
  const autonomous = /^(.{2})(?:土家族|苗族)+自治县$/.exec(d.name_zh);
  if (autonomous) forms.push(`${autonomous[1]}县`, autonomous[1]!);
  const plain = /^(.{2,})[区县]$/.exec(d.name_zh);
  if (plain && !autonomous) forms.push(plain[1]!);
  return forms;
}

export interface EnglishContext {
  /** zh → en, data/glossary.csv. */
  glossary: ReadonlyMap<string, string>;
  districts: readonly DistrictName[];
}

/**
 * English of a body: the glossary's, or a district's or county's party committee ("渝中区委",
 * "石柱县委"). '' when neither knows it.
 */
export function bodyToEnglish(body: string, ctx: EnglishContext): string {
  const known = ctx.glossary.get(body);
  if (known) return known;
  const committee = /^(.+?)委$/.exec(body);
  if (!committee) return '';
  for (const d of ctx.districts) {
    const kind = KIND_EN[d.kind];
    if (!kind || !d.name_en) continue;
    const forms = districtForms(d);
    // 潼南区委, 石柱县委: the unit's name (with its 区/县) and 委.
    if (forms.some((f) => /[区县]$/.test(f) && f === committee[1]))
      return `CPC ${d.name_en} ${kind} Committee`;
  }
  return '';
}

/** Posts held together (副会长兼秘书长): each from the glossary, or null. */
function postsToEnglish(posts: string, glossary: ReadonlyMap<string, string>): string[] | null {
  const parts = posts.split('兼');
  const en = parts.map((p) => glossary.get(p) ?? '');
  return en.every(Boolean) ? en : null;
}

/** How the name of a body ends (委, 局, 办 …): a glossary post such as 主任 is never a body. */
const BODY_END = /(委|局|办|部|协|会|联|区|厅|院|署|所|处|中心|社区|公司|集团)$/;

/** The longest start of `title` that names a body (the row's own org first), or ''. */
function bodyPrefix(title: string, org: string, ctx: EnglishContext): string {
  if (org && title.startsWith(org) && title.length > org.length) return org;
  for (let end = title.length - 1; end >= 2; end--) {
    const head = title.slice(0, end);
    if (BODY_END.test(head) && bodyToEnglish(head, ctx)) return head;
  }
  return '';
}

interface Group {
  body: string;
  bodyEn: string;
  posts: string[];
}

/**
 * A chain of titles (市委委员、潼南区委书记; 市发改委党组书记、主任) in English, '' when any part
 * is not in the glossary. A part that is a whole title in the glossary (市委委员, 市长) stands on
 * its own; a part that starts with a body gives that body's posts; a part with no body of its own
 * after one that had (…党组书记、主任) is a further post in the same body.
 */
export function roleToEnglish(role: string, org: string, ctx: EnglishContext): string {
  if (!role) return '';
  const out: (string | Group)[] = [];
  let current: Group | null = null;
  for (const part of role.split(/[、，,]/).map((p) => p.trim())) {
    if (!part) continue;
    const samePosts = current ? postsToEnglish(part, ctx.glossary) : null;
    if (current && samePosts && !bodyPrefix(part, org, ctx)) {
      current.posts.push(...samePosts);
      continue;
    }
    const whole = ctx.glossary.get(part);
    if (whole) {
      out.push(whole);
      current = null;
      continue;
    }
    const body = bodyPrefix(part, org, ctx);
    const posts = body ? postsToEnglish(part.slice(body.length), ctx.glossary) : null;
    if (!body || !posts) return '';
    current = { body, bodyEn: bodyToEnglish(body, ctx), posts };
    if (!current.bodyEn) return '';
    out.push(current);
  }
  return out
    .map((g) => (typeof g === 'string' ? g : `${listEnglish(g.posts)} of the ${g.bodyEn}`))
    .join('; ');
}

/** "A", "A and B", "A, B and C". */
function listEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface PersonColumns {
  speaker: string;
  role: string;
  org_zh: string;
}

/** The three English columns of one pledge row. */
export function pledgeEnglish(
  row: PersonColumns,
  ctx: EnglishContext,
): { speaker_en: string; role_en: string; org_en: string } {
  return {
    speaker_en: nameToPinyin(row.speaker),
    role_en: roleToEnglish(row.role, row.org_zh, ctx),
    org_en: row.org_zh ? bodyToEnglish(row.org_zh, ctx) : '',
  };
}

/**
 * Pledge rows with their English columns filled, and the titles and bodies the glossary cannot
 * put into English yet (distinct, in first-seen order) for the pipeline's warning.
 */
export function withPledgeEnglish<R extends PersonColumns>(
  rows: readonly R[],
  ctx: EnglishContext,
): { rows: (R & { speaker_en: string; role_en: string; org_en: string })[]; missing: string[] } {
  const out = rows.map((r) => ({ ...r, ...pledgeEnglish(r, ctx) }));
  const missing = out.flatMap((r) => [
    r.role && !r.role_en ? r.role : '',
    r.org_zh && !r.org_en ? r.org_zh : '',
  ]);
  return { rows: out, missing: [...new Set(missing.filter(Boolean))] };
}
