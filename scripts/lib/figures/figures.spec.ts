import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from '../fake-context.ts';
import { extractFigures, type FigureRow } from './index.ts';

const DISTRICTS = readDistricts();

function figures(text: string, date = '2024-05-25') {
  return extractFigures(fakeContext(fakeSource(text, date), DISTRICTS));
}

function pick(row: FigureRow) {
  const { subject_zh, indicator_zh, value, unit, qualifier, kind, period } = row;
  return { subject_zh, indicator_zh, value, unit, qualifier, kind, period };
}

// Seed 000: the speaker is named two sentences before the figure.
const FULING =
  '市委委员、涪陵区委书记王志杰表示，涪陵将按照全会部署，扛起责任担当。以制造业高质量发展支撑区域高质量发展，加速构建“2349”现代制造业集群体系。因地制宜发展新质生产力，力争2027年全区工业产值突破4000亿元。';
// Seed 004.
const JIULONGPO = '今年1-11月，九龙坡区规上工业总产值1285.26亿元，增长4.5%。';

describe('extractFigures: targets and results', () => {
  it('reads a district target with its year, qualifier and the speaker’s district', () => {
    const { rows } = figures(FULING);
    expect(rows.map(pick)).toEqual([
      {
        subject_zh: '涪陵区',
        indicator_zh: '工业产值',
        value: '400000000000',
        unit: '元',
        qualifier: '突破',
        kind: 'target',
        period: '2027',
      },
    ]);
    expect(rows[0]!.subject_code).toBe('500102');
  });

  it('reads a reported result for a span of months and its growth rate as its own row', () => {
    const { rows } = figures(JIULONGPO, '2022-12-24');
    expect(rows.map(pick)).toEqual([
      {
        subject_zh: '九龙坡区',
        indicator_zh: '规上工业总产值',
        value: '128526000000',
        unit: '元',
        qualifier: '',
        kind: 'actual',
        period: '2022-01/2022-11',
      },
      {
        subject_zh: '九龙坡区',
        indicator_zh: '规上工业总产值增长',
        value: '4.5',
        unit: '%',
        qualifier: '',
        kind: 'actual',
        period: '2022-01/2022-11',
      },
    ]);
  });

  it.each([
    ['ASCII punctuation', '今年1-11月,九龙坡区规上工业总产值1285.26亿元,增长4.5%.'],
    ['traditional characters', '今年1-11月，九龍坡區規上工業總產值1285.26億元，增長4.5%。'],
    [
      'full-width digits',
      '今年１-１１月，九龙坡区规上工业总产值１２８５．２６亿元，增长４．５％。',
    ],
  ])('reads the same values from %s, quoting the text as printed', (_, text) => {
    const { rows } = figures(text, '2022-12-24');
    expect(rows.map((r) => [r.subject_zh, r.value, r.unit, r.period])).toEqual([
      ['九龙坡区', '128526000000', '元', '2022-01/2022-11'],
      ['九龙坡区', '4.5', '%', '2022-01/2022-11'],
    ]);
    for (const r of rows) expect(text.slice(Number(r.start), Number(r.end))).toBe(r.quote);
  });

  it('reads a number split by a page-layout line break', () => {
    const text =
      '因地制宜发展新质生产力，持续提升现代制造业集群体系能级，力争2027年全区工业产值突破40\n\n00亿元。';
    const { rows } = figures(text);
    expect(rows.map((r) => [r.indicator_zh, r.value, r.kind, r.period])).toEqual([
      ['工业产值', '400000000000', 'target', '2027'],
    ]);
    expect(rows[0]!.quote).toContain('40\n\n00亿元');
  });

  it('keeps the body’s figure when a headline repeats it (seed 004)', () => {
    const text =
      '#### 排查出典型农村黑臭水体160条\n\n“早在2020年，市生态环境局共排查出典型农村黑臭水体160条。”';
    const { rows } = figures(text, '2022-12-24');
    expect(rows.map((r) => [r.value, r.period, r.quote.startsWith('#')])).toEqual([
      ['160', '2020', false],
    ]);
  });

  it('continues the indicator into a bare clause and dates 过去一年 (work-report style)', () => {
    const text =
      '过去一年，全市地区生产总值增长6.1%，达到3.01万亿元；一般公共预算收入2440.8亿元，增长8.5%。';
    const { rows } = figures(text, '2024-01-20');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.unit, r.period])).toEqual([
      ['地区生产总值增长', '6.1', '%', '2023'],
      ['地区生产总值', '3010000000000', '元', '2023'],
      ['一般公共预算收入', '244080000000', '元', '2023'],
      ['一般公共预算收入增长', '8.5', '%', '2023'],
    ]);
  });

  it('strips the district from the indicator however it is written (石柱县 for 石柱土家族自治县)', () => {
    const { rows } = figures('石柱县（shí zhù）今年接待游客1500万人次。', '2024-12-01');
    expect(rows.map((r) => [r.subject_code, r.indicator_zh, r.value, r.unit])).toEqual([
      ['500240', '接待游客', '15000000', '人次'],
    ]);
  });

  it('reads past a pinyin annotation', () => {
    const { rows } = figures(
      '因地制宜发展新质生产力，力争2027年全区（quán qū）工业产值突破4000亿元。',
    );
    expect(rows.map((r) => [r.indicator_zh, r.value, r.period])).toEqual([
      ['工业产值', '400000000000', '2027'],
    ]);
  });

  it('dates the municipal five-year targets by the horizon stated a paragraph before', () => {
    // Seed 002 (2022-12-23).
    const text = [
      '罗蔺介绍，关于目标任务，《决定》对标对表党的二十大精神，对今后五年发展目标作了进一步优化完善，提出了能量化、群众可感知的目标。',
      '经济实力方面，提出地区生产总值和人均地区生产总值分别迈过4万亿元、12万元大关。',
      '城市综合实力方面，提出城镇化率达到75%，国家中心城市集聚辐射能力明显提高。',
      '生态文明建设水平方面，提出空气质量优良天数稳定在338天左右、长江干流水质稳定保持Ⅱ类。',
    ].join('\n\n');
    const { rows } = figures(text, '2022-12-23');
    expect(rows.map(pick)).toEqual([
      {
        subject_zh: '重庆市',
        indicator_zh: '地区生产总值',
        value: '4000000000000',
        unit: '元',
        qualifier: '迈过',
        kind: 'target',
        period: '2027',
      },
      {
        subject_zh: '重庆市',
        indicator_zh: '人均地区生产总值',
        value: '120000',
        unit: '元',
        qualifier: '迈过',
        kind: 'target',
        period: '2027',
      },
      {
        subject_zh: '重庆市',
        indicator_zh: '城镇化率',
        value: '75',
        unit: '%',
        qualifier: '',
        kind: 'target',
        period: '2027',
      },
      {
        subject_zh: '重庆市',
        indicator_zh: '空气质量优良天数',
        value: '338',
        unit: '天',
        qualifier: '左右',
        kind: 'target',
        period: '2027',
      },
    ]);
  });

  it('reads a level to hold as a target (seed 003, 《求是》)', () => {
    const text =
      '完善生态环境治理体系，一体推进治水、治气、治土、治废、治塑、治山、治岸、治城、治乡，保持空气质量优良天数稳定在320天以上、长江干流重庆段水质总体为优。';
    const { rows } = figures(text, '2023-10-16');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.qualifier, r.kind])).toEqual([
      ['空气质量优良天数', '320', '以上', 'target'],
    ]);
  });

  it('keeps a held level reported for a past span, or with 已/去年, as a result', () => {
    const rows = [
      ...figures('今年1-11月，全市空气质量优良天数保持在305天。', '2023-12-20').rows,
      ...figures('去年，全市空气质量优良天数稳定在320天以上。', '2023-12-20').rows,
    ];
    expect(rows.map((r) => [r.value, r.kind, r.period])).toEqual([
      ['305', 'actual', '2023-01/2023-11'],
      ['320', 'actual', '2022'],
    ]);
  });

  it('dates the sentences of a goals paragraph by the horizon of its lead sentence', () => {
    const text =
      '到2035年，基本建成现代化新重庆。城镇化率达到80%，人均地区生产总值达到中等发达国家水平。\n\n去年城镇化率为71%。';
    const { rows } = figures(text, '2023-10-16');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.kind, r.period])).toEqual([
      ['城镇化率', '80', 'target', '2035'],
      ['城镇化率', '71', 'actual', '2022'],
    ]);
  });

  it('reads a count of projects and their total investment (seed 003, 合川)', () => {
    const text =
      '另外，合川区还建立招商有奖、引智有功的激励机制。目前，累计谋划储备斯诺新材料锂电池负极材料生产、宝能食品产业园等重点招商项目113个，总投资约722.86亿元。';
    const { rows } = figures(text, '2023-10-18');
    expect(rows.map((r) => [r.subject_zh, r.indicator_zh, r.value, r.unit, r.qualifier])).toEqual([
      ['合川区', '重点招商项目', '113', '个', ''],
      ['合川区', '总投资', '72286000000', '元', '约'],
    ]);
    expect(rows.every((r) => r.kind === 'actual' && r.period === '2023-10-18')).toBe(true);
  });

  it('reads the counted noun after a counting word and skips the date before it', () => {
    const { rows } = figures('5月22日至23日，全市共有38个重点项目，总投资较大。');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.unit])).toEqual([['重点项目', '38', '个']]);
  });

  it('keeps a region named earlier in the paragraph as the subject (seed 002)', () => {
    const text =
      '2021年，成渝地区双城经济圈GDP7.4万亿元、增速8.5%；今年上半年GDP同比增长3.3%，高于全国0.8个百分点。';
    const { rows } = figures(text, '2022-12-23');
    expect(rows.map((r) => [r.subject_code, r.indicator_zh, r.value, r.period])).toEqual([
      ['成渝地区双城经济圈', 'GDP', '7400000000000', '2021'],
      ['成渝地区双城经济圈', 'GDP增速', '8.5', '2021'],
      ['成渝地区双城经济圈', 'GDP同比增长', '3.3', '2022-01/2022-06'],
      ['成渝地区双城经济圈', 'GDP同比增长高于全国', '0.8', '2022-01/2022-06'],
    ]);
  });

  it('gives a count of districts to the municipality, not the last district listed', () => {
    const text =
      '同年，重庆在城口、巫溪、酉阳、彭水4个国家乡村振兴重点帮扶县开展“富民贷”试点工作。';
    const { rows } = figures(text);
    expect(rows.map((r) => [r.subject_code, r.indicator_zh, r.value])).toEqual([
      ['500000', '国家乡村振兴重点帮扶县', '4'],
    ]);
  });

  it('gives a number after a list of districts to the municipality, whatever it counts', () => {
    const { rows } = figures('万州区、开州区和云阳县共有规上工业企业560家。');
    expect(rows.map((r) => [r.subject_code, r.subject_zh, r.value])).toEqual([
      ['500000', '重庆市', '560'],
    ]);
  });

  it('keeps a single district, and each district of a 分别 list, as the subject', () => {
    const single = figures('今年1-11月，九龙坡区规上工业企业新增56家。', '2022-12-24').rows;
    expect(single.map((r) => r.subject_code)).toEqual(['500107']);
    const listed = figures('由万州区和开州区牵头，开州区新增规上工业企业30家。').rows;
    expect(listed.map((r) => r.subject_code)).toEqual(['500154']);
  });

  it('resolves 去年 and 今年上半年 against the article date', () => {
    const { rows } = figures(
      '去年，全市新增市场主体12万户；今年上半年GDP同比增长3.3%。',
      '2022-12-23',
    );
    expect(rows.map((r) => [r.value, r.kind, r.period])).toEqual([
      ['120000', 'actual', '2021'],
      ['3.3', 'actual', '2022-01/2022-06'],
    ]);
  });
});

