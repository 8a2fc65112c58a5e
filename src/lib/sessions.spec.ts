import { describe, expect, it } from 'vitest';
import {
  figuresForSession,
  pledgesForSession,
  shortEventLabel,
  type EventRow,
  type FigureRow,
  type PledgeRow,
} from './sessions';
import { makeRow } from './rows';

const event = (event_id: string, kind: string, source_id = ''): EventRow =>
  makeRow('sessions', {
    event_id,
    kind,
    date_start: '2024-05-24',
    date_precision: 'day',
    name_zh: `${event_id} 中文`,
    name_en: `${event_id} English`,
    source_id,
  });
const pledge = (pledge_id: string, event_id: string, source_id = '000'): PledgeRow =>
  makeRow('pledges', { pledge_id, event_id, district_code: '500101', source_id });
const figure = (figure_id: string, pledge_id: string, source_id: string): FigureRow =>
  makeRow('figures', { figure_id, pledge_id, source_id, subject_code: '500101', kind: 'target' });

describe('shortEventLabel', () => {
  it('names plenaries and the congress briefly in both languages', () => {
    expect(shortEventLabel(event('plenary-6-5', 'plenary'), 'zh')).toBe('五次全会');
    expect(shortEventLabel(event('plenary-6-2', 'plenary'), 'en')).toBe('2nd plenary');
    expect(shortEventLabel(event('plenary-6-1', 'plenary'), 'en')).toBe('1st plenary');
    expect(shortEventLabel(event('congress-6', 'congress'), 'zh')).toBe('六次党代会');
    expect(shortEventLabel(event('congress-6', 'congress'), 'en')).toBe('6th congress');
  });
  it('uses the full name for other events', () => {
    expect(shortEventLabel(event('press-2024-05-25', 'press_conference'), 'en')).toBe(
      'press-2024-05-25 English',
    );
  });
});

describe('responses to a session', () => {
  const pledges = [pledge('p1', 'plenary-6-5'), pledge('p2', 'plenary-6-2', '002')];
  const events = [event('plenary-6-2', 'plenary', '004')];
  it('keeps only statements about the selected session', () => {
    expect(pledgesForSession(pledges, 'plenary-6-5').map((p) => p.pledge_id)).toEqual(['p1']);
    expect(pledgesForSession(pledges, null)).toHaveLength(2);
  });
  it('counts a statement printed in two passages (two rows, one pledge_id) once', () => {
    const cut = [...pledges, { ...pledge('p1', 'plenary-6-5'), start: '9000' }];
    expect(pledgesForSession(cut, 'plenary-6-5')).toHaveLength(1);
  });
  it('joins figures through their statement, or else through their article', () => {
    const figures = [
      figure('f1', 'p1', '000'),
      figure('f2', 'p2', '002'),
      figure('f3', '', '002'),
      figure('f4', '', '004'),
      figure('f5', '', '999'),
    ];
    const ids = (s: string) =>
      figuresForSession(figures, pledges, events, s).map((f) => f.figure_id);
    expect(ids('plenary-6-5')).toEqual(['f1']);
    expect(ids('plenary-6-2')).toEqual(['f2', 'f3', 'f4']);
  });
});
