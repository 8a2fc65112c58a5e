import { describe, expect, it } from 'vitest';
import { blocks, isHeading, pieces, sentencesOf } from './sentences';

const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('blocks', () => {
  it('joins a sentence broken by PDF layout across a blank line (seed 000)', () => {
    const text =
      '在绿色发展上下功夫，加快发展方式绿色\n\n低碳转型，在治水、治废、降噪、节能减排等重点领域彰显国企担当。\n\n下一段。';
    const b = blocks(text);
    expect(b).toHaveLength(2);
    expect(text.slice(b[0]!.start, b[0]!.end)).toContain('绿色\n\n低碳转型');
  });

  it('does not join a broken line into the headline that follows it (seed 002 layout)', () => {
    const text =
      '企业引育之路，就是聚焦选种、育苗、创新型中小企业、“专精特新”中小\n\n乡村建设\n\n实施千个和美乡村示范创建行动\n\n市委农业农村工委副书记文明维在发布会上介绍了情况。';
    const b = blocks(text);
    expect(b.map((x) => x.heading)).toEqual([false, true, true, false]);
  });

  it('keeps a finished paragraph (closing punctuation or list colon) apart from the next', () => {
    const text =
      '罗蔺从五个方面进行了阐述：\n\n一是完善工作机制。\n\n“专精特新”企业。”\n\n新段落。';
    expect(blocks(text)).toHaveLength(4);
  });
});

describe('isHeading', () => {
  it.each([
    ['中共重庆市委六届二次全会精神解读新闻发布会', true],
    ['### 全面领会“两大定位”，扛起新使命谱写新篇章', true],
    ['2023重庆民营企业100强发布会举行 卢红出席并讲话', true],
    ['服务大局提供了根本指引。', false],
    ['(记者 韩毅 见习记者 杨潇)', false],
    ['的育苗体系，让更多科技成果从种子变成苗子', false],
  ])('%s → %s', (line, heading) => expect(isHeading(line)).toBe(heading));
});

describe('sentencesOf', () => {
  it('splits after 。！？； and keeps the closing quote with its sentence', () => {
    const text = '“全会是一次重要会议。”市委委员谢礼国表示，将认真学习；强化大城综治！完了？';
    const s = sentencesOf(text, { start: 0, end: text.length });
    expect(texts(text, s)).toEqual([
      '“全会是一次重要会议。”',
      '市委委员谢礼国表示，将认真学习；',
      '强化大城综治！',
      '完了？',
    ]);
  });

  it('splits ASCII punctuation the same way', () => {
    const text = '他说:"好!" 然后走了?';
    expect(texts(text, sentencesOf(text, { start: 0, end: text.length }))).toEqual([
      '他说:"好!"',
      '然后走了?',
    ]);
  });
});

describe('pieces', () => {
  it('splits a compilation page into newspaper items: markdown headlines, 本报讯 with its headline, closing credits', () => {
    const text = [
      '# 第一条标题',
      '正文一。',
      '（记者 罗静雯 张琮）',
      '□新重庆-重庆日报评论员',
      '评论正文。',
      '胡衡华会见国家体育总局局长高志丹一行',
      '本报讯(记者 王翔)10月17日，市委副书记、市长胡衡华会见了客人。',
      '高志丹表示，将支持重庆。',
      '## 两江新区签约落地',
      '### 张鸿星出席活动并见证签约',
      '本报讯(记者 陈钧)12月23日，活动举行。',
    ].join('\n\n');
    const p = pieces(text, blocks(text));
    expect(p.map((x) => x.title)).toEqual([
      '第一条标题',
      '',
      '胡衡华会见国家体育总局局长高志丹一行',
      '两江新区签约落地',
    ]);
    expect(text.slice(p[2]!.start, p[2]!.end)).toContain('高志丹表示');
  });
});
