import { describe, expect, it } from 'vitest';
import type { Datasets } from './load';
import { makeRow } from './rows';
import { headlineDek, headlineFacts, headlineText } from './headline';

const district = (code: string) => makeRow('districts', { code, name_zh: code, name_en: code });
const pledge = (id: string, district_code: string, event_id: string) =>
  makeRow('pledges', { pledge_id: id, district_code, event_id, source_id: 'x', quote: id });
const target = (id: string, subject_code: string, pledge_id: string) =>
  makeRow('figures', { figure_id: id, subject_code, pledge_id, kind: 'target', value: '1' });
const session = (event_id: string) => makeRow('sessions', { event_id, kind: 'plenary' });

// Invented: three districts, two sessions; one body without a district speaks after session 3.
const DATA: Datasets = {
  districts: ['500101', '500102', '500103'].map(district),
  sessions: [session('plenary-6-3'), session('plenary-6-4')],
  pledges: [
    pledge('a', '500101', 'plenary-6-3'),
    pledge('b', '500102', 'plenary-6-3'),
    pledge('c', '500102', 'plenary-6-3'),
    pledge('d', '', 'plenary-6-3'),
    pledge('e', '500103', 'plenary-6-4'),
  ],
  figures: [target('f1', '500102', 'c'), target('f2', '500103', 'e')],
};

describe('headline', () => {
  it('states what the data shows for the selected session, in both languages', () => {
    const zh = headlineFacts(DATA, 'plenary-6-3', '2016', 'zh')!;
    expect(headlineText(zh, 'zh')).toBe('三次全会后，38个区县中2个作出表态，其中1个提出量化目标');
    expect(headlineDek(zh, 'zh')).toBe('共4条表态：区县3条，其他机构1条');
    const en = headlineFacts(DATA, 'plenary-6-3', '2016', 'en')!;
    expect(headlineText(en, 'en')).toBe(
      'After the 3rd plenary, 2 of the 38 districts and counties made statements; 1 of them set numeric targets',
    );
    expect(headlineDek(en, 'en')).toBe('4 statements in all: 3 by districts, 1 by other bodies');
  });

  it('stays true when the data changes', () => {
    const more: Datasets = {
      ...DATA,
      pledges: [...DATA.pledges!, pledge('g', '500103', 'plenary-6-3')],
      figures: [...DATA.figures!, target('f3', '500101', 'a')],
    };
    const f = headlineFacts(more, 'plenary-6-3', '2016', 'zh')!;
    expect(headlineText(f, 'zh')).toBe('三次全会后，38个区县中3个作出表态，其中2个提出量化目标');
  });

  it('covers every session when none is selected', () => {
    const f = headlineFacts(DATA, null, '2016', 'zh')!;
    expect(headlineFacts(DATA, null, '2025', 'zh')!.units).toBe(37);
    expect(headlineText(f, 'zh')).toBe('历次全会后，38个区县中3个作出表态，其中2个提出量化目标');
    expect(headlineText(headlineFacts(DATA, null, '2016', 'en')!, 'en')).toMatch(
      /^After the plenary sessions, 3 of the 38 districts and counties made statements; 2 of them/,
    );
  });

  it('leaves zero targets unsaid and says so plainly when no district spoke', () => {
    const noTargets = { ...DATA, figures: [] };
    expect(headlineText(headlineFacts(noTargets, 'plenary-6-3', '2016', 'zh')!, 'zh')).toBe(
      '三次全会后，38个区县中2个作出表态',
    );
    const one = headlineFacts(DATA, 'plenary-6-4', '2016', 'en')!;
    expect(headlineText(one, 'en')).toBe(
      'After the 4th plenary, 1 of the 38 districts and counties made statements; it set numeric targets',
    );
    const none = headlineFacts({ ...DATA, pledges: [] }, 'plenary-6-4', '2016', 'zh')!;
    expect(headlineText(none, 'zh')).toBe('四次全会后，暂无区县表态记录');
  });

  it('gives nothing while the statements are not loaded', () => {
    expect(headlineFacts({ districts: DATA.districts }, null, '2016', 'zh')).toBeNull();
  });

  it('English headlines hold no Chinese and no full-width punctuation', () => {
    for (const s of [null, 'plenary-6-3', 'plenary-6-4']) {
      const f = headlineFacts(DATA, s, '2016', 'en')!;
      expect(headlineText(f, 'en') + headlineDek(f, 'en')).not.toMatch(
        /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/,
      );
    }
  });
});
