/**
 * The committed data/ is exactly what the seeds produce, and every row can be traced back to
 * the article text it quotes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/lib/schema';
import { buildData, type BuildResult } from './build';
import { parseCsv } from './csv';
import { readReference } from './reference';
import { readSources, type Source } from './sources';

let sources: Source[];
let built: BuildResult;
const texts = new Map<string, string>();

beforeAll(() => {
  sources = readSources('seeds');
  for (const s of sources) texts.set(s.id, s.text);
  built = buildData(sources, readReference('data'));
}, 60_000);

const rowsOf = (file: string) => parseCsv(readFileSync(join('data', file), 'utf8'), `data/${file}`);

describe('data/ regenerated from seeds/', () => {
  it('is byte-for-byte what is committed, for every generated file', () => {
    expect(built.files.size).toBeGreaterThanOrEqual(7);
    for (const [file, content] of built.files) {
      expect(readFileSync(join('data', file), 'utf8'), file).toBe(content);
    }
  });

  it('is deterministic: same input, even in another order, gives identical output', () => {
    const again = buildData([...sources].reverse(), readReference('data'));
    expect([...again.files]).toEqual([...built.files]);
  }, 60_000);

  it('writes UTF-8 with BOM, LF line ends and the schema’s columns', () => {
    for (const [file, content] of built.files) {
      expect(content.startsWith('\uFEFF'), file).toBe(true);
      expect(content.includes('\r'), file).toBe(false);
      const schema = Object.values(SCHEMAS).find((s) => s.file === file);
      if (schema)
        expect(content.slice(1, content.indexOf('\n')).split(','), file).toEqual([
          ...schema.columns,
        ]);
    }
  });
});

describe('provenance', () => {
  const generated = () => [...built.files.keys()];

  it('text.slice(start, end) === quote for every row of every file that has offsets', () => {
    let checked = 0;
    for (const file of readdirSync('data').filter((f) => f.endsWith('.csv'))) {
      const rows = rowsOf(file);
      if (!rows[0] || !('quote' in rows[0]) || !('start' in rows[0])) continue;
      rows.forEach((row, i) => {
        if (!row.source_id || row.start === '') return; // a reference-only row (has source_url)
        const text = texts.get(row.source_id!);
        expect(text, `${file}:${i + 2} source ${row.source_id}`).toBeDefined();
        expect(text!.slice(Number(row.start), Number(row.end)), `${file}:${i + 2}`).toBe(row.quote);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('rows without offsets quote their source verbatim, or name a reference URL', () => {
    for (const file of generated()) {
      const rows = rowsOf(file);
      if (!rows[0] || !('quote' in rows[0]) || 'start' in rows[0]) continue;
      rows.forEach((row, i) => {
        if (texts.has(row.source_id ?? ''))
          expect(texts.get(row.source_id!)!, `${file}:${i + 2}`).toContain(row.quote);
        else expect(row.source_url, `${file}:${i + 2}`).toMatch(/^https?:\/\//);
      });
    }
  });

  it('reference-only timeline rows carry a source URL', () => {
    for (const row of rowsOf('sessions.csv'))
      if (!row.source_id) expect(row.source_url, row.event_id).toMatch(/^https?:\/\//);
  });
});

describe('without a manifest', () => {
  it('infers every seed’s publication date from its text, and says so', () => {
    const undated = sources.map((s) => ({ ...s, date: '', dateFromManifest: false }));
    const result = buildData(undated, readReference('data'));
    const inferred = parseCsv(result.files.get('sources.csv')!, 'sources.csv');
    expect(inferred.map((r) => [r.source_id, r.date])).toEqual(sources.map((s) => [s.id, s.date]));
    expect(inferred.every((r) => r.date_source!.startsWith('inferred: '))).toBe(true);
    for (const s of sources)
      expect(result.warnings.some((w) => w.startsWith(`${s.file}:`) && w.includes(s.date))).toBe(
        true,
      );
  }, 60_000);
});

describe('English from the glossary', () => {
  it('gives every figure of the seeds English for what it measures and whose it is', () => {
    const figures = parseCsv(built.files.get('figures.csv')!, 'figures.csv');
    expect(figures.filter((f) => !f.indicator_en || !f.subject_en)).toEqual([]);
    expect(built.warnings.filter((w) => w.includes('glossary'))).toEqual([]);
  });

  it('leaves English empty and names the missing terms when the glossary lacks them', () => {
    const reference = { ...readReference('data'), glossary: { text: 'zh,en\n', file: 'g.csv' } };
    const result = buildData(sources, reference);
    const figures = parseCsv(result.files.get('figures.csv')!, 'figures.csv');
    expect(figures.every((f) => f.indicator_en === '')).toBe(true);
    // Districts still get their names from the reference list; other subjects do not.
    expect(figures.find((f) => f.subject_code === '500102')?.subject_en).toBe('Fuling');
    expect(figures.find((f) => f.subject_zh === '马上消费')?.subject_en).toBe('');
    const warning = result.warnings.find((w) => w.startsWith('g.csv: no English for'));
    expect(warning).toMatch(/工业产值/);
    expect(warning).toMatch(/马上消费|…/);
  }, 60_000);
});

describe('what the seeds yield', () => {
  it('every district and county party secretary in the seeds, with the right district', () => {
    const secretaries = rowsOf('pledges.csv')
      .filter((r) => /[区县]委书记$/.test(r.role!))
      .map((r) => `${r.source_id} ${r.speaker} ${r.district_code}`);
    expect(new Set(secretaries)).toEqual(
      new Set([
        '000 文天平 500152',
        '000 王志杰 500102',
        '000 谭庆 500151',
        '000 钱建超 500155',
        '000 李应兰 500116',
        '000 秦文敏 500120',
        '000 黄茂军 500103',
        '000 毛平 500231',
        '000 张国忠 500230',
        '004 张安疆 500152',
        '004 蒲彬彬 500154',
        '004 李春奎 500107',
        '004 陈一清 500111',
        '004 秦文敏 500120',
      ]),
    );
  });

  it('statements point at existing sessions and districts; municipal bodies have no district', () => {
    const events = new Set(rowsOf('sessions.csv').map((r) => r.event_id));
    const codes = new Set(rowsOf('districts.csv').map((r) => r.code));
    for (const r of rowsOf('pledges.csv')) {
      if (r.event_id) expect(events, r.pledge_id).toContain(r.event_id);
      if (r.said_at_event_id) expect(events, r.pledge_id).toContain(r.said_at_event_id);
      if (r.district_code) expect(codes, r.pledge_id).toContain(r.district_code);
      if (/^(?:市|团市委)/.test(r.org_zh!)) expect(r.district_code, r.pledge_id).toBe('');
    }
    const byOrg = (org: string) => rowsOf('pledges.csv').find((r) => r.org_zh === org);
    expect(byOrg('团市委')).toMatchObject({ event_id: 'plenary-6-5', district_code: '' });
  });

  it('the timeline has the 6th committee’s sessions and the events the articles date', () => {
    const ids = rowsOf('sessions.csv').map((r) => r.event_id);
    for (const id of [
      'congress-6',
      'plenary-6-1',
      'plenary-6-2',
      'plenary-6-3',
      'plenary-6-4',
      'plenary-6-5',
      'plenary-6-6',
      'plenary-6-7',
      'press-2022-12-22',
      'press-2024-05-25',
      'visit-2024-04',
      'conference-2024-05-22',
      'publication-2023-10-16',
      'meeting-2023-10-17',
    ])
      expect(ids).toContain(id);
  });
});
