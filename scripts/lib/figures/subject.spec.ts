import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from '../fake-context.ts';
import { extractFigures } from './index.ts';

const DISTRICTS = readDistricts();

function figures(text: string, date = '2024-05-25') {
  return extractFigures(fakeContext(fakeSource(text, date), DISTRICTS));
}

const whose = (rows: { subject_code: string; subject_zh: string; value: string }[]) =>
  rows.map((r) => [r.subject_code, r.subject_zh, r.value]);

describe('parks and zones', () => {
  it('gives a park’s figures to the park, and the district’s own to the district', () => {
    const text =
      '今年，长寿区工业产值力争增长10%。其中，晏家园区工业产值突破900亿元，江南园区达到300亿元。';
    const { rows } = figures(text, '2024-02-01');
    expect(whose(rows)).toEqual([
      ['500115', '长寿区', '10'],
      ['zone', '晏家园区', '90000000000'],
      ['zone', '江南园区', '30000000000'],
    ]);
  });

  it('names a zone by the district printed before it (在合川高新区…, 开州高新区内的…)', () => {
    const rows = [
      ...figures('目前，在铜梁高新区已集聚86家汽配企业。').rows,
      ...figures('年末将至，大足高新区内的150余家工业企业加紧生产。').rows,
    ];
    expect(rows.map((r) => r.subject_zh)).toEqual(['铜梁高新区', '大足高新区']);
  });

  it('gives figures describing a zone (…的国家级高新区) to that zone, named after its district', () => {
    const text =
      '当日，永川举行了大会。过去20年，该区建成了工业产值超500亿元、建成区面积15平方公里的国家级高新区。';
    const { rows, review } = figures(text, '2022-12-24');
    expect(review).toEqual([]);
    expect(rows.map((r) => [r.subject_code, r.subject_zh, r.indicator_zh, r.value])).toEqual([
      ['zone', '永川高新区', '工业产值', '50000000000'],
      ['zone', '永川高新区', '建成区面积', '15'],
    ]);
  });

  it('does not take a park named in a list of projects for the place of the count', () => {
    const { rows } = figures('合川区储备甲项目、乙食品产业园、丙项目等重点招商项目56个。');
    expect(whose(rows)).toEqual([['500117', '合川区', '56']]);
  });

  it('holds back a figure of a park that is not named', () => {
    const { rows, review } = figures('今年，园区实现工业产值300亿元。');
    expect(rows).toEqual([]);
    expect(review[0]!.reason).toMatch(/园区 that is not named/);
  });
});

describe('companies', () => {
  it('gives a quotation’s figures to the company the words after it name', () => {
    const text =
      '合川区不断优化营商环境。“厂房共3.5万平方米，得益于合川区的支持，我们今年产值可达5亿元。”位于合川高新区的重庆某某电子有限公司车间内，工人们正在忙碌。';
    const { rows, review } = figures(text, '2023-10-18');
    expect([...rows, ...review.map((r) => r.candidate!)].map((r) => r.subject_zh)).toEqual([
      '重庆某某电子有限公司',
      '重庆某某电子有限公司',
    ]);
  });

  it('holds back a company’s goal whose label names only a goal (年度总目标)', () => {
    const text = '“预计今年可实现4亿元的年度总目标。”重庆某某光电有限公司负责人说。';
    const { rows, review } = figures(text, '2023-10-18');
    expect(rows).toEqual([]);
    expect(review.map((r) => [r.candidate?.subject_code, r.reason])).toEqual([
      ['org', '年度总目标: the label names a goal, not what is measured'],
    ]);
  });
});

describe('stories', () => {
  it('gives a paragraph that names no district the district its story’s lead names', () => {
    const text = [
      '## 招才引智见成效',
      '近年来，永川区不断完善人才政策。',
      '“我们对辖区内企业进行了摸排，最终有25家重点企业参与报名，紧缺岗位64个。”该局负责人介绍。',
    ].join('\n\n');
    const { rows } = figures(text, '2023-10-18');
    expect(rows.map((r) => r.subject_zh)).toEqual(['永川区', '永川区']);
  });

  it('keeps a story under a municipal headline the municipality’s, whatever its lead names', () => {
    const text = [
      '## 重庆农村污水治理见实效',
      '一年前，永川区某河水体黑臭。',
      '截至目前，全市已完成治理项目320个。',
    ].join('\n\n');
    expect(whose(figures(text, '2022-12-24').rows)).toEqual([['500000', '重庆市', '320']]);
  });

  it('gives a page continuation the district of the paragraph printed just before it', () => {
    const text = [
      '## 大足打造艺术家小镇',
      '该小镇即将投用。',
      '当日，江津还举行了园区建园20周年庆祝大会。',
      '(上接1版) 同时，此次集中开工项目16个，全部建成后将实现年产值90亿元以上。',
    ].join('\n\n');
    const { rows } = figures(text, '2022-12-24');
    expect(rows.map((r) => [r.subject_zh, r.indicator_zh, r.value, r.kind])).toEqual([
      ['江津区', '此次集中开工项目', '16', 'actual'],
      ['江津区', '此次集中开工项目年产值', '9000000000', 'target'],
    ]);
  });
});

describe('named regions', () => {
  it('keeps a region as its own subject, or the district list’s unit when it holds one', () => {
    const text = '今年两江新区新引进重大项目80个。';
    expect(whose(figures(text).rows)).toEqual([['两江新区', '两江新区', '80']]);
    const withUnit = [...DISTRICTS, { code: 'x-liangjiang', name_zh: '两江新区' }];
    const rows = extractFigures(fakeContext(fakeSource(text), withUnit)).rows;
    expect(whose(rows)).toEqual([['x-liangjiang', '两江新区', '80']]);
  });
});
