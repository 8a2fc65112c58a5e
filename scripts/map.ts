/**
 * `npm run map`: node_modules/echarts4/map/json/province/chongqing.json (echarts@4.9.0,
 * Apache-2.0) + data/districts.csv → public/chongqing.topo.json (an object per boundary vintage)
 * and the app's precomputed drawing of each vintage (2016, 2025).
 *   --check   write nothing; fail when any committed file differs from a rebuild (every vintage)
 */
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { parseCsv } from './lib/csv.ts';
import { writeAllAtomic } from './lib/fsutil.ts';
import { buildMap, type MapDistrict } from './lib/geo/build.ts';

export const ECHARTS_MAP_FILE = 'node_modules/echarts4/map/json/province/chongqing.json';
export const DISTRICTS_FILE = 'data/districts.csv';

export function readInputs() {
  const source = JSON.parse(readFileSync(ECHARTS_MAP_FILE, 'utf8'));
  const districts = parseCsv(readFileSync(DISTRICTS_FILE, 'utf8'), DISTRICTS_FILE, [
    'code',
    'name_zh',
    'former_code',
    'former_name_zh',
    'region',
    'valid_from',
    'valid_to',
    'replaced_by',
  ]) as unknown as MapDistrict[];
  return { source, districts };
}

/** Files as `npm run lint` wants them: the drawing lives in src/, which prettier checks. */
async function formatted(files: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, content] of files)
    out.set(
      path,
      path.startsWith('src/')
        ? await format(content, { ...(await resolveConfig(path)), filepath: path })
        : content,
    );
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const { source, districts } = readInputs();
  const built = buildMap(source, districts);
  const { log } = built;
  const files = await formatted(built.files);
  for (const line of log) console.log(line);
  for (const [path, content] of files)
    console.log(
      `${path}: ${(content.length / 1024).toFixed(1)} KB, ${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
    );
  if (values.check) {
    const stale = [...files].filter(([path, content]) => {
      try {
        return readFileSync(path, 'utf8') !== content;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) console.error(`stale: ${path} (run npm run map)`);
    return stale.length ? 1 : 0;
  }
  const changed = writeAllAtomic(files);
  console.log(changed.length ? `wrote ${changed.join(', ')}` : 'map files unchanged');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await main());
