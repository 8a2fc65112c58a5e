/**
 * Rows built from the schema: every column present (empty unless given). Tests use it for
 * fixture rows that stay valid as columns are added to the contract.
 */
import { SCHEMAS, type DatasetName, type RowOf } from './schema';

export function makeRow<N extends DatasetName>(name: N, values: Partial<RowOf<N>> = {}): RowOf<N> {
  const blank = Object.fromEntries(SCHEMAS[name].columns.map((c) => [c, ''])) as RowOf<N>;
  return { ...blank, ...values };
}
