/**
 * The files the peer and the floor page fetch, emitted into their builds: our geometry as GeoJSON
 * (../lib/geometry.ts) at chongqing.geo.json and the values they colour by at data/values.csv.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { loadBenchGeometry } from './geometry.ts';
import { peerValues } from './values.ts';

export function benchAssets(root: string): Plugin {
  return {
    name: 'cq-bench-assets',
    generateBundle() {
      const { geojson } = loadBenchGeometry(root);
      this.emitFile({
        type: 'asset',
        fileName: 'chongqing.geo.json',
        source: JSON.stringify(geojson),
      });
      const pledges = `${root}/data/pledges.csv`;
      const csv = peerValues(geojson, existsSync(pledges) ? readFileSync(pledges, 'utf8') : null);
      this.emitFile({ type: 'asset', fileName: 'data/values.csv', source: csv });
    },
  };
}
