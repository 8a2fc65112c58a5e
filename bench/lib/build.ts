/**
 * Builds the three pages the benchmark compares: the app (bench/dist/app), the ECharts peer
 * (bench/dist/peer) and the Svelte 5 + d3-geo floor (bench/dist/floor).
 */
import { execFileSync } from 'node:child_process';

/** BENCH_APP_DIR measures another build of the app (e.g. an earlier commit's); it is not rebuilt. */
export const APP_DIR = process.env.BENCH_APP_DIR ?? 'bench/dist/app';
export const PEER_DIR = 'bench/dist/peer';
export const FLOOR_DIR = 'bench/dist/floor';

/** `sourcemap`: also write source maps (the trace maps its profile back to the source). */
export function buildPages(options: { sourcemap?: boolean } = {}): void {
  console.log('building the app, the peer and the floor…');
  if (!process.env.BENCH_APP_DIR)
    execFileSync(
      'npx',
      ['vite', 'build', '--logLevel', 'warn', ...(options.sourcemap ? ['--sourcemap'] : [])],
      { stdio: 'inherit', env: { ...process.env, VITE_OUT_DIR: APP_DIR } },
    );
  for (const config of ['bench/peer/vite.config.ts', 'bench/floor/vite.config.ts'])
    execFileSync('npx', ['vite', 'build', '--config', config], {
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
}
