import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from '../fake-context.ts';
import { extractFigures } from './index.ts';

const DISTRICTS = readDistricts();

function figures(text: string, date = '2024-05-25') {
  return extractFigures(fakeContext(fakeSource(text, date), DISTRICTS));
}

const labels = (text: string, date?: string) =>
  figures(text, date).rows.map((r) => [r.indicator_zh, r.value]);

describe('labels true out of their sentence', () => {
  it('tells apart two counts of one thing by what each did (其中…纳入国家…，另外…纳入市级…)', () => {
    expect(
      labels('全市共排查出重点河段120条，其中60条纳入国家监管清单，另外60条纳入市级监管清单。'),
    ).toEqual([
      ['重点河段', '120'],
      ['纳入国家监管清单的重点河段', '60'],
      ['纳入市级监管清单的重点河段', '60'],
    ]);
  });

  it('keeps what the counted things did in the label (12家企业参与报名)', () => {
    expect(labels('最终有12家科技企业参与报名。')).toEqual([['参与报名的科技企业', '12']]);
  });

  it('keeps an action done to the things counted (抽调8名领导干部)', () => {
    expect(labels('江北区抽调8名领导干部组建工作专班。')).toEqual([['抽调领导干部', '8']]);
  });

  it('keeps the pair of places a list of counts belongs to (推进川渝…、…)', () => {
    expect(labels('下一步将推进川渝60个合作事项、150个重大项目。')).toEqual([
      ['川渝合作事项', '60'],
      ['川渝重大项目', '150'],
    ]);
  });

  it('stops a count with 条 at the chain it counts (21条重点产业链关键技术需求)', () => {
    expect(labels('聚焦我市21条重点产业链关键技术需求，遴选科技成果。')).toEqual([
      ['重点产业链', '21'],
    ]);
  });

  it('completes a bare share or comparison with what the sentence measured before', () => {
    expect(
      labels(
        '2023年，全市GDP3.1万亿元、增速6.1%，占全国比重由2020年的2.5%提升至2.6%，高于全国0.9个百分点。',
        '2024-01-20',
      ),
    ).toEqual([
      ['GDP', '3100000000000'],
      ['GDP增速', '6.1'],
      ['GDP占全国比重', '2.5'],
      ['GDP占全国比重', '2.6'],
      ['GDP占全国比重高于全国', '0.9'],
    ]);
  });

  it('completes a growth over several years (两年年均增长) with what it is of', () => {
    expect(labels('2023年，全市GDP3.1万亿元，两年年均增长5.2%。', '2024-01-20')).toEqual([
      ['GDP', '3100000000000'],
      ['GDP两年年均增长', '5.2'],
    ]);
  });

  it('gives a figure in brackets after another the noun of the first (120条(总长度…))', () => {
    expect(labels('全市共排查出重点河段120条(总长度300公里)。')).toEqual([
      ['重点河段', '120'],
      ['重点河段总长度', '300'],
    ]);
  });

  it('reads a short quoted word inside a noun as part of it (专精特新“小巨人”企业)', () => {
    expect(labels('拥有甲公司、乙公司等6家国家专精特新“小巨人”企业。')).toEqual([
      ['国家专精特新小巨人企业', '6'],
    ]);
  });

  it('gives what completed things will yield to them (…全部达产后将实现年产值…)', () => {
    expect(labels('此次集中投产项目15个，全部达产后将实现年产值60亿元以上。')).toEqual([
      ['此次集中投产项目', '15'],
      ['此次集中投产项目年产值', '6000000000'],
    ]);
  });
});

describe('counts written unusually', () => {
  it('reads an Arabic number before 大 as a count (建设8大特色产业园)', () => {
    const { rows } = figures('下一步，将建设8大特色产业园，加快创建软件名园。', '2022-12-24');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.unit, r.kind])).toEqual([
      ['特色产业园', '8', '个', 'target'],
    ]);
    // 两大定位: a Chinese count before 大 names a slogan.
    expect(figures('赋予重庆“两大定位”，部署四大任务。').rows).toEqual([]);
  });

  it('takes the verb phrase after a count as its label when nothing else names it', () => {
    const { rows } = figures(
      '重庆按照“到2026年，完成60条纳入国家监管农村黑臭水体”目标要求推进。',
      '2023-05-01',
    );
    expect(rows.map((r) => [r.indicator_zh, r.value, r.kind, r.period])).toEqual([
      ['纳入国家监管农村黑臭水体', '60', 'target', '2026'],
    ]);
  });
});

describe('labels that cannot be made true go to review', () => {
  it.each([
    [
      'counts describing another noun (…个友好城市的嘉宾)',
      '来自全球25个国家40个友好城市的嘉宾相聚山城。',
      [/runs on into another number/, /describes 嘉宾/],
    ],
    [
      'a measure describing another noun (…平方米的水塘)',
      '经过整治，使水面面积1800平方米的水塘达到Ⅲ类水质。',
      [/describes 水塘/],
    ],
    [
      'a predicate too long for a label',
      '组织9个区县38条黑臭水体打捆申报国家农村黑臭水体治理试点。',
      [/runs on into another number/, /too long to make a label/],
    ],
  ])('%s', (_, text, reasons) => {
    const { rows, review } = figures(text);
    expect(rows).toEqual([]);
    expect(review.map((r) => r.reason)).toEqual(reasons.map((re) => expect.stringMatching(re)));
  });
});
