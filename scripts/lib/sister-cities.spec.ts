import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorrections } from './corrections.ts';
import { parseCsv } from './csv.ts';
import { fakeContext, fakeSource } from './fake-context.ts';
import { extractSisterCities, sisterCityTotals } from './sister-cities.ts';

const CORRECTIONS = readCorrections(
  readFileSync('data/corrections.csv', 'utf8'),
  'data/corrections.csv',
).misprints;

// Seed 000, the paragraphs about the 2024 conference.
const CONFERENCE = [
  '5月22日至23日，2024重庆国际友好城市合作大会在重庆召开，来自全球31个国家48个友好城市的嘉宾相聚山城。',
  '1982年，法国图卢兹市与重庆市结好，成为重庆的第一个友城。',
  '大会前一天，重庆市便与萨尔瓦多圣萨尔瓦多中心市签署友好交往合作关系协议。大会开幕当天，重庆市又与埃塞俄比亚的斯亚贝巴市、西班牙塞维利亚市签署缔结友城协议，与尼泊尔巴拉特普尔市、孟加拉国北达卡市签署友好交往合作关系协议，进一步扩大山城的“朋友圈”。',
  '至此，重庆的国际友城和友好交流城市总数双双创下新高，分别达到56个、129个。',
  '如重庆市与美国萨克拉门托市、NBA国王队、美宝集团签订四方协议，在渝共建青少年篮球训练中心。',
].join('\n\n');

function pairings(text: string, id = '000') {
  return extractSisterCities(fakeContext(fakeSource(text, '2024-05-25', id), [], CORRECTIONS));
}

describe('extractSisterCities', () => {
  it('reads each named pairing with its relation and date, and no cooperation agreement', () => {
    const { rows } = pairings(CONFERENCE);
    expect(rows.map((r) => [r.city_en, r.country_en, r.relation, r.date])).toEqual([
      ['Toulouse', 'France', 'sister', '1982'],
      ['San Salvador Centro', 'El Salvador', 'friendly_exchange', '2024-05-21'],
      ['Addis Ababa', 'Ethiopia', 'sister', '2024-05-22'],
      ['Dhaka North', 'Bangladesh', 'friendly_exchange', '2024-05-22'],
      ['Seville', 'Spain', 'sister', '2024-05-22'],
      ['Bharatpur', 'Nepal', 'friendly_exchange', '2024-05-22'],
    ]);
    for (const r of rows) expect(CONFERENCE.slice(Number(r.start), Number(r.end))).toBe(r.quote);
  });

  it('applies the reviewed correction and keeps the quote as printed', () => {
    const addis = pairings(CONFERENCE).rows.find((r) => r.city_en === 'Addis Ababa')!;
    expect(addis.city_zh).toBe('亚的斯亚贝巴');
    expect(addis.quote).toContain('埃塞俄比亚的斯亚贝巴市');
    expect((addis as Record<string, string>).city_zh_printed).toBe('斯亚贝巴');
  });

  it('does not apply a correction meant for another article', () => {
    const rows = pairings(CONFERENCE, 'other').rows;
    expect(rows.map((r) => r.city_zh)).toContain('斯亚贝巴');
  });

  it('reads traditional characters and ASCII punctuation', () => {
    const text =
      '5月22日上午,重慶市與西班牙塞維利亞市正式簽署締結友城協議.當天下午,塞維利亞市市長種下了一棵桂花樹.';
    expect(pairings(text).rows.map((r) => [r.city_zh, r.relation, r.date])).toEqual([
      ['塞维利亚', 'sister', '2024-05-22'],
    ]);
  });

  it('reads a pairing stated without an agreement (与X市结为友好城市)', () => {
    const text =
      '2005年，重庆市与澳大利亚布里斯班市结为友好城市；2019年又与日本大阪市建立友好交流城市关系。';
    expect(pairings(text).rows.map((r) => [r.city_en, r.relation, r.date])).toEqual([
      ['Brisbane', 'sister', '2005'],
      ['Osaka', 'friendly_exchange', '2019'],
    ]);
  });

  it('keeps a city missing from the gazetteer with an empty English name and a warning', () => {
    const { rows, warnings } = pairings('2019年，重庆市与德国某某堡市签署缔结友好城市关系协议。');
    expect(rows.map((r) => [r.city_zh, r.city_en, r.country_en, r.date])).toEqual([
      ['某某堡', '', 'Germany', '2019'],
    ]);
    expect(warnings.join('\n')).toMatch(/某某堡 is not in gazetteer/);
  });
});

describe('sisterCityTotals: count before its term', () => {
  it('reads 重庆现已与27个国家的54个城市结为友好城市 as 54 sister cities', () => {
    const text = '重庆现已与27个国家的54个城市结为友好城市。';
    const rows = sisterCityTotals([fakeContext(fakeSource(text, '2023-10-20'))], []);
    expect(rows.map((r) => [r.as_of, r.sister_cities, r.friendly_exchange_cities])).toEqual([
      ['2023-10-20', '54', ''],
    ]);
  });
});

