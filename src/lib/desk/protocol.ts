/**
 * What the data desk's page and its build worker say to each other (src/desk/build.worker.ts):
 * the page asks for a build of the published corpus plus the articles being added; the worker
 * reports progress and answers with the tables as `npm run data` would write them, the rows as
 * the rules read them before people's decisions, and the decisions that no longer hold.
 * Types only: plain data that survives structured cloning.
 */
import type { RowKey } from '../row-key';
import type { DatasetName } from '../schema';

/** An article the desk adds to the corpus: its exact bytes and its manifest fields. */
export interface ArticleInput {
  id: string;
  /** File name it is saved under in seeds/ (an existing seed's, for another outlet of its text). */
  file: string;
  /** The file's bytes exactly as they will be saved: the offsets of every row are into them. */
  bytes: Uint8Array;
  date: string;
  title: string;
  outlet: string;
  url: string;
}

export interface BuildRequest {
  type: 'build';
  /** Where the site is served: data/ and seeds/ are fetched relative to it. */
  baseUrl: string;
  articles: ArticleInput[];
}

/**
 * A person's decision about one row, as the pipeline reads it (scripts/lib/types.ts Decision adds
 * the file and line it was read from).
 */
export interface DecisionInfo {
  action: 'accept' | 'fix' | 'reject';
  key: RowKey;
  /** Column a fix sets; empty otherwise. */
  field: string;
  /** The machine's value a fix replaces (for people reading the file). */
  original: string;
  corrected: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
  /** rowHash of the row the decision was made on. */
  rowHash: string;
}

type Row = Record<string, string>;

/** One table after people's decisions, with what the desk needs to decide again. */
export interface DecidedTable {
  /** As published (fixes applied, rejected rows left out). */
  rows: Row[];
  /** As the rules read it, before any decision (what a new decision is made on). */
  machine: Row[];
  /** Decisions whose row is gone or reads differently now: to check again. */
  lapsed: DecisionInfo[];
  /** Rows kept out by a rejection that holds. */
  rejected: { row: Row; decision: DecisionInfo }[];
}

/** A row the rules held back for a person (data/review.csv). */
export interface HeldRow {
  dataset: string;
  source_id: string;
  start: number;
  end: number;
  at?: string;
  quote: string;
  reason: string;
  candidate?: Row;
}

/** A source with its text (scripts/lib/intake.ts's Source extends it). */
export interface SourceText {
  id: string;
  file: string;
  sha256: string;
  /** Publication date, YYYY-MM-DD; empty when neither the manifest nor the text gives one. */
  date: string;
  title: string;
  outlet: string;
  /** Where the article can be read online: http(s) URLs, space-separated; empty when unknown. */
  url: string;
  /** The id whose identical text stands for this one (a reprint), or ''. */
  sameTextAs: string;
  text: string;
}

export interface DeskBuild {
  /** Output file name (sources.csv …) → content, exactly as `npm run data` writes it. */
  files: Record<string, string>;
  tables: { [N in DatasetName]?: DecidedTable };
  review: HeldRow[];
  warnings: string[];
  sources: SourceText[];
  /** The decision files and manifest the build read, as text (null: not there). */
  inputs: { corrections: string | null; reviewed: string | null; manifest: string | null };
  /** Milliseconds the build took in the worker. */
  ms: number;
}

export type WorkerMessage =
  | { type: 'progress'; step: string; done: number; total: number }
  | { type: 'built'; build: DeskBuild }
  | { type: 'failed'; message: string };
