/// <reference types="vitest/config" />
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataDirs } from './scripts/lib/data-dir.ts';
import { deskServer } from './scripts/desk-server.ts';

// The project's data/ and seeds/, or a scratch copy of them named by CQ_DATA_DIR (tests).
const DIRS = dataDirs();

/**
 * Serves data/*.csv at ./data/, the reference facts at ./data/reference/, and the articles
 * seeds/*.txt with seeds/manifest.csv at ./seeds/ (the source panel shows the quoted sentence in
 * its article; the data desk runs the pipeline on them in the browser) in dev, and copies them
 * into dist/ at build: one source of truth, never a second copy in public/.
 */
function dataFiles(): Plugin {
  const folders = [
    { url: 'data', dir: DIRS.data, ext: '.csv', type: 'text/csv; charset=utf-8' },
    { url: 'data/reference', dir: DIRS.reference, ext: '.csv', type: 'text/csv; charset=utf-8' },
    { url: 'seeds', dir: DIRS.seeds, ext: '.txt', type: 'text/plain; charset=utf-8' },
    { url: 'seeds', dir: DIRS.seeds, ext: '.csv', type: 'text/csv; charset=utf-8' },
  ];
  const filesIn = (dir: string, ext: string) =>
    existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)) : [];
  return {
    name: 'cq-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const { pathname: path, search } = new URL(req.url ?? '/', 'http://x');
        // A module import of a data file (glossary.csv?raw) is Vite's to answer, not a fetch.
        if (search) return next();
        for (const { url, dir, ext, type } of folders) {
          const match = new RegExp(`/${url}/([\\w-]+\\${ext})$`).exec(path);
          if (!match || !filesIn(dir, ext).includes(match[1]!)) continue;
          res.setHeader('content-type', type);
          // The desk saves into these files: a reload must see what it wrote.
          res.setHeader('cache-control', 'no-store');
          res.end(readFileSync(join(dir, match[1]!)));
          return;
        }
        next();
      });
    },
    generateBundle() {
      for (const { url, dir, ext } of folders) {
        for (const file of filesIn(dir, ext)) {
          this.emitFile({
            type: 'asset',
            fileName: `${url}/${file}`,
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
  plugins: [svelte(), dataFiles(), deskServer()],
  publicDir: 'public',
  build: {
    target: 'es2022',
    outDir: process.env.VITE_OUT_DIR ?? 'dist',
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // CORS off: no other origin may read a dev page (it holds the data desk's token).
  server: { host: '127.0.0.1', cors: false },
  // The data desk's build worker splits its code like the page does.
  worker: { format: 'es' },
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
