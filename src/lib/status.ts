/**
 * Where each dataset stands on the page: still loading, loaded, not produced yet, or unreadable.
 * Owns: that one decision, so every view shows the same state for the same file.
 */
import type { DataError } from './load';
import { SCHEMAS, type DatasetName } from './schema';

export type DatasetStatus = 'loading' | 'ready' | 'missing' | 'error';

export function datasetStatus(
  name: DatasetName,
  expected: readonly DatasetName[],
  loaded: boolean,
  errors: readonly DataError[],
): DatasetStatus {
  if (!expected.includes(name)) return 'missing';
  if (!loaded) return 'loading';
  return errors.some((e) => e.file === `data/${SCHEMAS[name].file}`) ? 'error' : 'ready';
}

/** The status of a view that needs several datasets: the worst of theirs. */
export function combinedStatus(statuses: readonly DatasetStatus[]): DatasetStatus {
  for (const s of ['error', 'missing', 'loading'] as const) if (statuses.includes(s)) return s;
  return 'ready';
}
