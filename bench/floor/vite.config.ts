/**
 * Builds the floor page into bench/dist/floor: the least a Svelte 5 + d3-geo page can do to draw
 * the same 38 districts (the peer's GeoJSON and values, see ../lib/assets.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { benchAssets } from '../lib/assets.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } }), benchAssets(ROOT)],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/floor', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
