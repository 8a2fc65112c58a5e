import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from '../fake-context.ts';
import { extractFigures, type FigureRow } from './index.ts';

const DISTRICTS = readDistricts();

function figures(text: string, date = '2024-05-25') {
  return extractFigures(fakeContext(fakeSource(text, date), DISTRICTS));
}

const pick = (r: FigureRow) => [
  r.subject_zh,
  r.indicator_zh,
  r.value,
  r.unit,
  r.qualifier,
  r.kind,
  r.period,
];

describe('scale-class targets', () => {
  it('reads each class of a list as its own target at the class’s lower bound, sharing the list’s head noun', () => {
    const text =
      '市委委员、綦江区委书记某某表示，綦江将加快建设千亿级新材料、五百亿级智能装备、百亿级食品加工产业园区。';
    const { rows } = figures(text);
    expect(rows.map(pick)).toEqual([
      ['綦江区', '新材料产业园区', '100000000000', '元', '千亿级', 'target', ''],
      ['綦江区', '智能装备产业园区', '50000000000', '元', '五百亿级', 'target', ''],
      ['綦江区', '食品加工产业园区', '10000000000', '元', '百亿级', 'target', ''],
    ]);
    // The value's offsets are the class as printed.
    expect(text.slice(Number(rows[1]!.value_start), Number(rows[1]!.value_end))).toBe('五百亿级');
  });

  it('keeps a printed count with the class (两大万亿级) as one row', () => {
    const { rows } = figures('重庆将建设汽车、电子两大万亿级产业集群。', '2022-12-23');
    expect(rows.map(pick)).toEqual([
      ['重庆市', '产业集群', '1000000000000', '元', '两大万亿级', 'target', ''],
    ]);
  });

  it('dates a class by the horizon its paragraph gives, else leaves the period empty', () => {
    const dated = figures(
      '长寿区委书记某某表示，加快构建以新材料为支撑的三大千亿级主导产业。力争2028年全区工业产值突破2000亿元。',
    ).rows;
    expect(dated.map((r) => [r.qualifier, r.period])).toEqual([
      ['三大千亿级', '2028'],
      ['突破', '2028'],
    ]);
    const undated = figures('长寿区将打造千亿级绿色化工产业集群。').rows;
    expect(undated.map((r) => [r.qualifier, r.kind, r.period])).toEqual([['千亿级', 'target', '']]);
  });

  it.each([
    ['a class inside a programme’s name', '实施千亿级优势特色产业培育行动。'],
    ['a class naming a programme after a goal verb', '加快建设千亿级现代农业产业培育工程。'],
    ['a class naming what already is (依托…)', '依托千亿级汽车产业园区，推动配套企业集聚。'],
    ['a class of something that is no industry', '建设千亿级城市品牌。'],
  ])('leaves out %s', (_, text) => {
    expect(figures(text).rows).toEqual([]);
  });
});

describe('multiplicative targets', () => {
  it('reads 双倍增 as ×2, one row per thing counted, each with its own span', () => {
    const text = '到2030年，提出规上工业企业、专精特新企业实现双倍增。';
    const { rows } = figures(text);
    expect(rows.map(pick)).toEqual([
      ['重庆市', '规上工业企业', '2', '倍', '', 'target', '2030'],
      ['重庆市', '专精特新企业', '2', '倍', '', 'target', '2030'],
    ]);
    expect(rows.map((r) => text.slice(Number(r.value_start), Number(r.value_end)))).toEqual([
      '规上工业企业、专精特新企业实现双倍增',
      '专精特新企业实现双倍增',
    ]);
  });

  it('reads 翻两番 as ×4 and 翻一番 as ×2', () => {
    const { rows } = figures('力争到2035年全市数字经济规模翻两番，居民收入翻一番。');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.unit, r.period])).toEqual([
      ['数字经济规模', '4', '倍', '2035'],
      ['居民收入', '2', '倍', '2035'],
    ]);
  });

  it('leaves out a programme named after a multiple (…倍增计划)', () => {
    expect(figures('今后五年将实施中等收入群体倍增计划，促进低收入群众增收。').rows).toEqual([]);
  });
});

describe('a count brought to zero', () => {
  it('reads …清零 as a target of 0, the threshold kept in the label and not read as a figure', () => {
    const text = '今后五年，提出实现人均年收入8000元以下的“低收入户”清零、城镇化率达到72%等目标。';
    const { rows } = figures(text, '2023-01-10');
    expect(rows.map(pick)).toEqual([
      ['重庆市', '人均年收入8000元以下的低收入户', '0', '个', '', 'target', '2028'],
      ['重庆市', '城镇化率', '72', '%', '', 'target', '2028'],
    ]);
  });
});