describe('extractFigures: indicators read as nouns', () => {
  it('stops the counted noun at a verb, which joins the label (20条生产线满负荷运转)', () => {
    const text = '车间内，20条生产线满负荷运转。新车间里，12台起重机投入使用。';
    const { rows } = figures(text, '2022-12-24');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.unit])).toEqual([
      ['生产线', '20', '条'],
      ['投入使用的起重机', '12', '台'],
    ]);
  });

  it('holds back a scene at one moment (6台吊车伸着长臂, 此刻…, 正…) for review', () => {
    const text =
      '6台吊车伸着长臂，有序地吊运着施工物资。此刻，20条生产线满负荷运转。工地上，30余名工人正在浇筑桥墩。';
    const { rows, review } = figures(text, '2022-12-24');
    expect(rows).toEqual([]);
    expect(review.map((r) => [r.candidate?.value, r.reason.includes('a scene')])).toEqual([
      ['6', true],
      ['20', true],
      ['30', true],
    ]);
  });

  it('strips a leading verb from the clause (seed 003: 支持建成高新技术企业147家)', () => {
    const text =
      '合川区通过出台若干财政金融政策，支持建成高新技术企业147\n\n家、科技型企业1175家。该区新增市场主体2.1万户。';
    const { rows } = figures(text, '2023-10-18');
    expect(rows.map((r) => [r.indicator_zh, r.value])).toEqual([
      ['高新技术企业', '147'],
      ['科技型企业', '1175'],
      ['市场主体', '21000'],
    ]);
  });

  it('skips a count whose noun is missing after a verb (seed 000: 大会共形成了5个来自…)', () => {
    const rows = [
      ...figures('底气来自这里：“大会共形成了5个来自31项合作成果。”').rows,
      ...figures('论坛共达成了8个，涉及多个领域。').rows,
    ];
    expect(rows.map((r) => [r.indicator_zh, r.value])).toEqual([['合作成果', '31']]);
  });

  it('drops an anecdote about a named private person, keeping the programme’s own figures', () => {
    // Seed 000.
    const text = [
      '5月24日，巫溪县中梁乡中梁村，村民林先继起了个大早，一上午的时间都在猪舍里忙活。前两年，林先继家中仅有四五头生猪。经过信用评级后，林先继贷到20万元，购买了几十头母猪。',
      '养殖户张德明说，他贷到了15万元。而“富民贷”设立时最高可贷20万元。',
    ].join('\n\n');
    const { rows } = figures(text);
    // What is left (the programme's ceiling) is a loan parameter: loans.csv's, not a figure.
    expect(rows).toEqual([]);
  });
});

