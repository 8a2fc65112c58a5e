/**
 * The pledge reader's logic: a district's (or the municipal bodies') statements, newest first,
 * grouped by the session they respond to, and each statement's text split so its figures can be
 * marked.
 * Owns: selecting, ordering and segmenting statements. Knows nothing about the DOM.
 */
import { MUNICIPALITY_CODE, type RowOf } from './schema';

export type PledgeRow = RowOf<'pledges'>;

/** Whose statements to read: a district code, or the municipal bodies. */
export type Speaker = { district: string } | 'municipal';

export function isMunicipalPledge(p: Pick<PledgeRow, 'district_code'>): boolean {
  return p.district_code === '' || p.district_code === MUNICIPALITY_CODE;
}

/**
 * One statement: the row of its first passage, and the passages the print layout cut off and the
 * article printed elsewhere (rows with the same pledge_id, in the order printed).
 */
export type PledgeStatement = PledgeRow & { continued: PledgeRow[] };

export interface PledgeGroup {
  /** The session the statements respond to ("" when none is named). */
  eventId: string;
  pledges: PledgeStatement[];
}

/** Rows joined into statements: one per pledge_id (and source), passages in printed order. */
export function statementsOf(rows: readonly PledgeRow[]): PledgeStatement[] {
  const byId = new Map<string, PledgeStatement>();
  const sorted = [...rows].sort((a, b) => Number(a.start) - Number(b.start));
  for (const row of sorted) {
    const key = `${row.source_id}|${row.pledge_id}`;
    const statement = byId.get(key);
    if (statement) statement.continued.push(row);
    else byId.set(key, { ...row, continued: [] });
  }
  return [...byId.values()];
}

/** Statements by one speaker, optionally about one session, grouped by session, newest first. */
export function pledgesOf(
  pledges: readonly PledgeRow[],
  speaker: Speaker,
  session: string | null,
): PledgeGroup[] {
  const mine = statementsOf(
    pledges.filter(
      (p) =>
        (speaker === 'municipal' ? isMunicipalPledge(p) : p.district_code === speaker.district) &&
        (session === null || p.event_id === session),
    ),
  );
  mine.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      a.source_id.localeCompare(b.source_id) ||
      Number(a.start) - Number(b.start),
  );
  // One group per session, in the order of each session's newest statement.
  const groups = new Map<string, PledgeGroup>();
  for (const p of mine) {
    const group = groups.get(p.event_id);
    if (group) group.pledges.push(p);
    else groups.set(p.event_id, { eventId: p.event_id, pledges: [p] });
  }
  return [...groups.values()];
}

/**
 * The newest statements of all speakers (about one session, or any), newest first, at most
 * `limit`, grouped like pledgesOf: what a reader sees before choosing anyone.
 */
export function latestPledges(
  pledges: readonly PledgeRow[],
  session: string | null,
  limit: number,
): PledgeGroup[] {
  const sorted = statementsOf(pledges.filter((p) => session === null || p.event_id === session))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.source_id.localeCompare(b.source_id) ||
        Number(a.start) - Number(b.start),
    )
    .slice(0, Math.max(0, limit));
  const groups = new Map<string, PledgeGroup>();
  for (const p of sorted) {
    const group = groups.get(p.event_id);
    if (group) group.pledges.push(p);
    else groups.set(p.event_id, { eventId: p.event_id, pledges: [p] });
  }
  return [...groups.values()];
}

export interface Segment {
  text: string;
  /** The segment is a figure (a number with its multiplier, unit or percent sign). */
  figure: boolean;
}

/**
 * Arabic numerals with what makes them a figure (1.2万, 4000亿元, 5%, 2027年) are marked; the rest
 * is plain text. Joining the segments gives back the quote exactly.
 */
const FIGURE = /\d[\d.,，]*\d*(?:万亿|亿|千万|百万|万|千)?(?:余|多)?(?:%|个百分点)?/g;

export function markFigures(quote: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of quote.matchAll(FIGURE)) {
    let text = match[0];
    // A trailing Chinese comma is punctuation, not a thousands separator.
    text = text.replace(/[,，.]+$/, '');
    const start = match.index;
    if (start > at) segments.push({ text: quote.slice(at, start), figure: false });
    segments.push({ text, figure: true });
    at = start + text.length;
  }
  if (at < quote.length) segments.push({ text: quote.slice(at), figure: false });
  return segments;
}

/** Figures by the statement they were said in (figures with no statement are left out). */
export function figuresByPledge<F extends { pledge_id: string }>(
  figures: readonly F[],
): Map<string, F[]> {
  const map = new Map<string, F[]>();
  for (const f of figures)
    if (f.pledge_id) map.set(f.pledge_id, [...(map.get(f.pledge_id) ?? []), f]);
  return map;
}
