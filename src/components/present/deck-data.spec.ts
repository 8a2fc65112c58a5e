import { makeRow } from '../../lib/rows';
import { describe, expect, it } from 'vitest';
import type { Datasets } from '../../lib/load';
import type { RowOf } from '../../lib/schema';
import {
  deckShape,
  figureSpeaker,
  districtsInRegionOrder,
  loanCoverage,
  compactSessionName,
  goalYears,
  municipalTargets,
  sentenceAround,
  sourceLabel,
  shortDistrictName,
  shortSessionName,
  sisterCitySeries,
  spotlightTarget,
  statementsByDistrict,
  timelineSessions,
} from './deck-data';

/** A row with every column of a dataset, empty unless given. */
function row<N extends 'figures' | 'sessions' | 'districts' | 'pledges' | 'loanCoverage'>(
  fields: Partial<RowOf<N>>,
): RowOf<N> {
  return new Proxy(fields, {
    get: (t, k) => (t as Record<string, string>)[k as string] ?? '',
  }) as RowOf<N>;
}

const districts = [
  row<'districts'>({ code: '500101', name_zh: '万州区', name_en: 'Wanzhou', region: 'ne' }),
  row<'districts'>({ code: '500102', name_zh: '涪陵区', name_en: 'Fuling', region: 'metro_new' }),
  row<'districts'>({ code: '500103', name_zh: '渝中区', name_en: 'Yuzhong', region: 'metro_core' }),
  row<'districts'>({
    code: '500242',
    name_zh: '酉阳土家族苗族自治县',
    name_en: 'Youyang',
    region: 'se',
  }),
];

describe('timelineSessions', () => {
  it('keeps the congress and plenaries in date order and drops press events', () => {
    const rows = [
      row<'sessions'>({
        event_id: 'plenary-6-2',
        kind: 'plenary',
        date_start: '2022-12-21',
        date_precision: 'day',
      }),
      row<'sessions'>({ event_id: 'press-1', kind: 'press_conference', date_start: '2022-12-22' }),
      row<'sessions'>({
        event_id: 'congress-6',
        kind: 'congress',
        date_start: '2022-05-27',
        date_end: '2022-05-31',
        date_precision: 'day',
      }),
      row<'sessions'>({
        event_id: 'plenary-6-4',
        kind: 'plenary',
        date_start: '2023-07-08',
        date_end: '2024-01-20',
        date_precision: 'range',
      }),
    ];
    const out = timelineSessions(rows);
    expect(out.map((s) => s.id)).toEqual(['congress-6', 'plenary-6-2', 'plenary-6-4']);
    expect(out.map((s) => s.approximate)).toEqual([false, false, true]);
    expect(out[1]!.end).toBe('2022-12-21');
  });

  it('shortens names for labels', () => {
    const mark = {
      id: 'c',
      start: '',
      end: '',
      approximate: false,
      kind: 'congress',
      nameZh: '中国共产党重庆市第六次代表大会',
      nameEn: '6th Congress of the CPC Chongqing Municipal Organisation',
    };
    expect(shortSessionName(mark, 'zh')).toBe('市第六次代表大会');
    expect(shortSessionName(mark, 'en')).toBe('6th Congress');
    expect(
      shortSessionName({ ...mark, nameEn: '2nd Plenary Session, 6th Municipal Committee' }, 'en'),
    ).toBe('2nd Plenary');
  });
});

describe('districts', () => {
  it('orders by region, core first', () => {
    expect(districtsInRegionOrder(districts).map((d) => d.code)).toEqual([
      '500103',
      '500102',
      '500101',
      '500242',
    ]);
  });
  it('shortens names without losing them', () => {
    expect(shortDistrictName('酉阳土家族苗族自治县')).toBe('酉阳');
    expect(shortDistrictName('彭水苗族土家族自治县')).toBe('彭水');
    expect(shortDistrictName('涪陵区')).toBe('涪陵');
    expect(shortDistrictName('忠县')).toBe('忠县');
  });
  it('counts statements per district, municipal ones aside, most first', () => {
    const data: Datasets = {
      districts,
      pledges: [
        row<'pledges'>({ district_code: '500102' }),
        row<'pledges'>({ district_code: '500102' }),
        row<'pledges'>({ district_code: '500101' }),
        row<'pledges'>({ district_code: '' }),
        row<'pledges'>({ district_code: '500000' }),
      ],
    };
    const out = statementsByDistrict(data);
    expect(out.map((d) => [d.code, d.count])).toEqual([
      ['500102', 2],
      ['500101', 1],
      ['500103', 0],
      ['500242', 0],
    ]);
  });
});

