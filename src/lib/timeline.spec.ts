import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  brush,
  createTimeline,
  dayNumber,
  edge,
  isoOfDay,
  isZoomed,
  lastDayOf,
  layoutLane,
  laneItems,
  MIN_SPAN_DAYS,
  minorEventBuckets,
  panBy,
  resetZoom,
  reveal,
  step,
  ticks,
  toTimelineItems,
  visibleEvents,
  xOf,
  zoomBy,
  zoomTo,
  type EventRowLike,
} from './timeline';

const row = (
  event_id: string,
  kind: string,
  date_start: string,
  date_end = date_start,
  date_precision = 'day',
): EventRowLike => ({ event_id, kind, date_start, date_end, date_precision });

const ROWS = [
  row('plenary-6-5', 'plenary', '2024-05-24'),
  row('congress-6', 'congress', '2022-05-27', '2022-05-31'),
  row('plenary-6-1', 'plenary', '2022-05-31'),
  row('plenary-6-4', 'plenary', '2023-07-08', '2024-01-20', 'range'),
  row('press-2024-05-25', 'press_conference', '2024-05-25'),
  row('conference-2024-05', 'conference', '2024-05', '', 'month'),
  row('broken', 'plenary', 'soon'),
];
const ITEMS = toTimelineItems(ROWS);
const TODAY = '2025-09-01';

describe('dates', () => {
  it('reads days, months and years as whole UTC days', () => {
    expect(isoOfDay(dayNumber('2024-05-24')!)).toBe('2024-05-24');
    expect(isoOfDay(dayNumber('2024-05')!)).toBe('2024-05-01');
    expect(isoOfDay(lastDayOf('2024-02')!)).toBe('2024-02-29');
    expect(isoOfDay(lastDayOf('2024')!)).toBe('2024-12-31');
  });
  it('rejects what is not a date', () => {
    for (const bad of ['', 'soon', '2024-13-01', '2023-02-30', '24-05-01', '2024-05-01-02'])
      expect(dayNumber(bad)).toBeNull();
  });
});

describe('toTimelineItems', () => {
  it('puts sessions and other events on their own lanes, in date order', () => {
    expect(laneItems(ITEMS, 'session').map((i) => i.id)).toEqual([
      'congress-6',
      'plenary-6-1',
      'plenary-6-4',
      'plenary-6-5',
    ]);
    expect(laneItems(ITEMS, 'event').map((i) => i.id)).toEqual([
      'conference-2024-05',
      'press-2024-05-25',
    ]);
  });
  it('leaves out rows without a readable date', () => {
    expect(ITEMS.find((i) => i.id === 'broken')).toBeUndefined();
  });
  it('marks ranges whose exact date is unknown as uncertain, spanning the whole range', () => {
    const p4 = ITEMS.find((i) => i.id === 'plenary-6-4')!;
    expect(p4.uncertain).toBe(true);
    expect(isoOfDay(p4.end)).toBe('2024-01-20');
    const month = ITEMS.find((i) => i.id === 'conference-2024-05')!;
    expect([isoOfDay(month.start), isoOfDay(month.end), month.uncertain]).toEqual([
      '2024-05-01',
      '2024-05-31',
      true,
    ]);
    expect(ITEMS.find((i) => i.id === 'congress-6')!.uncertain).toBe(false);
  });
});

describe('zoom and pan', () => {
  const state = createTimeline(ITEMS, TODAY);
  it('starts showing 2022 to after today', () => {
    expect(isoOfDay(state.view[0])).toBe('2022-01-01');
    expect(state.view[1]).toBeGreaterThan(dayNumber(TODAY)!);
    expect(isZoomed(state)).toBe(false);
  });
  it('zooms in around the centre and back out to the full range', () => {
    const zoomed = zoomBy(state, 0.5);
    expect(zoomed.view[1] - zoomed.view[0]).toBeCloseTo((state.view[1] - state.view[0]) / 2);
    expect(isZoomed(zoomed)).toBe(true);
    expect(resetZoom(zoomed).view).toEqual(state.full);
    expect(zoomBy(zoomed, 100).view).toEqual(state.full);
  });
  it('never zooms in below a month nor outside the full range', () => {
    const tiny = zoomTo(state, 1000, 1001);
    expect(tiny.view[1] - tiny.view[0]).toBe(MIN_SPAN_DAYS);
    const early = panBy(zoomBy(state, 0.25), -100_000);
    expect(early.view[0]).toBe(state.full[0]);
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
        const v = zoomTo(state, a, b).view;
        expect(v[0]).toBeGreaterThanOrEqual(state.full[0]);
        expect(v[1]).toBeLessThanOrEqual(state.full[1]);
        expect(v[1] - v[0]).toBeGreaterThanOrEqual(MIN_SPAN_DAYS);
      }),
    );
  });
  it('brushes a dragged span into the view, either direction, and ignores a click', () => {
    const width = 1000;
    const a = dayNumber('2023-01-01')!;
    const b = dayNumber('2024-01-01')!;
    const x0 = xOf(state, a, width);
    const x1 = xOf(state, b, width);
    const brushed = brush(state, x1, x0, width);
    expect(brushed.view[0]).toBeCloseTo(a);
    expect(brushed.view[1]).toBeCloseTo(b);
    expect(brush(state, 100, 102, width)).toBe(state);
  });
  it('pans to reveal an item that keyboard focus moved off screen', () => {
    const zoomed = zoomTo(state, dayNumber('2022-04-01')!, dayNumber('2022-08-01')!);
    const p5 = ITEMS.find((i) => i.id === 'plenary-6-5')!;
    const shown = reveal(zoomed, p5);
    expect(shown.view[0]).toBeLessThanOrEqual(p5.start);
    expect(shown.view[1]).toBeGreaterThanOrEqual(p5.end);
    expect(shown.view[1] - shown.view[0]).toBeCloseTo(zoomed.view[1] - zoomed.view[0]);
    expect(reveal(shown, p5)).toBe(shown);
  });
});

