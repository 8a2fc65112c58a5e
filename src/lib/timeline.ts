/**
 * The timeline's headless controller: dated items on two lanes (sessions; other events), a time
 * domain that can be zoomed, panned and brushed, keyboard stepping, ticks and a row layout that
 * keeps touch targets from overlapping. On the events lane only the sessions' own press
 * conferences stand alone; other events (meetings, visits, a ranking release) collapse into a
 * count per quarter that the reader can open. Dates are whole UTC days (days since 1970-01-01), so the
 * viewer's time zone never moves a session to the day before.
 * Owns: time arithmetic and layout in pixels of a given width. Knows nothing about the DOM.
 */
import { compareIds } from './order';

export const DAY_MS = 86_400_000;
/** The 6th committee's story starts in 2022 (congress in May). */
export const TIMELINE_START = '2022-01-01';
/** Goal years the sessions set, marked ahead of today. */
export const GOAL_YEARS = [2027, 2035] as const;
/** Zooming in stops at one month: shorter spans show nothing a month cannot. */
export const MIN_SPAN_DAYS = 31;
/** Room after the last item or today, so markers at the edge are not cut off. */
const END_PAD_DAYS = 45;
/** A drag shorter than this is a click, not a brush. */
const MIN_BRUSH_PX = 6;

export type Lane = 'session' | 'event';
export const SESSION_KINDS: readonly string[] = ['congress', 'plenary'];

export interface TimelineItem {
  id: string;
  lane: Lane;
  kind: string;
  /** First day (inclusive). */
  start: number;
  /** Last day (inclusive); equal to start for a one-day event. */
  end: number;
  /** The exact date is not known: draw the whole range it may fall in. */
  uncertain: boolean;
  /** Stands on its own: a congress, a plenary, or a press conference about one. */
  major: boolean;
}

/** The columns of data/sessions.csv the timeline needs. */
export interface EventRowLike {
  event_id: string;
  kind: string;
  date_start: string;
  date_end: string;
  date_precision: string;
  name_zh?: string;
  name_en?: string;
}

/** A press conference about a congress or plenary (its name says which), not any briefing. */
const SESSION_PRESS_ZH = /全会|全体会议|党代会|代表大会/;
const SESSION_PRESS_EN = /plenary|congress/i;

export function isMajorEvent(row: EventRowLike): boolean {
  if (SESSION_KINDS.includes(row.kind)) return true;
  return (
    row.kind === 'press_conference' &&
    (SESSION_PRESS_ZH.test(row.name_zh ?? '') || SESSION_PRESS_EN.test(row.name_en ?? ''))
  );
}

