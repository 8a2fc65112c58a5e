/**
 * Named officials in news text: `市委委员、潼南区委书记李文天平表示`, `市政府外事办主任…李明自信地…`.
 * Owns the rules for a title chain (role), the name after it and the organisation the role
 * belongs to. Knows nothing about statements, events or CSV files.
 */

/** Official titles, longest first so 党组书记 wins over 书记. Business titles (董事长) are not here. */
export const TITLES = [
  '党工委副书记',
  '党委副书记',
  '党组副书记',
  '党工委书记',
  '党组书记',
  '党委书记',
  '常务副局长',
  '常务副部长',
  '常务副主任',
  '常务副市长',
  '常务副区长',
  '常务副县长',
  '主要负责人',
  '新闻发言人',
  '候补委员',
  '党组成员',
  '副秘书长',
  '副书记',
  '副局长',
  '副部长',
  '副主任',
  '副市长',
  '副区长',
  '副县长',
  '副主席',
  '副会长',
  '副厅长',
  '秘书长',
  '发言人',
  '检察长',
  '书记',
  '局长',
  '部长',
  '主任',
  '市长',
  '区长',
  '县长',
  '主席',
  '会长',
  '厅长',
  '委员',
  '常委',
];
const TITLE_RE = new RegExp(`(?:${TITLES.join('|')})`, 'g');
const TITLE_AT_END = new RegExp(`(?:${TITLES.join('|')})$`);

/** Compound surnames, then common single-character ones (a name must start with one). */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
];
const SURNAMES = new Set(
  [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡蔺但揭淡冀郁靖禹檀',
  ].filter((c) => c.trim()),
);

export function hasSurname(name: string): boolean {
  return surnameLength(name) > 0;
}

/** 2 for a compound surname (欧阳), 1 for a common single one, 0 when the name has none. */
export function surnameLength(name: string): number {
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return 2;
  return SURNAMES.has(name[0] ?? '') ? 1 : 0;
}

/**
 * What may follow a name directly: a verb of speech or action, a preposition, a time adverb
 * (日前, 近日, 当天: `冯某日前表示`), an adverb ending in 地 (自信地), or punctuation. The shortest name followed by one of these is the name.
 */
