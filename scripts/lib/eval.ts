/**
 * Scores the pipeline's tables against a folder of articles with known facts and traps
 * (tests/fixtures/eval/expected.json): the share of facts found, and the false readings made.
 * A fact counts as found when a row from its article has its value (as written, in base units),
 * subject and kind, and the year where the article gives one; a statement when a pledge row has
 * the speaker and district. A trap is a row asserting a false reading (a result as a target, a
 * park's figure as the district's, a 区长 as the secretary, a ceiling as a total).
 * Pure: takes the built CSV texts.
 */
import { parseCsv } from './csv.ts';

export interface Expectation {
  /** Article id (source_id). */
  a: string;
  /** Table name (file without .csv). */
  t: string;
  why?: string;
  [field: string]: string | boolean | undefined;
}

export interface EvalResult {
  facts: number;
  found: number;
  missed: Expectation[];
  traps: { trap: Expectation; row: Record<string, string> }[];
}

type Rows = Record<string, string>[];

function districtCodes(districts: Rows): Set<string> {
  return new Set(districts.map((d) => d.code!));
}

/** `subject` is a code, `@名称` (the district of that name), or text subject_zh must contain. */
function subjectMatches(row: Record<string, string>, subject: string, districts: Rows): boolean {
  if (subject.startsWith('@')) {
    const codes = districts.filter((d) => d.name_zh === subject.slice(1)).map((d) => d.code);
    return codes.includes(row.subject_code ?? row.district_code ?? '');
  }
  if (/^\d{6}$/.test(subject)) return row.subject_code === subject;
  return (row.subject_zh ?? '').includes(subject);
}

function matches(
  row: Record<string, string>,
  e: Expectation,
  districts: Rows,
  codes: Set<string>,
): boolean {
  for (const [k, v] of Object.entries(e)) {
    if (k === 'a' || k === 't' || k === 'why' || v === undefined) continue;
    const want = String(v);
    switch (k) {
      case 'subject':
        if (!subjectMatches(row, want, districts)) return false;
        break;
      case 'district':
        if (want.startsWith('@')) {
          if (!subjectMatches({ subject_code: row.district_code ?? '' }, want, districts))
            return false;
        } else if ((row.district_code ?? '') !== want) return false;
        break;
      case 'year':
        if (!(row.period ?? row.date ?? '').includes(want)) return false;
        break;
      case 'role_has':
      case 'city_en_has':
      case 'city_zh_has': {
        const column = k.replace(/_has$/, '');
        if (!(row[column] ?? '').includes(want)) return false;
        break;
      }
      case 'date_nonempty':
        if (!row.date) return false;
        break;
      case 'district_nonempty':
        if (!row.district_code) return false;
        break;
      case 'subject_is_district':
        if (!codes.has(row.subject_code ?? '')) return false;
        break;
      default:
        if ((row[k] ?? '') !== want) return false;
    }
  }
  return true;
}

export function evaluate(
  files: ReadonlyMap<string, string>,
  expected: { facts: Expectation[]; traps: Expectation[] },
): EvalResult {
  const tables = new Map<string, Rows>();
  for (const [name, text] of files) tables.set(name.replace(/\.csv$/, ''), parseCsv(text, name));
  const districts = tables.get('districts') ?? [];
  const codes = districtCodes(districts);
  const rowsOf = (e: Expectation) =>
    (tables.get(e.t) ?? []).filter(
      (r) => r.source_id === e.a || (r.also_in ?? '').split(' ').includes(e.a),
    );
  const missed = expected.facts.filter(
    (f) => !rowsOf(f).some((r) => matches(r, f, districts, codes)),
  );
  const traps = expected.traps.flatMap((t) =>
    rowsOf(t)
      .filter((r) => matches(r, t, districts, codes))
      .map((row) => ({ trap: t, row })),
  );
  return {
    facts: expected.facts.length,
    found: expected.facts.length - missed.length,
    missed,
    traps,
  };
}
