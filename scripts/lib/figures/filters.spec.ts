import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from '../fake-context.ts';
import { extractFigures } from './index.ts';

const DISTRICTS = readDistricts();

function figures(text: string, date = '2024-05-25') {
  return extractFigures(fakeContext(fakeSource(text, date), DISTRICTS));
}

describe('readings held back for review, with the row they would have been', () => {
  it.each([
    ['a figure printed without its unit', '下一步，推动产业集群向3000亿迈进。', /without a unit/],
    [
      'a figure about to be reached: neither target nor result',
      '巴南区经济总量即将突破900亿元。',
      /neither a target nor a result/,
    ],
    ['a label naming only a goal', '预计今年可实现5亿元的年度总目标。', /names a goal/],
    ['a label saying too little', '大会期间，共举办各类活动30余场。', /says too little/],
    [
      'a count in a venue smaller than the district',
      '南岸区打造了一条美食街，汇聚起18家外国餐厅。',
      /counted in a 美食街/,
    ],
    [
      'a figure stated only in a headline',
      '### 重庆牵手7位“新朋友”\n\n大会期间，重庆与多个城市签署协议。',
      /only in a headline/,
    ],
  ])('%s', (_, text, reason) => {
    const { rows, review } = figures(text);
    expect(rows).toEqual([]);
    expect(review).toHaveLength(1);
    expect(review[0]!.reason).toMatch(reason);
    expect(review[0]!.candidate?.value).toMatch(/^\d+$/);
  });
});

describe('numbers that are not figures', () => {
  it('leaves a loan programme’s per-borrower ceiling to loans.csv', () => {
    const text = '而“惠农贷”设立时最高可贷15万元，今年最高能贷款25万元。全市发放贷款3亿元。';
    const { rows } = figures(text);
    expect(rows.map((r) => r.value)).toEqual(['300000000']);
  });

  it('reads a threshold (…以下的…) as part of what is counted, not as a figure', () => {
    const { rows, review } = figures('全市年收入3万元以下的农户达到1200户。');
    expect(
      [...rows, ...review.map((r) => r.candidate!)].map((r) => [r.indicator_zh, r.value]),
    ).toEqual([['年收入3万元以下的农户', '1200']]);
  });

  it('reads a programme named after its size as a target only when set as one', () => {
    const named = figures('实施“三千行动”(千万亩良田建设行动、千亿元级产业培育行动)。').rows;
    expect(named).toEqual([]);
    const set = figures('未来五年，重庆将实施千万亩良田建设行动。', '2023-01-10').rows;
    expect(set.map((r) => [r.value, r.unit, r.kind, r.period])).toEqual([
      ['10000000', '亩', 'target', '2028'],
    ]);
  });

  it('keeps a headline’s number the body states, from the body only', () => {
    const text = '### 重庆牵手5位“新朋友”\n\n大会期间，重庆新结交友好城市5个。';
    const { rows, review } = figures(text);
    expect(review).toEqual([]);
    expect(rows.map((r) => [r.indicator_zh, r.value])).toEqual([['新结交友好城市', '5']]);
  });
});
