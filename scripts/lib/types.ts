/**
 * Interfaces shared by the extraction rules (figures, loans, sister cities, pledges, sessions)
 * and the pipeline that wires them together (build.ts).
 */
import type { Source } from './sources.ts';

export interface DistrictRef {
  code: string;
  name_zh: string;
}

/** A reviewed fix from data/corrections.csv: the quote stays as printed, the value is corrected. */
export interface Correction {
  /** Dataset the fix applies to, e.g. "sister_cities". */
  dataset: string;
  source_id: string;
  /** The text as printed in the article (must occur in the source). */
  original: string;
  /** What it should read. */
  corrected: string;
  reason: string;
}

/** A value that cannot be true: not published silently but written to data/review.csv and printed. */
export interface ReviewItem {
  dataset: string;
  source_id: string;
  start: number;
  end: number;
  quote: string;
  reason: string;
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
