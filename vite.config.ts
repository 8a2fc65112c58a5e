/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const DATA_DIR = 'data';

/** Serves data/*.csv at ./data/ in dev and copies them into dist/data/ at build: one source of truth. */
function dataFiles(): Plugin {
  const csvFiles = () => readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv'));
  return {
    name: 'cq-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([\w-]+\.csv)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
        if (!match || !csvFiles().includes(match[1]!)) return next();
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.end(readFileSync(join(DATA_DIR, match[1]!)));
      });
    },
    generateBundle() {
      for (const file of csvFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: readFileSync(join(DATA_DIR, file)),
        });
      }
    },
  };
}

// `base: './'` keeps every asset URL relative, so `dist/` works from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [svelte(), dataFiles()],
  publicDir: 'public',
  build: {
    target: 'es2022',
    outDir: process.env.VITE_OUT_DIR ?? 'dist',
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
    environment: 'node',
  },
});
