/**
 * Where the pipeline (scripts/data.ts) and the dev server (vite.config.ts) find the data: the
 * project's own `data/` and `seeds/`, or, when CQ_DATA_DIR names a folder, that folder's `data/`
 * and `seeds/` — a scratch copy of the two, so tests (the data desk's saves above all) never
 * touch the project's files. The reference facts are read from `<data>/reference/` when the copy
 * has them, else from the project's.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATA_DIR_VARIABLE = 'CQ_DATA_DIR';

export interface DataDirs {
  /** The folder holding both (the project, or CQ_DATA_DIR). */
  root: string;
  data: string;
  seeds: string;
  reference: string;
}

export function dataDirs(env: NodeJS.ProcessEnv = process.env): DataDirs {
  const named = env[DATA_DIR_VARIABLE]?.trim();
  if (!named)
    return { root: '.', data: 'data', seeds: 'seeds', reference: join('data', 'reference') };
  const root = resolve(named);
  const data = join(root, 'data');
  const reference = existsSync(join(data, 'reference'))
    ? join(data, 'reference')
    : join('data', 'reference');
  return { root, data, seeds: join(root, 'seeds'), reference };
}