const fig = (f: Partial<RowOf<'figures'>>) => row<'figures'>({ kind: 'target', ...f });

describe('spotlightTarget', () => {
  it('picks the district’s target for the nearest goal year, in 亿 before smaller units', () => {
    const figures = [
      fig({ figure_id: 'a', subject_code: '500102', value: '30', unit: '%', period: '2027' }),
      fig({ figure_id: 'b', subject_code: '500102', value: '4000', unit: '亿元', period: '2027' }),
      fig({ figure_id: 'c', subject_code: '500102', value: '9000', unit: '亿元', period: '2035' }),
      fig({
        figure_id: 'd',
        subject_code: '500102',
        value: '5',
        unit: '亿元',
        period: '2027',
        kind: 'actual',
      }),
      fig({ figure_id: 'e', subject_code: '500101', value: '8000', unit: '亿元', period: '2027' }),
    ];
    expect(spotlightTarget(figures)?.id).toBe('b');
    expect(spotlightTarget([])).toBeNull();
  });
});

describe('figureSpeaker', () => {
  it('names who said a figure, from its statement', () => {
    const data: Datasets = {
      pledges: [
        row<'pledges'>({ pledge_id: '000-04', speaker: '王志杰', role: '市委委员、涪陵区委书记' }),
      ],
    };
    const card = spotlightTarget([
      fig({
        figure_id: 'b',
        subject_code: '500102',
        value: '4000',
        unit: '亿元',
        period: '2027',
        pledge_id: '000-04',
      }),
    ]);
    expect(figureSpeaker(data, card)).toBe('市委委员、涪陵区委书记王志杰');
    expect(figureSpeaker(data, { ...card!, pledgeId: '' })).toBeNull();
    expect(figureSpeaker({}, card)).toBeNull();
  });
});

describe('sentenceAround', () => {
  const quote =
    '以制造业高质量发展支撑区域高质量发展。因地制宜发展新\n\n质生产力，力争2027年全区工业产值突破4000亿元。以区域交通枢纽建设服务。';
  it('returns the one sentence holding the number, with layout breaks removed', () => {
    expect(sentenceAround(quote, '4000亿元')).toBe(
      '因地制宜发展新质生产力，力争2027年全区工业产值突破4000亿元。',
    );
  });
  it('falls back to the whole tidied quote', () => {
    expect(sentenceAround(quote, '9999亿元')).not.toContain('\n');
    expect(sentenceAround('一句话', '')).toBe('一句话');
  });
});

describe('sourceLabel', () => {
  const data: Datasets = {
    sources: ['000', '001', '002', '003'].map((id, i) => ({
      source_id: id,
      file: '',
      sha256: '',
      date: `2024-05-2${i}`,
      title: '',
      outlet: '重庆日报',
    })) as RowOf<'sources'>[],
  };
  it('names outlets in English, and reference facts as public records', () => {
    expect(sourceLabel(data, ['000', 'qhrd.gov.cn', 'fx361.cc'], 'en')).toBe(
      'Chongqing Daily 2024-05-20; public records',
    );
    expect(sourceLabel(data, ['fx361.cc'])).toBe('公开资料');
  });
  it('names up to two sources by outlet and date and counts the rest', () => {
    expect(sourceLabel(data, ['001', '001'])).toBe('重庆日报 2024-05-21');
    expect(sourceLabel(data, ['000', '001', '002', '003'])).toBe(
      '重庆日报 2024-05-20；重庆日报 2024-05-21 +2',
    );
    expect(sourceLabel(data, [])).toBeNull();
  });
});

describe('sisterCitySeries', () => {
  it('orders by date and keeps a missing friendly-city count missing, not zero', () => {
    const out = sisterCitySeries([
      makeRow('sisterCityTotals', {
        as_of: '2023-12',
        sister_cities: '54',
        friendly_exchange_cities: '125',
        source_id: 'x',
        source_url: '',
        quote: '',
      }),
      makeRow('sisterCityTotals', {
        as_of: '1982-12',
        sister_cities: '1',
        friendly_exchange_cities: '',
        source_id: 'y',
        source_url: '',
        quote: '',
      }),
    ]);
    expect(out.map((p) => [p.asOf, p.sisterCities, p.friendlyCities])).toEqual([
      ['1982-12', 1, null],
      ['2023-12', 54, 125],
    ]);
  });

  it('names a reference fact by the site it came from', () => {
    const [p] = sisterCitySeries([
      makeRow('sisterCityTotals', {
        as_of: '2015-10',
        sister_cities: '34',
        friendly_exchange_cities: '',
        source_id: 'reference',
        source_url: 'https://www.qhrd.gov.cn/a/b.html',
        quote: '',
      }),
    ]);
    expect(p!.sourceId).toBe('qhrd.gov.cn');
  });
});