/** "2024-05-24" → day number; "2024-05" and "2024" give the first day. Null when not a date. */
export function dayNumber(iso: string): number | null {
  const parts = iso.trim().split('-');
  if (parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return null;
  const [y, m = 1, d = 1] = parts.map(Number) as [number, number?, number?];
  if (parts[0]!.length !== 4 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  if (date.getUTCMonth() !== m - 1) return null; // 2023-02-30
  return Math.round(ms / DAY_MS);
}

/** Last day of a period: "2024-05" → 2024-05-31, "2024" → 2024-12-31, a day → itself. */
export function lastDayOf(iso: string): number | null {
  const parts = iso.trim().split('-');
  const first = dayNumber(iso);
  if (first === null) return null;
  if (parts.length === 3) return first;
  const [y, m] = parts.map(Number) as [number, number?];
  const next = m === undefined ? Date.UTC(y + 1, 0, 1) : Date.UTC(y, m, 1);
  return Math.round(next / DAY_MS) - 1;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Rows of data/sessions.csv → items sorted by start, then id. Rows without a date are left out. */
export function toTimelineItems(rows: readonly EventRowLike[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const row of rows) {
    const start = dayNumber(row.date_start);
    const end = lastDayOf(row.date_end || row.date_start);
    if (start === null || end === null) continue;
    items.push({
      id: row.event_id,
      lane: SESSION_KINDS.includes(row.kind) ? 'session' : 'event',
      kind: row.kind,
      start,
      end: Math.max(start, end),
      uncertain: row.date_precision !== 'day' && row.date_precision !== '',
      major: isMajorEvent(row),
    });
  }
  return items.sort((a, b) => a.start - b.start || compareIds(a.id, b.id));
}

export interface TimelineState {
  /** Everything there is to see: TIMELINE_START to today (or the last item), padded. */
  readonly full: readonly [number, number];
  /** What is on screen now. */
  readonly view: readonly [number, number];
}

export function createTimeline(items: readonly TimelineItem[], today: string): TimelineState {
  const from = dayNumber(TIMELINE_START)!;
  const lastItem = items.reduce((max, item) => Math.max(max, item.end), from);
  const to = Math.max(dayNumber(today) ?? lastItem, lastItem) + END_PAD_DAYS;
  return { full: [from, to], view: [from, to] };
}

/** Shows [from, to], kept inside the full domain and at least MIN_SPAN_DAYS long. */
export function zoomTo(state: TimelineState, from: number, to: number): TimelineState {
  const [min, max] = state.full;
  let a = Math.min(from, to);
  let b = Math.max(from, to);
  const span = Math.min(Math.max(b - a, MIN_SPAN_DAYS), max - min);
  a = Math.min(Math.max(a, min), max - span);
  b = a + span;
  return { full: state.full, view: [a, b] };
}

/** factor < 1 zooms in, > 1 zooms out, around `center` (the middle of the view by default). */
export function zoomBy(state: TimelineState, factor: number, center?: number): TimelineState {
  const [a, b] = state.view;
  const c = center ?? (a + b) / 2;
  return zoomTo(state, c - (c - a) * factor, c + (b - c) * factor);
}

export function panBy(state: TimelineState, days: number): TimelineState {
  return zoomTo(state, state.view[0] + days, state.view[1] + days);
}

export function resetZoom(state: TimelineState): TimelineState {
  return { full: state.full, view: state.full };
}

export function isZoomed(state: TimelineState): boolean {
  return state.view[0] !== state.full[0] || state.view[1] !== state.full[1];
}

/** Pans just enough to bring an item into view (keyboard focus moved off screen). */
export function reveal(state: TimelineState, item: TimelineItem): TimelineState {
  const [a, b] = state.view;
  if (item.start >= a && item.end <= b) return state;
  const span = b - a;
  if (item.end - item.start >= span) return zoomTo(state, item.start, item.end);
  const from = item.start < a ? item.start - span * 0.1 : item.end - span * 0.9;
  return zoomTo(state, from, from + span);
}

/** Pixel position of a day on a track `width` pixels wide. */
export function xOf(state: TimelineState, day: number, width: number): number {
  const [a, b] = state.view;
  return ((day - a) / (b - a)) * width;
}

export function dayAt(state: TimelineState, x: number, width: number): number {
  const [a, b] = state.view;
  return a + (x / width) * (b - a);
}

/** A drag from x0 to x1 zooms to that span; a drag shorter than a few pixels does nothing. */
export function brush(state: TimelineState, x0: number, x1: number, width: number): TimelineState {
  if (Math.abs(x1 - x0) < MIN_BRUSH_PX || width <= 0) return state;
  return zoomTo(state, dayAt(state, x0, width), dayAt(state, x1, width));
}

export interface Tick {
  day: number;
  year: number;
  /** 1–12; 1 marks a year boundary. */
  month: number;
}

/** Year ticks for spans over two years, quarters over half a year, months below. */
export function ticks(state: TimelineState): Tick[] {
  const [a, b] = state.view;
  const span = b - a;
  const step = span > 730 ? 12 : span > 180 ? 3 : 1;
  const out: Tick[] = [];
  const first = new Date(a * DAY_MS);
  const year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  month = Math.ceil(month / step) * step;
  for (;;) {
    const day = Math.round(Date.UTC(year, month, 1) / DAY_MS);
    if (day > b) break;
    if (day >= a) out.push({ day, year: year + Math.floor(month / 12), month: (month % 12) + 1 });
    month += step;
  }
  return out;
}

/** Items of one lane in display order (the order arrow keys walk). */
export function laneItems(items: readonly TimelineItem[], lane: Lane): TimelineItem[] {
  return items.filter((item) => item.lane === lane);
}

/** The next (delta > 0) or previous item of a lane; from nothing, the first or the last. */
export function step(
  items: readonly TimelineItem[],
  lane: Lane,
  current: string | null,
  delta: number,
): string | null {
  const list = laneItems(items, lane);
  if (!list.length) return null;
  const index = list.findIndex((item) => item.id === current);
  if (index < 0) return (delta > 0 ? list[0] : list[list.length - 1])!.id;
  const next = Math.min(Math.max(index + delta, 0), list.length - 1);
  return list[next]!.id;
}

export function edge(
  items: readonly TimelineItem[],
  lane: Lane,
  which: 'first' | 'last',
): string | null {
  const list = laneItems(items, lane);
  const item = which === 'first' ? list[0] : list[list.length - 1];
  return item?.id ?? null;
}

export interface PlacedItem {
  item: TimelineItem;
  /** Left edge of the hit area in pixels. */
  x: number;
  /** Width of the hit area: the item's span, but never narrower than `minWidth`. */
  width: number;
  /** Left edge and width of the drawn span (a range; zero width for a single day). */
  spanX: number;
  spanWidth: number;
  /** 0-based row; items that would overlap go to the next free row. */
  row: number;
}

/**
 * Places one lane's items on a track: items wholly outside the view are left out, the rest get
 * rows so that no two hit areas (at least `minWidth` wide, for touch) overlap.
 */
export function layoutLane(
  items: readonly TimelineItem[],
  state: TimelineState,
  width: number,
  /** Narrowest hit area, px: one for all, or per item (a labelled item needs its label's room). */
  minWidth: number | ((item: TimelineItem) => number),
): PlacedItem[] {
  const [a, b] = state.view;
  const least = typeof minWidth === 'number' ? () => minWidth : minWidth;
  const rowEnds: number[] = [];
  const placed: PlacedItem[] = [];
  for (const item of items) {
    if (item.end + 1 < a || item.start > b) continue;
    const spanX = xOf(state, item.start, width);
    const spanWidth = Math.max(0, xOf(state, item.end + 1, width) - spanX);
    const min = least(item);
    const hitWidth = Math.max(spanWidth, min);
    // A short item's hit area is centred on it; a long one's is the span itself.
    const x = spanWidth >= min ? spanX : spanX + spanWidth / 2 - min / 2;
    let row = rowEnds.findIndex((end) => end <= x);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = x + hitWidth;
    placed.push({ item, x, width: hitWidth, spanX, spanWidth, row });
  }
  return placed;
}

/** The item the selection refers to, if it is on the timeline. */
export function findItem(items: readonly TimelineItem[], id: string | null): TimelineItem | null {
  return id === null ? null : (items.find((item) => item.id === id) ?? null);
}

/** Minor events of one quarter, shown as a count until opened. */
export interface EventBucket {
  /** "2023-Q4". */
  key: string;
  /** First and last day of the quarter. */
  start: number;
  end: number;
  items: TimelineItem[];
}

/** The quarter an item starts in: "2023-Q4". */
export function quarterOf(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The events lane's minor items by quarter, in time order. */
export function minorEventBuckets(items: readonly TimelineItem[]): EventBucket[] {
  const buckets = new Map<string, EventBucket>();
  for (const item of laneItems(items, 'event')) {
    if (item.major) continue;
    const key = quarterOf(item.start);
    let bucket = buckets.get(key);
    if (!bucket) {
      const d = new Date(item.start * DAY_MS);
      const q = Math.floor(d.getUTCMonth() / 3);
      const start = Math.round(Date.UTC(d.getUTCFullYear(), 3 * q, 1) / DAY_MS);
      const end = Math.round(Date.UTC(d.getUTCFullYear(), 3 * q + 3, 1) / DAY_MS) - 1;
      buckets.set(key, (bucket = { key, start, end, items: [] }));
    }
    bucket.items.push(item);
  }
  return [...buckets.values()].sort((a, b) => a.start - b.start);
}

/**
 * The events lane as drawn: the major items, plus the items of the opened buckets (and of the
 * bucket holding the selection, so a selected event is never hidden).
 */
export function visibleEvents(
  items: readonly TimelineItem[],
  opened: ReadonlySet<string>,
  selected: string | null,
): TimelineItem[] {
  return laneItems(items, 'event').filter(
    (item) =>
      item.major ||
      opened.has(quarterOf(item.start)) ||
      (selected !== null && item.id === selected),
  );
}
