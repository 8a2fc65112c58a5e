/**
 * Reprints: one story in several outlets. Byte-identical texts are one source read once
 * (intake.ts marks them, `same_text_as`); a reprint with small edits — the same sentences for
 * the most part — is read like any article, and this pass then keeps one row per fact: the row of
 * the first source (in id order) that states it, with `also_in` listing every other source that
 * does (the edited reprints stating the same fact, and the identical reprints of each).
 *
 * "The same fact" is the table's own key below: what the row says, not where it is printed, so a
 * reprint that moved or re-worded a sentence still states the same figure. Rows merge only
 * between articles that are reprints of one another; two independent articles reporting the same
 * number stay two rows (each is its own source).
 * Pure: no file system, no DOM.
 */
import type { DatasetName, MachineRow } from '../../src/lib/schema.ts';

/** Sentences shorter than this (credits, datelines, 会议指出：) are no evidence of a reprint. */
const MIN_SENTENCE_CHARS = 12;
/** A sentence printed by more sources than this is boilerplate, not evidence (and would cost n²). */
const MAX_SENTENCE_SOURCES = 200;
/** Share of the shorter article's sentences the longer one must print too. */
const MIN_SHARED = 0.5;
const MIN_SHARED_SENTENCES = 2;

type Row = Readonly<Record<string, string | undefined>>;

const words = (s: string | undefined) => (s ?? '').replace(/[\s\p{P}]/gu, '');

/** What a row states, per table; rows of reprints with equal keys are one fact. */
export const FACT_KEY: Partial<Record<DatasetName, (row: Row) => string>> = {
  pledges: (r) => [r.speaker, r.district_code, r.event_id, words(r.quote)].join('|'),
  figures: (r) =>
    [
      r.subject_code,
      r.subject_zh,
      r.indicator_zh,
      r.value,
      r.unit,
      r.qualifier,
      r.kind,
      r.period,
    ].join('|'),
  goals: (r) => [r.subject_code, r.subject_zh, r.horizon, words(r.goal_zh)].join('|'),
  loans: (r) => [r.program, r.period, r.indicator, r.value, r.unit, r.qualifier].join('|'),
  loanCoverage: (r) => [r.program, r.district_code, r.since, r.status].join('|'),
  sisterCities: (r) => [r.city_zh, r.country_zh, r.relation, r.date].join('|'),
  sisterCityTotals: (r) => [r.as_of, r.sister_cities, r.friendly_exchange_cities].join('|'),
  sessions: (r) => r.event_id ?? '',
};

export interface ReadArticle {
  id: string;
  /** The text the rules read and its sentences (offsets into it). */
  text: string;
  sentences: readonly { start: number; end: number }[];
}

export interface ReprintIndex {
  /** Sources whose rows stand for one text, id → the ids of its byte-identical reprints. */
  identical: ReadonlyMap<string, readonly string[]>;
  /** Read sources, id → the earlier or later read sources it is an edited reprint of. */
  edited: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Pairs of read articles that print the same sentences for the most part: more than half of the
 * shorter one's distinct sentences (of 12+ characters) also stand in the other, and at least two.
 */
export function editedReprints(articles: readonly ReadArticle[]): Map<string, Set<string>> {
  const bySentence = new Map<string, number[]>();
  const counts = articles.map((a, index) => {
    const own = new Set(
      a.sentences
        .map((s) => words(a.text.slice(s.start, s.end)))
        .filter((s) => s.length >= MIN_SENTENCE_CHARS),
    );
    for (const s of own) {
      const list = bySentence.get(s) ?? [];
      list.push(index);
      bySentence.set(s, list);
    }
    return own.size;
  });
  const shared = new Map<string, number>();
  for (const list of bySentence.values()) {
    if (list.length < 2 || list.length > MAX_SENTENCE_SOURCES) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]} ${list[j]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const out = new Map<string, Set<string>>();
  for (const [key, n] of shared) {
    const [i, j] = key.split(' ').map(Number) as [number, number];
    if (n < MIN_SHARED_SENTENCES || n <= MIN_SHARED * Math.min(counts[i]!, counts[j]!)) continue;
    const [a, b] = [articles[i]!.id, articles[j]!.id];
    out.set(a, (out.get(a) ?? new Set()).add(b));
    out.set(b, (out.get(b) ?? new Set()).add(a));
  }
  return out;
}

/** Read sources linked by edited reprints (transitively): id → the cluster's ids, sorted. */
function clusters(edited: ReprintIndex['edited']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const start of edited.keys()) {
    if (out.has(start)) continue;
    const seen = new Set([start]);
    const todo = [start];
    while (todo.length)
      for (const next of edited.get(todo.pop()!) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
    const members = [...seen].sort((a, b) => a.localeCompare(b));
    for (const id of members) out.set(id, members);
  }
  return out;
}

/**
 * One row per fact among reprints, with `also_in`. Rows keep their order; a dropped row is one
 * whose fact an earlier source of its reprint cluster states. `sources` (sessions only): the
 * read sources that report each fact, where rows are already one per fact.
 */
export function mergeReprints<N extends DatasetName>(
  dataset: N,
  rows: readonly MachineRow<N>[],
  index: ReprintIndex,
  sources?: ReadonlyMap<string, ReadonlySet<string>>,
): MachineRow<N>[] {
  const factKey = FACT_KEY[dataset];
  if (!factKey) return [...rows];
  const clusterOf = clusters(index.edited);
  const record = (row: MachineRow<N>) => row as unknown as Row;
  // fact key + cluster → the read sources stating it, in id order.
  const stating = new Map<string, Set<string>>();
  const groupOf = (row: Row) => {
    const id = row.source_id ?? '';
    return `${factKey(row)}\u0000${(clusterOf.get(id) ?? [id])[0]}`;
  };
  for (const row of rows.map(record)) {
    const group = groupOf(row);
    const set = stating.get(group) ?? new Set<string>();
    set.add(row.source_id ?? '');
    for (const id of sources?.get(factKey(row)) ?? [])
      if ((clusterOf.get(id) ?? [id])[0] === (clusterOf.get(row.source_id ?? '') ?? [''])[0])
        set.add(id);
    stating.set(group, set);
  }
  const out: MachineRow<N>[] = [];
  for (const machine of rows) {
    const row = record(machine);
    const id = row.source_id ?? '';
    if (!id) {
      out.push(machine);
      continue;
    }
    const ids = [...stating.get(groupOf(row))!].sort((a, b) => a.localeCompare(b));
    if (ids[0] !== id) continue; // an earlier reprint states this fact: its row stands for it
    const also = ids.flatMap((x) => [x, ...(index.identical.get(x) ?? [])]).filter((x) => x !== id);
    out.push(
      (also.length
        ? { ...row, also_in: [...new Set(also)].sort((a, b) => a.localeCompare(b)).join(' ') }
        : machine) as MachineRow<N>,
    );
  }
  return out;
}
