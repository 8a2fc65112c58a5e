import { describe, expect, it } from 'vitest';
import { findRoleIntros, nameAt, orgOf } from './people';

const intros = (text: string) =>
  findRoleIntros(text, 0, text.length).map((r) => ({ name: r.name, role: r.role, org: r.org }));

describe('findRoleIntros', () => {
  it.each([
    [
      '市委委员、潼南区委书记李文天平表示，潼南将',
      '李文天平',
      '市委委员、潼南区委书记',
      '潼南区委',
    ],
    [
      '市委委员、市国资委党委书记、主任曾晋华表示',
      '曾晋华',
      '市委委员、市国资委党委书记、主任',
      '市国资委',
    ],
    [
      '市委常委、宣传部部长，市委新闻发言人姜辉作主题发布',
      '姜辉',
      '市委常委、宣传部部长，市委新闻发言人',
      '市委宣传部',
    ],
    ['市委候补委员、团市委书记廖传锦表示', '廖传锦', '市委候补委员、团市委书记', '团市委'],
    [
      '市政府外事办主任、市对外友协副会长兼秘书长李明自信地对媒体说',
      '李明',
      '市政府外事办主任、市对外友协副会长兼秘书长',
      '市政府外事办',
    ],
    ['对此，潼南区委书记张安疆特别有共鸣。', '张安疆', '潼南区委书记', '潼南区委'],
    ['在学习全会精神时，大足区委书记陈一清思考的是如何', '陈一清', '大足区委书记', '大足区委'],
    [
      '市委副书记、市长胡衡华会见了来渝出席会议的国家体育总局局长高志丹一行',
      '胡衡华',
      '市委副书记、市长',
      '市委',
    ],
    [
      '市委常委，两江新区党工委副书记张鸿星出席活动',
      '张鸿星',
      '市委常委，两江新区党工委副书记',
      '两江新区',
    ],
  ])('%s', (text, name, role, org) => {
    expect(intros(text)[0]).toEqual({ name, role, org });
  });

  it('reads the post inside a clause (…会见了…的国家体育总局局长高志丹一行)', () => {
    const found = intros('市委副书记、市长胡衡华会见了来渝出席会议的国家体育总局局长高志丹一行');
    expect(found[1]).toEqual({ name: '高志丹', role: '国家体育总局局长', org: '国家体育总局' });
  });

  it('finds no official in 总书记 phrases, business titles or a title followed by words', () => {
    expect(intros('习近平总书记殷殷嘱托在重庆大地落地生根')).toEqual([]);
    expect(intros('马上消费董事长赵国庆表示')).toEqual([]);
    expect(intros('建立区委书记和部门一把手例会')).toEqual([]);
  });
});

describe('nameAt', () => {
  it('takes the shortest name that a verb, preposition or 地-adverb follows', () => {
    const at = (s: string) => nameAt(s, 0);
    expect([
      at('高健表示'),
      at('钱建超表示'),
      at('文明维在发布会上'),
      at('李明自信地对媒体说'),
    ]).toEqual(['高健', '钱建超', '文明维', '李明']);
    expect(at('和部门一把手')).toBeNull();
  });

  it('a time adverb after the name does not hide it (冯某日前表示, 周某近日在…)', () => {
    const at = (s: string) => nameAt(s, 0);
    expect([at('冯志远日前表示'), at('周小川近日在会上'), at('王五当天说')]).toEqual([
      '冯志远',
      '周小川',
      '王五',
    ]);
  });
});

describe('orgOf', () => {
  it('drops titles and memberships', () => {
    expect(orgOf('市委常委、秘书长，市委新闻发言人')).toBe('市委');
    expect(orgOf('市发展改革委党组成员、副主任')).toBe('市发展改革委');
  });
});
