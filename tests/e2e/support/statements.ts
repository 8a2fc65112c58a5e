import { readFileSync } from 'node:fs';
import { parseDataset } from '../../../src/lib/load';

/**
 * data/pledges.csv as statements: a statement the print layout cut has one row per passage, all
 * with its pledge_id, and counts once (as the app counts it).
 */
export function statementRows() {
  const seen = new Set<string>();
  return parseDataset('pledges', readFileSync('data/pledges.csv', 'utf8')).filter((p) => {
    const key = `${p.source_id}|${p.pledge_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
