import { describe, expect, it } from 'vitest';
import { companies, privatePeople } from './subjects.ts';

describe('companies', () => {
  it('reads a company before a business title and by its suffix (seeds 004, 003)', () => {
    const text =
      '全会的召开，让不少企业家备受鼓舞。马上消费董事长赵国庆就是其中之一。位于合川高新区的重庆安瑞光电有限公司生产车间内，此刻20条生产线满负荷运转。';
    expect(companies(text)).toEqual(['马上消费', '重庆安瑞光电有限公司']);
  });

  it('does not take a public body or a place for a company', () => {
    expect(companies('市国资委党委书记表示，市属国有企业与两江新区集团合作。')).toEqual([]);
  });
});

describe('privatePeople', () => {
  it('reads a villager’s name the story repeats (seed 000: 村民林先继)', () => {
    const text =
      '巫溪县中梁村，村民林先继起了个大早。前两年，林先继家中仅有四五头生猪。经过信用评级后，林先继贷到20万元。';
    expect(privatePeople(text)).toEqual(['林先继']);
  });

  it('reads a name followed by a verb of speech, and not a two-character word', () => {
    expect(privatePeople('养殖户张德明说，他贷到了15万元。')).toEqual(['张德明']);
    expect(privatePeople('群众关注的问题，群众关注的事情。')).toEqual([]);
  });

  it('reads a name once printed, followed by what the person did (村民冉某某通过…贷到)', () => {
    expect(privatePeople('石柱县村民冉某贵通过“惠农贷”贷到12万元，扩大了养殖规模。')).toEqual([
      '冉某贵',
    ]);
    expect(privatePeople('居民区的环境越来越好。')).toEqual([]);
  });

  it('reads a name followed by what the person obtained (养牛大户某某获得…, 申请到…)', () => {
    expect(privatePeople('彭水县养牛大户田某才获得“惠农贷”8万元，新建了牛舍。')).toEqual([
      '田某才',
    ]);
    expect(privatePeople('种植户何某兰申请“富民贷”5万元。')).toEqual(['何某兰']);
  });
});
