/**
 * Interfaces shared by the extraction rules (figures, loans, sister cities, pledges, sessions)
 * and the pipeline that wires them together (build.ts).
 */
import type { DecisionInfo } from '../../src/lib/desk/protocol.ts';
import type { Source } from './sources.ts';

export interface DistrictRef {
  code: string;
  name_zh: string;
}

/**
 * A misprint in an article, fixed by a person (data/corrections.csv, action `misprint`): the
 * quote stays as printed, the rule reading `dataset` uses the corrected form.
 */
export interface Correction {
  /** Table the fix applies to, e.g. "sister_cities", "pledges". */
  dataset: string;
  source_id: string;
  /** The text as printed in the article (must occur in the source). */
  original: string;
  /** What it should read. */
  corrected: string;
  reason: string;
  /** Where the right form was found: a URL, or `source:<id>` for another article. */
  evidence: string;
  /** Offsets the correction is limited to, or null for the whole source. */
  start: number | null;
  end: number | null;
}

/**
 * A person's decision about one row (data/corrections.csv fix/reject, data/reviewed.csv): the
 * shape the desk shows (DecisionInfo) plus where it is written, for messages.
 */
export interface Decision extends DecisionInfo {
  file: string;
  line: number;
}

/** A value that cannot be true: not published silently but written to data/review.csv and printed. */
export interface ReviewItem {
  dataset: string;
  source_id: string;
  start: number;
  end: number;
  /** What tells apart rows of one quote (src/lib/row-key.ts), e.g. the value's offset. */
  at?: string;
  quote: string;
  reason: string;
  /** The row the rules would have published, held back for a person (its table's columns). */
  candidate?: Record<string, string>;
}

export interface ExtractContext {
  source: Source;
  /** source.text normalised character by character (same length, so offsets stay valid). */
  norm: string;
  /** The district a passage is about (speaker's district or named subject), or null. */
  districtAt(offset: number): DistrictRef | null;
  /** Every district named in [start, end), each once. */
  districtsIn(start: number, end: number): DistrictRef[];
  /** pledge_id of the statement that contains this offset, or null. */
  pledgeAt(offset: number): string | null;
  corrections: readonly Correction[];
}

export interface Extracted<Row> {
  rows: Row[];
  review: ReviewItem[];
}
