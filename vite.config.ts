/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const DATA_DIR = 'data';
const SEEDS_DIR = 'seeds';

/**
 * Serves data/*.csv at ./data/ and the articles seeds/*.txt at ./seeds/ (the source panel shows
 * the quoted sentence in its article) in dev, and copies both into dist/ at build: one source of
 * truth, never a second copy in public/.
 */
function dataFiles(): Plugin {
  const folders = [
    { dir: DATA_DIR, ext: '.csv', type: 'text/csv; charset=utf-8' },
    { dir: SEEDS_DIR, ext: '.txt', type: 'text/plain; charset=utf-8' },
  ];
  const filesIn = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext));
  return {
    name: 'cq-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        for (const { dir, ext, type } of folders) {
          const match = new RegExp(`/${dir}/([\\w-]+\\${ext})$`).exec(path);
          if (!match || !filesIn(dir, ext).includes(match[1]!)) continue;
          res.setHeader('content-type', type);
          res.end(readFileSync(join(dir, match[1]!)));
          return;
        }
        next();
      });
    },
    generateBundle() {
      for (const { dir, ext } of folders) {
        for (const file of filesIn(dir, ext)) {
          this.emitFile({
            type: 'asset',
            fileName: `${dir}/${file}`,
            source: readFileSync(join(dir, file)),
          });
        }
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
    include: [
      'src/**/*.spec.ts',
      'scripts/**/*.spec.ts',
      'tests/unit/**/*.spec.ts',
      'bench/lib/**/*.spec.ts',
    ],
    environment: 'node',
  },
});
