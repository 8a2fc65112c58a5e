/**
 * The 富民贷 (Fumin loan) programme: districts covered over time (from data/loan_coverage.csv),
 * and the reported amounts and households with the average per household derived from them
 * (from data/loans.csv). Derived values are marked as derived wherever they go.
 * Owns: the loan series and the one derivation. Knows nothing about the DOM.
 */
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
  /** amount ÷ households, in 元; derived, never printed in an article. Null without both. */
  perHousehold: number | null;
}

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
    };
    if (r.indicator === 'amount') entry.amount = r;
    else entry.households = r;
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((p) => {
    const amount = p.amount ? Number(p.amount.value) : NaN;
    const households = p.households ? Number(p.households.value) : NaN;
    const ok = Number.isFinite(amount) && Number.isFinite(households) && households > 0;
    return { ...p, perHousehold: ok ? amount / households : null };
  });
}

/** Rows of one indicator (e.g. "max_per_household"), in period order. */
export function indicatorRows(rows: readonly LoanRow[], indicator: string): LoanRow[] {
  return rows
    .filter((r) => r.indicator === indicator)
    .sort((a, b) => a.period.localeCompare(b.period) || a.program.localeCompare(b.program));
}