const AFTER_NAME =
  /^(?:表示|说|介绍|指出|强调|认为|谈|坦言|称|透露|阐述|阐释|解释|提出|要求|建议|告诉|感慨|直言|回答|答|作|在|从|对|就|为|和|与|及|同|向|到|出席|主持|会见|参加|察看|调研|视察|考察|接受|做客|走进|来到|前往|率队|深入|特别|深有|思考|一行|同志|等|代表|受|率|带|来|也|还|又|日前|近日|近期|今天|今日|昨天|昨日|当天|当日|随后|此前|曾|[\u4e00-\u9fff]{2}地|[，,、。：:；;（(“"\s)）])/;

/** Segments a role chain is split on: `市委常委、宣传部部长，市委新闻发言人`. */
const CHAIN_SEP = /[、，,]/;
/** Words after which a post begins inside a clause: 会见, 出席…的, 陪同. */
const SEGMENT_LEAD = /(?:的|了|会见|出席|陪同|参加|看望|率领|率|和|与|及|同|——访?|专访|采访|对话)/g;

function lastMatchEnd(s: string, re: RegExp): number {
  let end = 0;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Memberships that prefix a post (市委委员、潼南区委书记) and say nothing about the organisation. */
const MEMBERSHIP = /^(?:市委(?:常委|委员|候补委员)|市委宣讲团成员)$/;

export interface RoleIntro {
  /** Offset of the role chain's first character. */
  start: number;
  /** Offset just after the name. */
  end: number;
  nameStart: number;
  name: string;
  /** The title chain's own span (before the name, or after it in `李应兰，江津区委书记`). */
  roleStart: number;
  roleEnd: number;
  role: string;
  org: string;
}

/**
 * Name after a title ending at `at`: 2–4 characters with a surname, followed by AFTER_NAME or
 * the end of the text (a headline `——访江津区委书记 李应兰`).
 */
export function nameAt(text: string, at: number): string | null {
  for (let len = 2; len <= 4; len++) {
    const name = text.slice(at, at + len);
    if (name.length < len || !/^[\u4e00-\u9fff]+$/.test(name)) return null;
    if (!hasSurname(name)) return null;
    const after = text.slice(at + len, at + len + 6);
    if (after === '' || AFTER_NAME.test(after)) return name;
  }
  return null;
}

/**
 * How far back one segment of a role chain is read. A post is at most 24 characters after its
 * lead word (会见, 的 …), so a longer scan cannot find one; the bound keeps a line of titles with
 * no separator (…区委书记李某表示区委书记…) linear instead of rescanning it for every title.
 */
const MAX_SEGMENT_SCAN = 64;
/** Posts in one chain (市委委员、…、潼南区委书记): real chains have two or three. */
const MAX_CHAIN_SEGMENTS = 8;

/** The role chain ending at `end` (just before a name), read backwards segment by segment. */
export function roleBefore(
  text: string,
  end: number,
  floor: number,
): { start: number; role: string } | null {
  let start = end;
  let lastGood = -1;
  let cursor = end;
  for (let segments = 0; cursor > floor && segments < MAX_CHAIN_SEGMENTS; segments++) {
    let segStart = cursor;
    while (
      segStart > floor &&
      cursor - segStart < MAX_SEGMENT_SCAN &&
      !CHAIN_SEP.test(text[segStart - 1]!) &&
      !/[。！？!?；;：:“”"\n（(）)]/.test(text[segStart - 1]!)
    )
      segStart--;
    // Inside the segment, the post starts after the last verb or 的 (…会见国家体育总局局长).
    const raw = text.slice(segStart, cursor);
    const cut = lastMatchEnd(raw, SEGMENT_LEAD);
    const segment = raw.slice(cut).trim();
    if (!segment || !TITLE_AT_END.test(segment) || segment.length > 24) break;
    lastGood = segStart + cut;
    start = segStart + cut;
    if (cut > 0 || segStart <= floor || !CHAIN_SEP.test(text[segStart - 1]!)) break;
    cursor = segStart - 1;
  }
  if (lastGood < 0) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, role: text.slice(start, end) };
}

/**
 * The organisation a role belongs to: the first post's text without its title
 * (`市国资委党委书记` → 市国资委, `潼南区委书记` → 潼南区委); a bare post takes the organisation of
 * the membership before it (`市委常委、秘书长` → 市委) or of the title (`市长` → 市政府).
 */
export function orgOf(role: string): string {
  const segments = role
    .split(CHAIN_SEP)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const seg of segments) {
    if (MEMBERSHIP.test(seg)) continue;
    let org = seg;
    while (TITLE_AT_END.test(org)) org = org.replace(TITLE_AT_END, '');
    // 宣传部 under 市委常委 is the 市委宣传部.
    if (
      org &&
      !/^(?:市|区|县|团|中|国|重庆|全国)/.test(org) &&
      segments.some((x) => /^市委/.test(x)) &&
      /部$/.test(org)
    )
      org = `市委${org}`;
    if (org) return org;
    if (/^(?:副)?市长$/.test(seg)) return '市政府';
  }
  if (segments.some((s) => /^市委/.test(s))) return '市委';
  return '';
}

/** Every `title chain + name` in `text` between `from` and `to`. */
export function findRoleIntros(text: string, from: number, to: number): RoleIntro[] {
  const out: RoleIntro[] = [];
  const body = text.slice(from, to);
  for (const m of body.matchAll(TITLE_RE)) {
    const titleEnd = from + m.index + m[0].length;
    // 习近平总书记殷殷嘱托: 总书记 is followed by words, never by the name.
    if (m[0] === '书记' && text[titleEnd - 3] === '总') continue;
    // A headline or byline may set the name off with spaces: `江津区委书记 李应兰`.
    const gap = /^[ \t\u3000]{0,2}/.exec(text.slice(titleEnd, to))![0].length;
    const name = nameAt(text, titleEnd + gap);
    if (!name) continue;
    const role = roleBefore(text, titleEnd, from);
    if (!role) continue;
    out.push({
      start: role.start,
      end: titleEnd + gap + name.length,
      nameStart: titleEnd + gap,
      name,
      roleStart: role.start,
      roleEnd: titleEnd,
      role: role.role,
      org: orgOf(role.role),
    });
  }
  out.push(...findNameFirstIntros(text, from, to));
  // A title inside a longer chain (书记 in 党委书记) gives the same name twice: keep the longest.
  // (One pass over a map, not a search per intro: a line of titles has thousands.)
  const first = new Map<number, number>();
  for (const r of out) first.set(r.nameStart, Math.min(first.get(r.nameStart) ?? r.start, r.start));
  return out.filter((r) => r.start === first.get(r.nameStart));
}

/**
 * `李应兰，市委委员、江津区委书记。`, `李应兰（江津区委书记）`, `受访者：李应兰 江津区委书记`: a name set
 * before its title chain, as interview intros, profiles and bylines print it. The chain must be
 * titles only and end the clause (so `会上，区委书记张三表示` is not read as a person 会上).
 */
const NAME_FIRST = new RegExp(
  `(?<=^|[\\n：:，,、（(“"\\s]|访)([\\u4e00-\\u9fff]{2,4})(?:[，,]\\s*(?:现任|系|任)?|[（(]|[ \\t\\u3000]+)([^。；;\\n（()）“”"]{2,40}?(?:${TITLES.join('|')}))(?=[)）。；;，,\\s]|$)`,
  'g',
);
/** A place or body, not a person, though it starts like a surname (江津区, 万州区委). */
const NOT_A_NAME = /[区县市委局部省镇乡村街办厅会]$/;

export function findNameFirstIntros(text: string, from: number, to: number): RoleIntro[] {
  const out: RoleIntro[] = [];
  const body = text.slice(from, to);
  for (const m of body.matchAll(NAME_FIRST)) {
    const name = m[1]!;
    if (!hasSurname(name) || NOT_A_NAME.test(name)) continue;
    const chainStart = from + m.index + m[0].length - m[2]!.length;
    const chainEnd = from + m.index + m[0].length;
    const role = roleBefore(text, chainEnd, chainStart);
    if (!role || role.start !== chainStart) continue;
    const nameStart = from + m.index;
    out.push({
      start: nameStart,
      end: nameStart + name.length,
      nameStart,
      name,
      roleStart: role.start,
      roleEnd: chainEnd,
      role: role.role,
      org: orgOf(role.role),
    });
  }
  return out;
}