describe('extractFigures: anecdotes', () => {
  it('leaves out what a private person the sentence names did or owns', () => {
    const text =
      '石柱县村民冉某贵通过“惠农贷”贷到12万元，如今存栏肉牛30头。全县今年出栏肉牛5万头。';
    const { rows, review } = figures(text, '2024-07-11');
    expect([...rows, ...review.map((r) => r.candidate!)].map((r) => r.value)).toEqual(['50000']);
  });
});

describe('extractFigures: a company as subject', () => {
  it('keeps a company introduced by its chairman as the subject (seed 004, 马上消费)', () => {
    const text = [
      '全会的召开，让不少企业家备受鼓舞。马上消费董事长赵国庆就是其中之一。',
      '“目前，马上消费已自主研发出900余套核心技术系统，累计申请发明专利近1000件。”',
      '展望未来，赵国庆表示，今后5年，马上消费力争科技投入突破50亿元。',
    ].join('\n\n');
    const { rows } = figures(text, '2022-12-24');
    expect(rows.map((r) => [r.subject_code, r.subject_zh, r.value, r.kind])).toEqual([
      ['org', '马上消费', '900', 'actual'],
      ['org', '马上消费', '1000', 'actual'],
      ['org', '马上消费', '5000000000', 'target'],
    ]);
  });

  it('reads a company by its suffix, and gives the figure back to a district named after it', () => {
    const text =
      '重庆某某光电有限公司车间内，20条生产线满负荷运转。重庆某某光电有限公司落户的璧山区今年新增企业300家。';
    const { rows } = figures(text, '2023-10-18');
    expect(rows.map((r) => [r.subject_code, r.subject_zh, r.value])).toEqual([
      ['org', '重庆某某光电有限公司', '20'],
      ['500120', '璧山区', '300'],
    ]);
  });

  it('does not take a public body for a company', () => {
    const { rows } = figures('市国资委党委书记、主任张三表示，全市国有企业今年利润增长8%。');
    expect(rows.map((r) => r.subject_code)).toEqual(['500000']);
  });
});

