/**
 * Where each row the pipeline read sits in its article, and what kind of fact it is, for the
 * data desk's highlighted text: statements (pledges), targets and results (figures, goals),
 * loans, sister cities and events. The article is cut into segments at every span boundary, so
 * overlapping spans (a value inside a statement) are drawn without nesting marks.
 * Owns: row → span, kind, and the segmentation. Knows nothing about the DOM.
 */
import type { DatasetName } from '../schema';

export const SPAN_KINDS = ['statement', 'target', 'result', 'loan', 'sisterCity', 'event'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

type AnyRow = Readonly<Record<string, string | undefined>>;

/** The kind a row is highlighted as; null for tables not read from articles. */
export function spanKind(dataset: DatasetName, row: AnyRow): SpanKind | null {
  switch (dataset) {
    case 'pledges':
      return 'statement';
    case 'figures':
      return row.kind === 'target' ? 'target' : 'result';
    case 'goals':
      return 'target';
    case 'loans':
    case 'loanCoverage':
      return 'loan';
    case 'sisterCities':
    case 'sisterCityTotals':
      return 'sisterCity';
    case 'sessions':
      return 'event';
    default:
      return null;
  }
}

const offset = (value: string | undefined) =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : null;

/**
 * Where a row is drawn: the value as printed (`4000亿元`, a city's name) where the table records
 * its offsets, else the quote. Null for a row without offsets (reference facts).
 */
export function rowSpan(row: AnyRow): { start: number; end: number } | null {
  const vs = offset(row.value_start);
  const ve = offset(row.value_end);
  if (vs !== null && ve !== null && ve > vs) return { start: vs, end: ve };
  const s = offset(row.start);
  const e = offset(row.end);
  return s !== null && e !== null && e > s ? { start: s, end: e } : null;
}

export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  /** The row it stands for (keyString of its key). */
  id: string;
  /** Drawn as held back (the rules were unsure) rather than as read. */
  held?: boolean;
}

export interface Segment {
  start: number;
  end: number;
  /** Spans covering it, shortest first: the first is the one a click finds. */
  spans: Span[];
}

/**
 * The text [0, length) cut at every span boundary; each segment lists the spans covering it,
 * shortest first. Linear in the number of spans (after sorting), whatever the text's length.
 */
export function segments(length: number, spans: readonly Span[]): Segment[] {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of inside) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  const open: Span[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    while (next < byStart.length && byStart[next]!.start <= from) open.push(byStart[next++]!);
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= from) open.splice(k, 1);
    const covering = [...open].sort((a, b) => a.end - a.start - (b.end - b.start));
    const last = out.at(-1);
    // Plain text between spans stays one segment.
    if (!covering.length && last && !last.spans.length) last.end = to;
    else out.push({ start: from, end: to, spans: covering });
  }
  return out;
}
