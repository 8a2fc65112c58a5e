/**
 * The 富民贷 (Fumin loan) programme: districts covered over time (from data/loan_coverage.csv),
 * and the reported amounts and households with the average per household derived from them
 * (from data/loans.csv). Derived values are marked as derived wherever they go, and rounded to the
 * precision of their inputs (近2.6亿元 ÷ 2163户 ≈ 12万元, never 120,203.42元).
 * Owns: the loan series and the one derivation. Knows nothing about the DOM.
 */
import { roundSignificant, significantDigits } from './format';
import { MUNICIPALITY_CODE, type RowOf } from './schema';

export type LoanRow = RowOf<'loans'>;
export type CoverageRow = RowOf<'loanCoverage'>;

export const FUMIN = '富民贷';

export interface CoverageStep {
  /** The year (or date) districts joined, as the data gives it. */
  since: string;
  /** Districts covered by then, in code order. */
  covered: string[];
  /** Districts that joined at this step. */
  added: string[];
}

/** Cumulative district coverage at each date a district joined the programme. */
export function coverageSteps(rows: readonly CoverageRow[], program = FUMIN): CoverageStep[] {
  const firstSince = new Map<string, string>();
  for (const r of rows) {
    if (r.program !== program || !r.district_code || r.district_code === MUNICIPALITY_CODE)
      continue;
    const seen = firstSince.get(r.district_code);
    if (seen === undefined || r.since < seen) firstSince.set(r.district_code, r.since);
  }
  const dates = [...new Set(firstSince.values())].sort();
  const covered: string[] = [];
  return dates.map((since) => {
    const added = [...firstSince].filter(([, s]) => s === since).map(([code]) => code);
    added.sort();
    covered.push(...added);
    return { since, covered: [...covered].sort(), added };
  });
}

export interface LoanPeriod {
  program: string;
  period: string;
  amount: LoanRow | null;
  households: LoanRow | null;
  /**
   * amount ÷ households, in 元, rounded to the significant digits of the less precise input;
   * derived, never printed in an article. Null without both.
   */
  perHousehold: number | null;
  /** The two numbers as printed, for showing the derivation (近2.6亿元, 2163户). */
  printed: { amount: string; households: string } | null;
}

/** The number as the article prints it (2.6亿元), from the row's value offsets in its quote. */
export function printedValue(row: LoanRow): string | null {
  const from = Number(row.value_start) - Number(row.start);
  const to = Number(row.value_end) - Number(row.start);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from) return null;
  return row.quote.slice(from, to) || null;
}

const digitsOf = (row: LoanRow) =>
  significantDigits(printedValue(row) ?? '') ?? significantDigits(row.value) ?? 1;

/** Amount and households reported for the same programme and period, paired. */
export function loanPeriods(rows: readonly LoanRow[]): LoanPeriod[] {
  const byKey = new Map<string, LoanPeriod>();
  for (const r of rows) {
    if (r.indicator !== 'amount' && r.indicator !== 'households') continue;
    const key = `${r.program}\u0000${r.period}`;
    const entry = byKey.get(key) ?? {
      program: r.program,
      period: r.period,
      amount: null,
      households: null,
      perHousehold: null,
      printed: null,
    };
    if (r.indicator === 'amount') entry.amount = r;
    else entry.households = r;
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((p) => {
    const amount = p.amount ? Number(p.amount.value) : NaN;
    const households = p.households ? Number(p.households.value) : NaN;
    const ok = Number.isFinite(amount) && Number.isFinite(households) && households > 0;
    if (!ok || !p.amount || !p.households) return p;
    const digits = Math.min(digitsOf(p.amount), digitsOf(p.households));
    return {
      ...p,
      perHousehold: roundSignificant(amount / households, digits),
      printed: {
        amount: `${p.amount.qualifier}${printedValue(p.amount) ?? p.amount.value}`,
        households: printedValue(p.households) ?? p.households.value,
      },
    };
  });
}

/** Rows of one indicator (e.g. "max_per_household"), in period order. */
export function indicatorRows(rows: readonly LoanRow[], indicator: string): LoanRow[] {
  return rows
    .filter((r) => r.indicator === indicator)
    .sort((a, b) => a.period.localeCompare(b.period) || a.program.localeCompare(b.program));
}