describe('extractFigures: what is not a measurement', () => {
  it.each([
    ['an ordinal', '市长主持召开市政府第21次常务会议。'],
    [
      'a slogan count in Chinese numerals',
      '坚决拥护“两个确立”，部署提出四项任务，实施千个和美乡村示范创建行动。',
    ],
    ['a code in quotes', '加快构建“416”科技创新战略布局和“33618”现代制造业集群体系。'],
    ['a number inside a quoted name', '推动城市“15分钟健身圈”向“10分钟健身圈”转变。'],
    ['a class label that is no goal', '依托千亿级产业园区，实施千亿级优势产业培育行动。'],
    ['a duration', '我们能在6个月内迅速建成，一忙就是4个多小时。'],
    ['dates and years', '2024年5月22日至23日，大会在重庆召开，此后的20世纪80年代。'],
  ])('skips %s', (_, text) => {
    expect(figures(text).rows).toEqual([]);
  });

  it('keeps a non-round Chinese count, which counts something (十九条)', () => {
    const { rows } = figures('全会《决定》围绕建设新重庆，提出了十九条重大举措。', '2022-12-23');
    expect(rows.map((r) => [r.indicator_zh, r.value, r.unit, r.kind])).toEqual([
      ['重大举措', '19', '条', 'actual'],
    ]);
  });
});