describe('sisterCityTotals', () => {
  const reference = parseCsv(
    readFileSync('data/reference/sister-city-totals.csv', 'utf8'),
    'data/reference/sister-city-totals.csv',
  );

  it('reads 56 and 129 from the article as of the signing day, then the reference series', () => {
    const ctx = fakeContext(fakeSource(CONFERENCE, '2024-05-25', '000'), [], CORRECTIONS);
    const rows = sisterCityTotals([ctx], reference);
    const fromArticle = rows.filter((r) => r.source_id === '000');
    expect(fromArticle.map((r) => [r.as_of, r.sister_cities, r.friendly_exchange_cities])).toEqual([
      ['2024-05-22', '56', '129'],
    ]);
    expect(fromArticle[0]!.quote).toContain('分别达到56个、129个');
    // The reference row for the same day repeats the article: left out.
    expect(rows.filter((r) => r.as_of === '2024-05-22')).toHaveLength(1);
    const series = rows.filter((r) => r.source_id === 'reference');
    expect(series.map((r) => r.as_of)).toEqual(['1982-12', '2015-10', '2023-12', '2024-04']);
    expect(series.every((r) => r.source_url.startsWith('http'))).toBe(true);
    expect(rows.map((r) => r.as_of)).toEqual([...rows.map((r) => r.as_of)].sort());
  });

  it('reads totals written term by term', () => {
    const ctx = fakeContext(
      fakeSource('截至2023年底，重庆已与友好城市54个、友好交流城市125个建立关系。', '2024-01-10'),
    );
    const rows = sisterCityTotals([ctx], []);
    expect(rows.map((r) => [r.sister_cities, r.friendly_exchange_cities])).toEqual([['54', '125']]);
  });

  it('dates a total by its 截至 phrase, not by the article or an earlier pairing', () => {
    const text = [
      '5月22日，重庆与亚的斯亚贝巴市签署缔结友好城市关系协议书。',
      '截至2023年底，重庆已与友好城市54个、友好交流城市125个建立关系。',
      '截至今年4月，重庆国际友城总数达到55个。',
      '截至去年12月31日，重庆友好交流城市达到125个。',
    ].join('\n\n');
    const ctx = fakeContext(fakeSource(text, '2024-05-25'), [], CORRECTIONS);
    const rows = sisterCityTotals([ctx], []);
    expect(rows.map((r) => [r.as_of, r.sister_cities, r.friendly_exchange_cities])).toEqual([
      ['2023-12', '54', '125'],
      ['2023-12-31', '', '125'],
      ['2024-04', '55', ''],
    ]);
  });
});

describe('sisterCityTotals: totals phrased many ways (invented values)', () => {
  const totals = (text: string, date = '2025-06-01') =>
    sisterCityTotals([fakeContext(fakeSource(text, date))], []).map((r) => [
      r.sister_cities,
      r.friendly_exchange_cities,
    ]);

  it.each([
    ['国际友城“朋友圈”扩大到61个。', [['61', '']]],
    ['目前，重庆已与28个国家建立37对友好城市。', [['37', '']]],
    ['重庆已结成友好城市和友好交流城市58对和131对。', [['58', '131']]],
    ['今年新增友城2个，全市友城总数达到63个。', [['63', '']]],
  ])('%s', (text, expected) => expect(totals(text)).toEqual(expected));

  it('a count of guests, of countries or of what one conference added is no total', () => {
    expect(totals('来自全球33个国家52个友好城市的嘉宾已相聚山城。')).toEqual([]);
    expect(
      totals(
        '据统计，大会期间，共签署协议15项，其中包括缔结正式友城3对、建立友好交流城市关系4对。',
      ),
    ).toEqual([]);
    expect(totals('2025国际友好城市合作大会共有40个城市参加。')).toEqual([]);
  });
});

describe('extractSisterCities: dates the article date cannot place', () => {
  it('a pairing dated 12月22日 in an article known only to its year waits for review', () => {
    const { rows, review } = pairings('12月22日，重庆市与意大利米兰市签署缔结友城协议。');
    expect(rows.map((r) => r.date)).toEqual(['2023-12-22']);
    const yearOnly = extractSisterCities(
      fakeContext(fakeSource('12月22日，重庆市与意大利米兰市签署缔结友城协议。', '2022')),
    );
    expect(yearOnly.rows).toEqual([]);
    expect(yearOnly.review).toHaveLength(1);
    expect(yearOnly.review[0]!.candidate).toMatchObject({ city_en: 'Milan', date: '' });
    expect(review).toEqual([]);
  });

  it('a pairing named without a date has an empty date, none invented', () => {
    const { rows } = pairings('重庆市与意大利米兰市结为友好城市。');
    expect(rows.map((r) => [r.city_en, r.date])).toEqual([['Milan', '']]);
  });
});

describe('extractSisterCities: partner cities listed without a signing', () => {
  it('reads cities a sentence lists as partners, with their countries and no date', () => {
    const { rows } = pairings('重庆的友好城市遍及各大洲，既有奥地利维也纳市，也有泰国曼谷市。');
    expect(rows.map((r) => [r.city_en, r.country_en, r.relation, r.date])).toEqual([
      ['Bangkok', 'Thailand', 'sister', ''],
      ['Vienna', 'Austria', 'sister', ''],
    ]);
  });
  it('a list of things that are not cities of a named country is no pairing', () => {
    expect(pairings('友好城市合作大会上有来自各国的代表、企业家和学者。').rows).toEqual([]);
  });
});
