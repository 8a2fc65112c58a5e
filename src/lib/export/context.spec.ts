import { describe, expect, it } from 'vitest';
import type { Datasets } from '../load';
import { DEFAULT_VIEW_STATE, METRICS } from '../view-state';
import { computeMetric } from '../metrics';
import { embedDatasets, exportContext, fileStem, sourceGroups, type ExportInput } from './context';

const DATA = {
  districts: [{ code: '500101', name_zh: '万州区', name_en: 'Wanzhou' }],
  pledges: [
    {
      pledge_id: 'p1',
      event_id: 'plenary-6-5',
      district_code: '500101',
      quote: '加快建设',
      start: '120',
      end: '168',
      source_id: '000',
    },
  ],
  sources: [
    {
      source_id: '000',
      date: '2024-05-25',
      title: '全会报道',
      outlet: '重庆日报',
      url: 'https://paper.example/a https://reprint.example/b',
    },
    { source_id: '001', date: '2024-05-26', title: '决议', outlet: '重庆晨报', url: '' },
  ],
} as unknown as Datasets;

const input = (over: Partial<ExportInput> = {}): ExportInput => ({
  chart: 'pledges',
  state: { ...DEFAULT_VIEW_STATE, district: '500101', mode: 'embed', chart: 'pledges' },
  data: DATA,
  pageUrl: 'https://g.example/cq/?mode=embed&chart=pledges&district=500101',
  today: '2026-11-21',
  words: { title: { zh: '区县表态', en: 'District pledges' }, subtitle: { zh: '副', en: 'sub' } },
  labels: {
    source: '来源：',
    publicRecords: '公开资料',
    dataAsOf: (d) => `数据截至 ${d}`,
    downloaded: (d) => `下载于 ${d}`,
  },
  ...over,
});

describe('exportContext', () => {
  const c = exportContext(input());
  it('names the metric and the session in the map’s and the ranking’s titles', () => {
    const state = { ...DEFAULT_VIEW_STATE, session: 'plenary-6-5', mode: 'embed' as const };
    const map = exportContext(input({ chart: 'map', state: { ...state, chart: 'map' } }));
    expect(map.text.title).toBe('区县表态：五次全会后的表态');
    expect(map.cite.en.title).toBe('District pledges: Statements after the 5th plenary');
    const ranking = exportContext(
      input({ chart: 'ranking', state: { ...state, chart: 'ranking', lang: 'en' } }),
    );
    expect(ranking.text.title).toBe('District pledges: Statements after the 5th plenary');
  });
  it('names the selected district in the title and dates the data by its sources', () => {
    expect(c.text.title).toBe('万州区：区县表态');
    expect(c.text.source).toContain('重庆日报');
    expect(c.text.date).toBe('数据截至 2024-05-25 · 下载于 2026-11-21');
    expect(c.cite.en.title).toBe('Wanzhou: District pledges');
  });
  it('names source articles by outlet and date, linked to the original, and no data files', () => {
    expect(c.sourceGroups).toEqual([
      {
        outlet: '重庆日报',
        articles: [
          { id: '000', date: '2024-05-25', title: '全会报道', href: 'https://paper.example/a' },
        ],
      },
    ]);
    expect(c.text.source).toBe('来源：重庆日报 2024-05-25 · 图表：重庆全会数据追踪');
    expect(c.text.source).not.toMatch(/\.csv|data\//);
    expect(c.publicRecords).toBe(false);
  });
  it('carries the host’s credit into the images, the citation and the embed code', () => {
    const credited = exportContext(
      input({
        state: {
          ...DEFAULT_VIEW_STATE,
          district: '500101',
          mode: 'embed',
          chart: 'pledges',
          credit: '新闻报',
        },
      }),
    );
    expect(credited.credit).toBe('图表：新闻报');
    expect(credited.text.source).toContain('图表：新闻报');
    expect(credited.cite.zh.credit).toBe('新闻报');
    expect(credited.cite.en.credit).toBe('新闻报');
    expect(credited.cite.en.outlets).toEqual(['Chongqing Daily']);
    expect(credited.embedCode).toContain('credit=%E6%96%B0%E9%97%BB%E6%8A%A5');
  });
  it('gives a dashboard link without embed parameters and embed code for the same state', () => {
    expect(c.dashboardHref).toBe('https://g.example/cq/?district=500101');
    expect(c.embedCode).toContain('chart=pledges&amp;district=500101');
    expect(c.fileStem).toBe('cq-pledges-500101-2026-11-21');
  });
});

describe('reference sources', () => {
  it('names reference facts once, as public records, instead of listing their domains', () => {
    const data = {
      sisterCityTotals: [
        {
          as_of: '2015-10',
          sister_cities: '34',
          source_id: 'reference',
          source_url: 'https://www.qhrd.gov.cn/a',
        },
        {
          as_of: '2024-05',
          sister_cities: '56',
          source_id: 'reference',
          source_url: 'https://m.fx361.cc/b',
        },
      ],
    } as unknown as Datasets;
    const c = exportContext(input({ chart: 'sister-cities', data }));
    expect(c.sourceGroups).toEqual([]);
    expect(c.publicRecords).toBe(true);
    expect(c.text.source).toBe('来源：公开资料 · 图表：重庆全会数据追踪');
  });
});

describe('file names', () => {
  const state = { ...DEFAULT_VIEW_STATE, metric: 'targets' as const, session: 'plenary-6-5' };
  it('name the chart and its scope; the metric only where the view colours by one', () => {
    expect(fileStem('map', state, '2026-11-21')).toBe('cq-map-targets-plenary-6-5-2026-11-21');
    expect(fileStem('loans', { ...state, district: '500102' }, '2026-11-21')).toBe(
      'cq-loans-500102-2026-11-21',
    );
    expect(fileStem('sister-cities', DEFAULT_VIEW_STATE, '2026-11-21')).toBe(
      'cq-sister-cities-2026-11-21',
    );
  });
});

describe('source links', () => {
  it('never link an address that is not http(s)', () => {
    const info = (url: string) => ({ title: 't', outlet: '重庆日报', date: '2024-05-25', url });
    const sources = new Map([
      ['a', info('javascript:alert(1) https://news.example/a')],
      ['b', info('javascript:alert(1)')],
      ['c', info(' data:text/html,x')],
    ]);
    const [group] = sourceGroups(['a', 'b', 'c'], sources);
    expect(group!.articles.map((x) => x.href)).toEqual(['https://news.example/a', null, null]);
  });
});

describe('embedDatasets', () => {
  it('a map embed fetches districts, its metric and sources, not the other views’ files', () => {
    expect(embedDatasets('map', 'statements')).toEqual([
      'districts',
      'pledges',
      'sessions',
      'sources',
    ]);
    expect(embedDatasets('map', 'loans')).toEqual([
      'districts',
      'loanCoverage',
      'sessions',
      'sources',
    ]);
    expect(embedDatasets('map', 'region')).toEqual(['districts', 'sources']);
  });

  it('every file a metric reports missing when nothing is loaded is one the map embed fetches', () => {
    for (const metric of METRICS) {
      const files = embedDatasets('map', metric);
      expect(files).toContain('sources');
      for (const name of computeMetric(metric, {}, null).missing) expect(files).toContain(name);
    }
  });

  it('other views keep their own files, once each, plus sources', () => {
    expect(embedDatasets('loans', 'statements')).toEqual([
      'loans',
      'loanCoverage',
      'districts',
      'sources',
    ]);
    expect(embedDatasets('source', 'statements')).toEqual(['sources']);
  });
});
