import { describe, expect, it } from 'vitest';
import {
  compactView,
  normalizeArticle,
  normalizeText,
  originalRange,
  pinyinSpans,
  readingView,
  sentences,
} from './text.ts';

describe('normalizeText', () => {
  it('folds full-width digits and punctuation to ASCII without changing the length', () => {
    const text = '力争２０２７年全区工业产值突破４０００亿元，增长４．５％（预计）';
    const norm = normalizeText(text);
    expect(norm).toBe('力争2027年全区工业产值突破4000亿元,增长4.5%(预计)');
    expect(norm.length).toBe(text.length);
  });

  it('turns traditional characters into simplified ones one for one', () => {
    const text = '今年1-11月，九龍坡區規上工業總產值1285.26億元，極大凝聚強大力量';
    const norm = normalizeText(text);
    expect(norm).toBe('今年1-11月,九龙坡区规上工业总产值1285.26亿元,极大凝聚强大力量');
    expect(norm.length).toBe(text.length);
  });

  it('keeps the Chinese enumeration comma and quotation marks, which carry meaning', () => {
    expect(normalizeText('城口、巫溪“富民贷”')).toBe('城口、巫溪“富民贷”');
  });
});

describe('compactView', () => {
  it('glues a sentence broken by page layout and maps offsets back to the original', () => {
    // Seed 000: “…聚力推动成渝地区双\n\n城经济圈明月山…”
    const text =
      '市委委员、梁平区委书记钱建超表示，梁平将落实全会安排部署，聚力推动成渝地区双\n\n城经济圈明月山绿色发展示范带建设走深走实。';
    const view = compactView(normalizeText(text));
    expect(view.text).toContain('成渝地区双城经济圈');
    const at = view.text.indexOf('双城经济圈');
    const [start, end] = originalRange(view, at, at + 5);
    expect(text.slice(start, end)).toBe('双\n\n城经济圈');
  });

  it('keeps a paragraph break after a heading or a finished sentence', () => {
    const text = '## 今年第一季度 重庆发放“富民贷”近2.6亿元\n\n本报讯。\n\n5月24日，巫溪县';
    const view = compactView(normalizeText(text));
    expect(view.text).toBe('## 今年第一季度 重庆发放“富民贷”近2.6亿元\n本报讯。\n5月24日,巫溪县');
  });

  it('reads past a headline printed inside a sentence (seed 003)', () => {
    const text =
      '最终有18家重点产业领域企业参与报名，紧缺人才需求岗位53个，\n\n合川“双招双引”同频共振 赋能高质量发展\n\n计划引进人才70余人。';
    const view = compactView(normalizeText(text));
    expect(view.text).toBe(
      '最终有18家重点产业领域企业参与报名,紧缺人才需求岗位53个,计划引进人才70余人。',
    );
    expect(originalRange(view, 0, view.text.length)).toEqual([0, text.length]);
  });

  it('does not glue a long caption without punctuation to the next paragraph', () => {
    const text =
      '合川区汽车产业专班人才顾问王国旗(右一)进行技术指导现场照片说明\n\n针对火锅食材产业，合川区靶向发力。';
    expect(compactView(text).text).toContain('说明\n针对');
  });

  it('drops a pinyin annotation after a Chinese word', () => {
    const text = '涪陵（fú líng）区工业产值突破4000亿元';
    const view = compactView(normalizeText(text));
    expect(view.text).toBe('涪陵区工业产值突破4000亿元');
    const at = view.text.indexOf('4000');
    expect(text.slice(...originalRange(view, at, at + 4))).toBe('4000');
  });
});

describe('sentences', () => {
  it('splits at 。；and paragraph breaks, keeping a closing quote with its sentence', () => {
    const view = compactView('“全会很重要。”他说；今年增长4.5%。\n标题\n正文');
    const parts = sentences(view).map((s) => view.text.slice(s.start, s.end));
    expect(parts).toEqual(['“全会很重要。”', '他说；', '今年增长4.5%。', '标题', '正文']);
  });
});

describe('normalizeArticle', () => {
  it('blanks an English passage to spaces of the same length, keeping terms inside Chinese', () => {
    const text =
      '重庆新增友城2对。Chongqing now counts 57 sister cities, the city said.\n分析 and 复盘，GDP7.4万亿元，NBA国王队';
    const norm = normalizeArticle(text);
    expect(norm.length).toBe(text.length);
    expect(norm).not.toMatch(/Chongqing|57/);
    expect(norm).toContain('分析 and 复盘,GDP7.4万亿元,NBA国王队');
    expect(norm.startsWith('重庆新增友城2对。')).toBe(true);
  });

  it('leaves pinyin annotations to the reading view', () => {
    expect(normalizeArticle('增長(zhǎng)8.8%')).toBe('增长(zhǎng)8.8%');
  });
});

describe('readingView', () => {
  it('drops pinyin annotations after characters and maps back to the print', () => {
    const text = '區長(zhǎng)王五表示，增長(zhǎng)8.8%，新增54對(duì)友城。';
    const view = readingView(normalizeArticle(text));
    expect(view.text).toBe('区长王五表示,增长8.8%,新增54对友城。');
    const at = view.text.indexOf('54对');
    expect(text.slice(...originalRange(view, at, at + 3))).toBe('54對');
    expect(text.slice(...originalRange(view, 0, view.text.length))).toBe(text);
  });

  it('keeps brackets that are not pinyin: English abbreviations, numbers, Chinese', () => {
    const text = '欧盟(EU)成员(2个)，涪陵（fú líng）区';
    expect(pinyinSpans(normalizeText(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      '（fú líng）',
    ]);
    expect(readingView(text).text).toBe('欧盟(EU)成员(2个)，涪陵区');
  });

  it('is the text itself when there is no annotation', () => {
    const view = readingView('潼南区委书记');
    expect(view.text).toBe('潼南区委书记');
    expect(view.map).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