describe('extractFigures: plausibility', () => {
  it('sends an area larger than the municipality to review, with the row it would have been', () => {
    const text = '截至目前，重庆已消除31万平方公里农村黑臭水体。';
    const { rows, review } = figures(text, '2022-12-24');
    expect(rows).toEqual([]);
    expect(review).toHaveLength(1);
    const [item] = review;
    expect(item!.reason).toMatch(/larger than the whole municipality/);
    // Keyed like the row (quote offsets, value offset), so accepting it names the same row.
    expect(text.slice(item!.start, item!.end)).toBe(item!.quote);
    expect(item!.candidate).toMatchObject({
      value: '310000',
      unit: '平方公里',
      start: String(item!.start),
    });
    expect(item!.at).toBe(String(text.indexOf('31万')));
  });

  it.each([
    ['38 districts exceeded', '今年，试点范围扩大到了40个区县。', /Chongqing has 38/],
    ['more people than live there', '全市共帮助5000万人就业。', /population/],
    ['a share above 100%', '数字经济增加值占GDP比重达到120%。', /above 100%/],
  ])('sends %s to review', (_, text, reason) => {
    const { rows, review } = figures(text);
    expect(rows).toEqual([]);
    expect(review.map((r) => r.reason).join()).toMatch(reason);
  });

  it('publishes an area that fits', () => {
    const { rows, review } = figures('过去十年，璧山区建成区面积扩大到60平方公里。');
    expect(review).toEqual([]);
    expect(rows.map((r) => [r.value, r.unit])).toEqual([['60', '平方公里']]);
  });
});
