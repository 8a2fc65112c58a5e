import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeRow } from './rows';
import { figuresByPledge, latestPledges, markFigures, pledgesOf, statementsOf } from './pledges';

const p = (pledge_id: string, district_code: string, event_id: string, date: string) =>
  makeRow('pledges', { pledge_id, district_code, event_id, date });

describe('pledgesOf', () => {
  const pledges = [
    p('1', '500102', 'plenary-6-2', '2022-12-22'),
    p('2', '500102', 'plenary-6-5', '2024-05-25'),
    p('3', '500101', 'plenary-6-5', '2024-05-25'),
    p('4', '', 'plenary-6-5', '2024-05-24'),
    p('5', '500102', 'plenary-6-5', '2024-05-24'),
  ];
  it('lists a district’s statements newest first, grouped by session', () => {
    const groups = pledgesOf(pledges, { district: '500102' }, null);
    expect(groups.map((g) => [g.eventId, g.pledges.map((x) => x.pledge_id)])).toEqual([
      ['plenary-6-5', ['2', '5']],
      ['plenary-6-2', ['1']],
    ]);
  });
  it('gives each session one group even when its statements are not adjacent in time', () => {
    const mixed = [
      p('a', '', 'plenary-6-5', '2024-05-26'),
      p('b', '', 'plenary-6-2', '2024-05-25'),
      p('c', '', 'plenary-6-5', '2024-05-24'),
    ];
    expect(
      pledgesOf(mixed, 'municipal', null).map((g) => g.pledges.map((x) => x.pledge_id)),
    ).toEqual([['a', 'c'], ['b']]);
  });
  it('keeps only the selected session', () => {
    expect(pledgesOf(pledges, { district: '500102' }, 'plenary-6-2')).toHaveLength(1);
  });
  it('reaches the municipal bodies’ statements', () => {
    expect(pledgesOf(pledges, 'municipal', null)[0]!.pledges.map((x) => x.pledge_id)).toEqual([
      '4',
    ]);
  });
});

describe('markFigures', () => {
  it('marks numbers with their multiplier or percent sign', () => {
    const marked = markFigures('力争2027年全区工业产值突破4000亿元，增长8.5%，新增100余个。')
      .filter((s) => s.figure)
      .map((s) => s.text);
    expect(marked).toEqual(['2027', '4000亿', '8.5%', '100余']);
  });
  it('leaves a trailing comma outside the figure', () => {
    expect(markFigures('2163户，').map((s) => s.text)).toEqual(['2163', '户，']);
  });
  it('gives back the quote exactly when the segments are joined', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(
          markFigures(text)
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

describe('figuresByPledge', () => {
  it('groups figures under the statement they were said in', () => {
    const map = figuresByPledge([
      makeRow('figures', { figure_id: 'a', pledge_id: 'p1' }),
      makeRow('figures', { figure_id: 'b', pledge_id: 'p1' }),
      makeRow('figures', { figure_id: 'c', pledge_id: '' }),
    ]);
    expect([...map.keys()]).toEqual(['p1']);
    expect(map.get('p1')!.map((f) => f.figure_id)).toEqual(['a', 'b']);
  });
});

describe('latestPledges', () => {
  const pledges = [
    p('1', '500102', 'plenary-6-2', '2022-12-22'),
    p('2', '500102', 'plenary-6-5', '2024-05-25'),
    p('3', '', 'plenary-6-5', '2024-05-24'),
    p('4', '500101', 'plenary-6-5', '2024-05-26'),
  ];
  it('gives everyone’s newest statements first, as many as asked for', () => {
    const groups = latestPledges(pledges, null, 3);
    expect(groups.map((g) => [g.eventId, g.pledges.map((x) => x.pledge_id)])).toEqual([
      ['plenary-6-5', ['4', '2', '3']],
    ]);
  });
  it('keeps to the session asked for', () => {
    expect(latestPledges(pledges, 'plenary-6-2', 5)[0]!.pledges.map((x) => x.pledge_id)).toEqual([
      '1',
    ]);
    expect(latestPledges(pledges, 'plenary-6-9', 5)).toEqual([]);
  });
});

describe('statementsOf', () => {
  it('joins the passages of a statement the print layout cut (rows sharing a pledge_id)', () => {
    const rows = [
      makeRow('pledges', { pledge_id: '002-216', source_id: '002', start: '5112', quote: 'B' }),
      makeRow('pledges', { pledge_id: '002-216', source_id: '002', start: '216', quote: 'A' }),
      makeRow('pledges', { pledge_id: '002-900', source_id: '002', start: '900', quote: 'C' }),
    ];
    const statements = statementsOf(rows);
    expect(statements.map((s) => [s.pledge_id, s.quote, s.continued.map((c) => c.quote)])).toEqual([
      ['002-216', 'A', ['B']],
      ['002-900', 'C', []],
    ]);
    expect(pledgesOf(rows, 'municipal', null)[0]!.pledges).toHaveLength(2);
  });
});
