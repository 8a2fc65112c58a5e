import { describe, expect, it } from 'vitest';
import type { Datasets } from '../load';
import { DEFAULT_VIEW_STATE, METRICS } from '../view-state';
import { computeMetric } from '../metrics';
import { embedDatasets, exportContext, type ExportInput } from './context';

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
  sources: [{ source_id: '000', date: '2024-05-25', title: '全会报道', outlet: '重庆日报' }],
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
    dataAsOf: (d) => `数据截至 ${d}`,
    downloaded: (d) => `下载于 ${d}`,
  },
  ...over,
});

describe('exportContext', () => {
  const c = exportContext(input());
  it('names the selected district in the title and dates the data by its sources', () => {
    expect(c.text.title).toBe('万州区：区县表态');
    expect(c.text.source).toContain('重庆日报');
    expect(c.text.date).toBe('数据截至 2024-05-25 · 下载于 2026-11-21');
    expect(c.cite.en.title).toBe('Wanzhou: District pledges');
  });
  it('links each source to its sentence in the dashboard and each data file', () => {
    const article = c.sourceLinks[0]!;
    expect(article.label).toBe('重庆日报 2024-05-25');
    const url = new URL(article.href);
    expect(url.searchParams.get('quote')).toBe('000:120-168');
    expect(url.searchParams.has('mode')).toBe(false);
    expect(c.sourceLinks.map((l) => l.label)).toContain('pledges.csv');
    expect(c.sourceLinks.find((l) => l.label === 'pledges.csv')!.href).toBe(
      'https://g.example/cq/data/pledges.csv',
    );
  });
  it('gives a dashboard link without embed parameters and embed code for the same state', () => {
    expect(c.dashboardHref).toBe('https://g.example/cq/?district=500101');
    expect(c.embedCode).toContain('chart=pledges&amp;district=500101');
    expect(c.fileStem).toBe('cq-pledges-500101-statements-2026-11-21');
  });
});

describe('reference sources', () => {
  it('links rows from reference tables to their own pages, one link per page', () => {
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
        {
          as_of: '2024-06',
          sister_cities: '56',
          source_id: 'reference',
          source_url: 'https://m.fx361.cc/b',
        },
      ],
    } as unknown as Datasets;
    const c = exportContext(input({ chart: 'sister-cities', data }));
    expect(c.sourceLinks).toEqual([
      { label: 'qhrd.gov.cn', href: 'https://www.qhrd.gov.cn/a' },
      { label: 'm.fx361.cc', href: 'https://m.fx361.cc/b' },
      { label: 'sister_city_totals.csv', href: 'https://g.example/cq/data/sister_city_totals.csv' },
    ]);
  });
});

describe('source links', () => {
  it('never link an address that is not http(s)', () => {
    const data = {
      sisterCityTotals: [
        {
          as_of: '2024-05',
          sister_cities: '56',
          source_id: 'reference',
          source_url: 'javascript:alert(1)',
        },
        {
          as_of: '2024-06',
          sister_cities: '57',
          source_id: 'reference',
          source_url: 'https://m.fx361.cc/b',
        },
      ],
    } as unknown as Datasets;
    const c = exportContext(input({ chart: 'sister-cities', data }));
    expect(c.sourceLinks.map((l) => l.href)).toEqual([
      'https://m.fx361.cc/b',
      'https://g.example/cq/data/sister_city_totals.csv',
    ]);
  });
});

describe('embedDatasets', () => {
  it('a map embed fetches districts, its metric and sources, not the other views’ files', () => {
    expect(embedDatasets('map', 'statements')).toEqual(['districts', 'pledges', 'sources']);
    expect(embedDatasets('map', 'loans')).toEqual(['districts', 'loanCoverage', 'sources']);
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