describe('loanCoverage', () => {
  const data: Datasets = {
    districts,
    loanCoverage: [
      row<'loanCoverage'>({ program: '富民贷', district_code: '500242', since: '2021' }),
      row<'loanCoverage'>({ program: '富民贷', district_code: '500101', since: '2024-05' }),
      row<'loanCoverage'>({ program: '富民贷', district_code: '500102', since: '2024' }),
      row<'loanCoverage'>({ program: '富民贷', district_code: '500102', since: '2022' }),
      row<'loanCoverage'>({ program: '其他', district_code: '500103', since: '2021' }),
    ],
  };
  const out = loanCoverage(data);
  it('has one step per year 2021–2024 with a running total', () => {
    expect(out.years.map((y) => [y.year, y.added.map((a) => a.code), y.total])).toEqual([
      [2021, ['500242'], 1],
      [2022, ['500102'], 2],
      [2023, [], 2],
      [2024, ['500101'], 3],
    ]);
    expect(out.districtCount).toBe(4);
  });
  it('gives the coverage slide one click per year', () => {
    expect(deckShape(out)).toEqual([1, 1, 1, 1, 1, 4, 1]);
    expect(deckShape(loanCoverage({}))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
});

describe('municipalTargets', () => {
  it('groups the municipality’s targets by goal year, leaving out districts and actuals', () => {
    const out = municipalTargets([
      fig({
        figure_id: 'gdp',
        subject_code: '500000',
        value: '4000000000000',
        unit: '元',
        period: '2027',
      }),
      fig({ figure_id: 'fl', subject_code: '500102', value: '4000', unit: '亿元', period: '2027' }),
      fig({
        figure_id: 'act',
        subject_code: '500000',
        value: '3',
        unit: '万亿元',
        period: '2027',
        kind: 'actual',
      }),
      fig({ figure_id: 'later', subject_code: '500000', value: '1', unit: '%', period: '2035' }),
      fig({ figure_id: 'nodate', subject_code: '500000', value: '1', unit: '%', period: '' }),
    ]);
    expect(out.map((g) => [g.period, g.figures.map((f) => f.id)])).toEqual([
      ['2027', ['gdp']],
      ['2035', ['later']],
    ]);
  });

  it('leaves out a goal year with nothing to show, and adds goals set in words', () => {
    const only2027 = [fig({ figure_id: 'g', subject_code: '500000', value: '1', period: '2027' })];
    expect(municipalTargets(only2027).map((g) => g.period)).toEqual(['2027']);
    expect(goalYears(municipalTargets(only2027), 'en')).toBe('2027');
    const goal = makeRow('goals', {
      goal_id: 'x-1',
      horizon: '2035',
      subject_code: '500000',
      goal_zh: '基本建成现代化新城',
      source_id: 'x',
    });
    const out = municipalTargets(only2027, [goal]);
    expect(out.map((g) => [g.period, g.figures.length, g.goals.map((c) => c.textZh)])).toEqual([
      ['2027', 1, []],
      ['2035', 0, ['基本建成现代化新城']],
    ]);
    expect(goalYears(out, 'zh')).toBe('2027年与2035年');
    expect(goalYears(out, 'en')).toBe('2027 and 2035');
  });
});

describe('compactSessionName', () => {
  it('gives the dashboard’s shortest label for a narrow stage', () => {
    const mark = (id: string, nameZh: string, nameEn: string) => ({
      id,
      start: '2024-05-24',
      end: '2024-05-24',
      approximate: false,
      nameZh,
      nameEn,
      kind: 'plenary',
    });
    expect(compactSessionName(mark('plenary-6-5', '市委六届五次全会', '5th Plenary'), 'zh')).toBe(
      '五次全会',
    );
    expect(compactSessionName(mark('congress-6', '市第六次代表大会', '6th Congress'), 'en')).toBe(
      '6th congress',
    );
  });
});
