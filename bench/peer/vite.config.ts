/**
 * Builds the ECharts peer into bench/dist/peer, with the same geometry as the app (see
 * ../lib/geometry.ts) emitted as chongqing.geo.json and the values it colours by as data/values.csv.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { benchAssets } from '../lib/assets.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [benchAssets(ROOT)],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/peer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
