import { describe, expect, it } from 'vitest';
import type { Datasets } from '../load';
import { citedSources, dataAsOf, sourceIndex, viewQuotes, viewTable } from './tables';

const district = (code: string, name_zh: string) => ({
  code,
  name_zh,
  name_en: name_zh,
  kind: 'district',
  region: 'ne',
  region_zh: '渝东北',
  region_en: 'NE',
  former_name_zh: '',
  former_code: '',
  aliases_zh: '',
});
const pledge = (pledge_id: string, district_code: string, event_id: string, source_id: string) => ({
  pledge_id,
  event_id,
  date: '2024-05-24',
  district_code,
  org_zh: '',
  speaker: '',
  role: '',
  quote: `承诺${pledge_id}`,
  start: '10',
  end: '20',
  source_id,
});

const DATA = {
  districts: [district('500101', '万州区'), district('500102', '涪陵区')],
  pledges: [
    pledge('p1', '500101', 'plenary-6-5', '000'),
    pledge('p2', '500101', 'plenary-6-4', '003'),
    pledge('p3', '500102', 'plenary-6-5', '000'),
  ],
  sources: [
    {
      source_id: '000',
      file: '',
      sha256: '',
      date: '2024-05-25',
      title: 'A',
      outlet: '重庆日报',
      date_source: '',
    },
    {
      source_id: '003',
      file: '',
      sha256: '',
      date: '2023-10-18',
      title: 'B',
      outlet: '重庆日报',
      date_source: '',
    },
  ],
} as unknown as Datasets;

describe('viewTable', () => {
  it('gives the map one row per district, with the value it shows', () => {
    const t = viewTable('map', DATA, {
      district: null,
      session: 'plenary-6-5',
      metric: 'statements',
    });
    expect(t.rows.map((r) => [r.district_code, r.value, r.quotes])).toEqual([
      ['500101', 1, 1],
      ['500102', 1, 1],
    ]);
    expect(new Set(t.rows.map((r) => r.district_code)).size).toBe(t.rows.length);
    expect(t.columns.slice(0, 2)).toEqual(['district_code', 'name_zh']);
    expect(t.rows[0]).toMatchObject({ value_zh: '1 条表态', value_en: '1 statement' });
  });

  it('offers the sentences behind the map as a second table, one row per record', () => {
    const q = viewQuotes('map', DATA, { district: null, session: null, metric: 'statements' })!;
    expect(q.rows.map((r) => [r.district_code, r.quote])).toEqual([
      ['500101', '承诺p1'],
      ['500101', '承诺p2'],
      ['500102', '承诺p3'],
    ]);
    expect(viewQuotes('loans', DATA, { district: null, session: null, metric: 'x' })).toBeNull();
  });

  it('names a district without records not reported: empty value, no class, no quotes', () => {
    const t = viewTable('map', DATA, {
      district: null,
      session: 'plenary-6-4',
      metric: 'statements',
    });
    expect(t.rows.find((r) => r.district_code === '500102')).toMatchObject({
      status: 'not_reported',
      value: '',
      class: '',
      quotes: '',
    });
    expect(t.rows.find((r) => r.district_code === '500101')).toMatchObject({
      status: 'reported',
      value: 1,
      class: '1',
      session: 'plenary-6-4',
    });
    const none = viewTable(
      'map',
      { districts: DATA.districts },
      {
        district: null,
        session: null,
        metric: 'statements',
      },
    );
    expect(none.rows[0]).toMatchObject({ value: '', quotes: '' });
  });

  it('filters the pledge list by district and session', () => {
    const t = viewTable('pledges', DATA, {
      district: '500101',
      session: null,
      metric: 'statements',
    });
    expect(t.rows.map((r) => r.pledge_id)).toEqual(['p1', 'p2']);
    const one = viewTable('pledges', DATA, {
      district: '500101',
      session: 'plenary-6-4',
      metric: 'x',
    });
    expect(one.rows.map((r) => r.pledge_id)).toEqual(['p2']);
  });

  it('gives an empty table, not an error, when a dataset is not there yet', () => {
    expect(viewTable('timeline', {}, { district: null, session: null, metric: 'x' }).rows).toEqual(
      [],
    );
  });
});

describe('sources of a table', () => {
  it('lists each cited source once and dates the data by the latest one', () => {
    const t = viewTable('pledges', DATA, { district: null, session: null, metric: 'statements' });
    expect(citedSources(t.rows)).toEqual(['000', '003']);
    expect(dataAsOf(t.rows, sourceIndex(DATA))).toBe('2024-05-25');
  });
});

describe('review status in downloads', () => {
  it('marks each row read from an article as reviewed or machine-read, not yet checked', () => {
    const figure = (figure_id: string, reviewed_by: string) => ({
      figure_id,
      subject_code: '500101',
      kind: 'target',
      value: '1',
      source_id: '000',
      pledge_id: '',
      reviewed_by,
      reviewed_at: reviewed_by ? '2026-01-01' : '',
    });
    const data = { figures: [figure('a', '编辑甲'), figure('b', '')] } as unknown as Datasets;
    const t = viewTable('targets', data, { district: null, session: null, metric: 'statements' });
    expect(t.columns).toContain('review_status');
    expect(t.rows.map((r) => r.review_status)).toEqual([
      '已核 / reviewed',
      '机器读取，待核 / machine-read, not yet checked',
    ]);
    // Reference rows (no reviewed_by) are not marked.
    const sources = viewTable(
      'source',
      { sources: [{ source_id: '000' }] } as unknown as Datasets,
      {
        district: null,
        session: null,
        metric: 'statements',
      },
    );
    expect(sources.columns).not.toContain('review_status');
  });
});
