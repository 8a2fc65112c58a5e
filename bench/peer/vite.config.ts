/**
 * Builds the ECharts peer into bench/dist/peer, with the same geometry as the app (see
 * ../lib/geometry.ts) emitted as chongqing.geo.json and the values it colours by as data/values.csv.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { loadBenchGeometry } from '../lib/geometry.ts';
import { peerValues } from '../lib/values.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function peerAssets(): Plugin {
  return {
    name: 'cq-peer-assets',
    generateBundle() {
      const { geojson } = loadBenchGeometry(ROOT);
      this.emitFile({
        type: 'asset',
        fileName: 'chongqing.geo.json',
        source: JSON.stringify(geojson),
      });
      const pledges = `${ROOT}/data/pledges.csv`;
      const csv = peerValues(geojson, existsSync(pledges) ? readFileSync(pledges, 'utf8') : null);
      this.emitFile({ type: 'asset', fileName: 'data/values.csv', source: csv });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [peerAssets()],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/peer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
