/**
 * The data desk's decisions as rows of the two hand-edited decision files, merged into their
 * current text: data/corrections.csv (fixes and rejections) and data/reviewed.csv (accepts).
 * A desk decision states the whole of what a person decided about one row (named by its key,
 * src/lib/row-key.ts): every earlier fix, reject or accept of that key is replaced by it, and
 * misprint corrections (about names in an article, not rows) are never touched. Every other line
 * keeps its values; the result is read back with the pipeline's own readers, so a file the
 * pipeline would refuse is never offered or written.
 * Pure: used by the desk in the browser (downloads on a static host) and by the dev server's
 * save endpoint (scripts/desk-server.ts), on the files as they are on disk at that moment.
 */
import { keyString, type RowKey } from '../../../src/lib/row-key.ts';
import {
  CORRECTION_COLUMNS,
  REVIEWED_COLUMNS,
  readCorrections,
  readReviewed,
} from '../corrections.ts';
import { BOM, parseCsv, toCsv } from '../csv.ts';

export const CORRECTIONS_FILE = 'corrections.csv';
export const REVIEWED_FILE = 'reviewed.csv';

/** One field a fix sets: the machine's value and the right one. */
export interface FieldFix {
  field: string;
  original: string;
  corrected: string;
}

/** What a person decided about one row. `clear` withdraws every earlier decision on it. */
export interface DeskDecision {
  key: RowKey;
  action: 'accept' | 'fix' | 'reject' | 'clear';
  /** rowHash of the row as the machine read it: the decision lapses when the rules change it. */
  rowHash: string;
  decidedBy: string;
  /** ISO date or date-time (UTC). */
  decidedAt: string;
  /** fix: one or more fields. */
  fixes?: FieldFix[];
  /** reject: why (required); fix: why (required); accept: an optional note. */
  reason?: string;
}

/** Why a decision cannot be written, or null. Checked again by the pipeline's readers. */
export function decisionProblem(d: DeskDecision): string | null {
  if (d.action === 'clear') return null;
  if (!d.decidedBy.trim()) return 'who decided is missing';
  if (!d.rowHash) return 'the row hash is missing';
  if (d.action === 'reject' && !d.reason?.trim()) return 'a rejection needs a reason';
  if (d.action === 'fix') {
    if (!d.fixes?.length) return 'a fix needs at least one changed field';
    if (!d.reason?.trim()) return 'a fix needs a reason';
    const same = d.fixes.find((f) => f.corrected === f.original);
    if (same) return `${same.field}: the corrected value equals the machine's`;
  }
  return null;
}

type Record_ = Record<string, string>;

function keyOf(row: Record_): string {
  return keyString({
    table: (row.dataset ?? '').trim(),
    source_id: (row.source_id ?? '').trim(),
    start: (row.start ?? '').trim(),
    end: (row.end ?? '').trim(),
    at: (row.at ?? '').trim(),
  });
}

const keyFields = (k: RowKey) => ({
  dataset: k.table,
  source_id: k.source_id,
  start: k.start,
  end: k.end,
  at: k.at,
});

/** The corrections.csv rows a decision writes (none for an accept or a clear). */
export function correctionRows(d: DeskDecision): Record_[] {
  const common = {
    ...keyFields(d.key),
    reason: (d.reason ?? '').trim(),
    evidence: '',
    decided_by: d.decidedBy.trim(),
    decided_at: d.decidedAt,
    row_hash: d.rowHash,
  };
  if (d.action === 'reject')
    return [{ action: 'reject', field: '', original: '', corrected: '', ...common }];
  if (d.action === 'fix')
    return (d.fixes ?? []).map((f) => ({
      action: 'fix',
      field: f.field,
      original: f.original,
      corrected: f.corrected,
      ...common,
    }));
  return [];
}

/** The reviewed.csv row an accept writes (none otherwise). */
export function reviewedRows(d: DeskDecision): Record_[] {
  if (d.action !== 'accept') return [];
  return [
    {
      ...keyFields(d.key),
      row_hash: d.rowHash,
      decided_by: d.decidedBy.trim(),
      decided_at: d.decidedAt,
      note: (d.reason ?? '').trim(),
    },
  ];
}

/**
 * The records of a CSV text as printed (each with its line end), header first: a line break
 * inside a quoted field does not end a record. Blank lines are left out, as the reader skips them.
 */
export function rawRecords(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < text.length) out.push(`${text.slice(from)}\n`);
  return out.filter((r) => r.trim() !== '');
}

/** One record written the way the pipeline writes CSV (RFC 4180, LF). */
export function csvLine(columns: readonly string[], row: Record_): string {
  return toCsv(columns, [row]).slice(BOM.length).split('\n').slice(1).join('\n');
}

/**
 * Merges one file: drops the decided keys' earlier rows (except misprints) and appends the new
 * ones. Every line kept is kept as printed, so a merge changes only the lines it must.
 */
function mergeFile(
  text: string | null,
  file: string,
  columns: readonly string[],
  decisions: readonly DeskDecision[],
  rowsOf: (d: DeskDecision) => Record_[],
): string {
  const decided = new Set(decisions.map((d) => keyString(d.key)));
  const body = text?.replace(BOM, '') ?? '';
  const added = decisions.flatMap(rowsOf);
  if (!body.trim())
    return `${columns.join(',')}\n${added.map((r) => csvLine(columns, r)).join('')}`;
  const rows = parseCsv(body, file, columns);
  const [header, ...records] = rawRecords(body);
  if (records.length !== rows.length)
    throw new Error(`${file}: ${records.length} records but ${rows.length} rows; fix it by hand`);
  const fields = header!.trim().split(',');
  const kept = records.filter((_, i) => {
    const row = rows[i]!;
    return row.action === 'misprint' || !decided.has(keyOf(row));
  });
  const lines = [header!, ...kept, ...added.map((r) => csvLine(fields, r))];
  return (text?.startsWith(BOM) ? BOM : '') + lines.join('');
}

export interface DecisionFiles {
  /** Current text of data/corrections.csv, or null when there is none. */
  corrections: string | null;
  /** Current text of data/reviewed.csv, or null when there is none. */
  reviewed: string | null;
}

/**
 * The two files with `decisions` merged in. Throws (naming the decision) when a decision is
 * incomplete, and CsvError when the result would not be read by the pipeline.
 */
export function mergeDecisions(
  files: DecisionFiles,
  decisions: readonly DeskDecision[],
  names = { corrections: `data/${CORRECTIONS_FILE}`, reviewed: `data/${REVIEWED_FILE}` },
): { corrections: string; reviewed: string } {
  for (const d of decisions) {
    const problem = decisionProblem(d);
    if (problem) throw new Error(`${keyString(d.key)}: ${problem}`);
  }
  const corrections = mergeFile(
    files.corrections,
    names.corrections,
    CORRECTION_COLUMNS,
    decisions,
    correctionRows,
  );
  const reviewed = mergeFile(
    files.reviewed,
    names.reviewed,
    REVIEWED_COLUMNS,
    decisions,
    reviewedRows,
  );
  // What the pipeline would refuse is never written: read both back with its own readers.
  readCorrections(corrections, names.corrections);
  readReviewed(reviewed, names.reviewed);
  return { corrections, reviewed };
}