describe('keyboard stepping', () => {
  it('walks a lane with arrows and jumps with Home/End', () => {
    expect(step(ITEMS, 'session', null, 1)).toBe('congress-6');
    expect(step(ITEMS, 'session', null, -1)).toBe('plenary-6-5');
    expect(step(ITEMS, 'session', 'congress-6', 1)).toBe('plenary-6-1');
    expect(step(ITEMS, 'session', 'plenary-6-5', 1)).toBe('plenary-6-5');
    expect(step(ITEMS, 'session', 'congress-6', -1)).toBe('congress-6');
    expect(edge(ITEMS, 'session', 'last')).toBe('plenary-6-5');
    expect(edge(ITEMS, 'event', 'first')).toBe('conference-2024-05');
    expect(step([], 'session', null, 1)).toBeNull();
  });
});

describe('ticks', () => {
  it('gives years over long spans and months over short ones', () => {
    const state = createTimeline(ITEMS, TODAY);
    const years = ticks(state);
    expect(years.every((t) => t.month === 1)).toBe(true);
    expect(years.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025]);
    const months = ticks(zoomTo(state, dayNumber('2024-01-15')!, dayNumber('2024-05-15')!));
    expect(months.map((t) => t.month)).toEqual([2, 3, 4, 5]);
  });
});

describe('layoutLane', () => {
  const state = createTimeline(ITEMS, TODAY);
  const sessions = laneItems(ITEMS, 'session');
  it('gives every hit area at least the minimum width', () => {
    for (const p of layoutLane(sessions, state, 800, 44))
      expect(p.width).toBeGreaterThanOrEqual(44);
  });
  it('moves overlapping items to another row', () => {
    const placed = layoutLane(sessions, state, 800, 44);
    const congress = placed.find((p) => p.item.id === 'congress-6')!;
    const first = placed.find((p) => p.item.id === 'plenary-6-1')!;
    expect(congress.row).not.toBe(first.row);
    // No two items in one row overlap.
    for (const p of placed)
      for (const q of placed)
        if (p !== q && p.row === q.row)
          expect(p.x + p.width <= q.x || q.x + q.width <= p.x).toBe(true);
  });
  it('draws a range as wide as its dates', () => {
    const p4 = layoutLane(sessions, state, 800, 44).find((p) => p.item.id === 'plenary-6-4')!;
    expect(p4.spanWidth).toBeGreaterThan(44);
  });
  it('leaves out items outside a zoomed view', () => {
    const zoomed = zoomTo(state, dayNumber('2024-03-01')!, dayNumber('2024-08-01')!);
    expect(layoutLane(sessions, zoomed, 800, 44).map((p) => p.item.id)).toEqual(['plenary-6-5']);
  });
});

describe('the events lane', () => {
  const rows: EventRowLike[] = [
    {
      ...row('press-2022-12-22', 'press_conference', '2022-12-22'),
      name_zh: '市委六届二次全会精神解读新闻发布会',
    },
    {
      ...row('press-2024-05-25', 'press_conference', '2024-05-25'),
      name_zh: '市委新闻发布会',
      name_en: 'Press conference on the 5th plenary session',
    },
    {
      ...row('press-2023-10-17', 'press_conference', '2023-10-17'),
      name_zh: '民营企业100强发布会',
    },
    row('meeting-2023-10-17', 'meeting', '2023-10-17'),
    row('publication-2023-10-16', 'publication', '2023-10-16'),
    row('visit-2024-04', 'visit', '2024-04', '', 'month'),
  ];
  const items = toTimelineItems(rows);
  it('keeps the sessions’ press conferences on their own, not every briefing', () => {
    expect(items.filter((i) => i.major).map((i) => i.id)).toEqual([
      'press-2022-12-22',
      'press-2024-05-25',
    ]);
  });
  it('collapses the other events into a count per quarter', () => {
    const buckets = minorEventBuckets(items);
    expect(buckets.map((b) => [b.key, b.items.length])).toEqual([
      ['2023-Q4', 3],
      ['2024-Q2', 1],
    ]);
    expect(isoOfDay(buckets[0]!.start)).toBe('2023-10-01');
    expect(isoOfDay(buckets[0]!.end)).toBe('2023-12-31');
  });
  it('shows a quarter’s events once opened, and a selected event always', () => {
    const ids = (opened: string[], selected: string | null) =>
      visibleEvents(items, new Set(opened), selected).map((i) => i.id);
    expect(ids([], null)).toEqual(['press-2022-12-22', 'press-2024-05-25']);
    expect(ids(['2024-Q2'], null)).toContain('visit-2024-04');
    expect(ids([], 'meeting-2023-10-17')).toContain('meeting-2023-10-17');
  });
});
