/**
 * What a number measures: the noun phrase around it (indicator_zh). Owns the word lists that
 * open or close a clause without naming anything (今年, 全区, 力争 … 突破, 达到, 的) and the
 * pairing of "A和B分别…X、Y". Knows nothing about units, periods or rows.
 */
/** Regions that are neither a district nor the municipality but get their own figures. */
export const NAMED_REGIONS =
  /成渝地区双城经济圈|成渝地区|两江新区|西部\(重庆\)科学城|重庆高新区|主城都市区|渝东北三峡库区城镇群|渝东南武陵山区城镇群/;

/** Words that open a clause without naming the thing measured. */
const LEADING_WORDS = [
  '截至目前',
  '包括',
  '建成了',
  '实现',
  '完成',
  '保持',
  '其中',
  '同时',
  '另外',
  '此外',
  '目前',
  '截至',
  '当年',
  '同年',
  '全年',
  '全区',
  '全县',
  '全市',
  '我市',
  '该区',
  '该县',
  '重庆市',
  '重庆',
  '力争',
  '预计',
  '计划',
  '争取',
  '确保',
  '提出了',
  '提出',
  '已经',
  '已有',
  '拥有',
  '共有',
  '现有',
  '已',
  '累计',
  '总共',
  '合计',
  '共',
  '并',
  '将',
  '要',
  '还',
  '也',
  '又',
  '在',
  '到',
  '从',
  '由',
  '仅',
  '便',
  '就',
  '而',
  '可',
  '能',
  '使',
  '让',
  '把',
  '我区',
  '我县',
  '我们',
  '我',
];
/**
 * Verbs that open a clause before the thing counted (支持建成高新技术企业147家 → 高新技术企业);
 * 建成区 (built-up area) is a noun, and a verb with too little after it is left alone.
 */
const LEADING_VERB =
  /^(?:支持|助力|推动|带动)?(?:建成|形成|培育|打造|新建|新增|排查出|研发出|评选出)?了?(?!区)(?=[\u4e00-\u9fff]{2})/;
/** Verbs and particles between the thing measured and its number (工业产值突破4000亿元). */
const TRAILING_WORDS = [
  '力争',
  '争取',
  '预计',
  '完成',
  '分别达到',
  '分别为',
  '分别',
  '稳定在',
  '保持在',
  '控制在',
  '提升至',
  '提升到',
  '提高到',
  '提高至',
  '增加到',
  '增至',
  '达到了',
  '达到',
  '突破了',
  '突破',
  '迈过',
  '超过',
  '接近',
  '共计',
  '累计',
  '约为',
  '为',
  '达',
  '超',
  '约',
  '近',
  '逾',
  '即将',
  '有望',
  '是',
  '有',
  '共',
  '已',
  '在',
  '到',
  '至',
  '的',
  '内',
  '由',
  '从',
  '比',
  '较',
  '向',
];
/** A change word alone is completed by the indicator it changes (总产值 + 增长, GDP + 两年年均增长). */
export const CHANGE_WORD =
  /^(?:[一二两三四五六七八九十\d]{1,2}年)?(同比|年均)?(增长|下降|增速|增幅|提高|减少)$/;
/** Where a noun after a counting word stops (12家外国餐厅, 8个项目签约落户…). */
export const AFTER_NOUN_STOP =
  /[,.:;、()“”‘’《》!?。；\n\d的等着正]|已经|向|从|对|来自|集中|陆续|相继|先后|成功|顺利|结为|结成|签约|落户|入驻|参与|开展|发展|实现|建成|投用|进行|完成|参加|引进|成为|提供|带动|覆盖|开工|投产|投入|纳入|获得|达成|相聚|来到|组建|分别|满负荷|运转|打捆|申报|已|将|在|于|被|是|为/;
/** A one-character verb before 着 ends the noun too: 6台吊车伸着长臂 → 吊车. */
export function counted(afterNoun: string, rest: string): string {
  return rest.startsWith('着') && afterNoun.length > 2 ? afterNoun.slice(0, -1) : afterNoun;
}
/** The indicator in a clause: time words, subjects, verbs and particles stripped off. */
export function stripWords(phrase: string, districtNames: readonly string[]): string {
  let s = phrase.replace(/[“”‘’"\s《》#]/g, '');
  for (let changed = true; changed;) {
    changed = false;
    const before = s;
    s = s.replace(
      /^(今后|未来|此后)?(今年|去年|明年|当年|(19|20)\d{2}年)?(\d{1,2}[-—–~至到]\d{1,2}月|第?[一二三四1-4]季度|上半年|下半年|前三季度|年末|年底)?/,
      '',
    );
    for (const name of districtNames) if (name && s.startsWith(name)) s = s.slice(name.length);
    s = s.replace(/^.*?(力争|争取|确保|预计|实现)(?=.)/, '');
    s = s.replace(/最高.*$/, '');
    const region = s.match(NAMED_REGIONS);
    if (region && region.index === 0) s = s.slice(region[0].length);
    for (const w of LEADING_WORDS) if (s.startsWith(w)) s = s.slice(w.length);
    s = s.replace(LEADING_VERB, '');
    s = s.replace(/(?:设立|成立|推出|启动)时$/, '');
    for (const w of TRAILING_WORDS) if (s.endsWith(w)) s = s.slice(0, -w.length);
    s = s.replace(/(19|20)\d{2}年$/, '');
    const etc = s.lastIndexOf('等');
    if (etc >= 0 && etc < s.length - 1) s = s.slice(etc + 1);
    if (s !== before) changed = true;
  }
  return s;
}

/** Parts of "A和B分别…": the nouns the following enumerated numbers belong to, in order. */
export function respectiveParts(before: string, districtNames: readonly string[]): string[] {
  const at = before.lastIndexOf('分别');
  if (at < 0) return [];
  const segments = before.slice(0, at).split(/[,:;]/);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (!/[和与及、]/.test(segment)) continue;
    return segment
      .split(/[和与及、]/)
      .map((p) => stripWords(p.replace(/^.*的/, '').split(/双双|创下/)[0]!, districtNames))
      .filter(Boolean);
  }
  return [];
}
