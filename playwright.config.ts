import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts';

/**
 * The browser tests test this checkout's build, every time: they build it and start their own
 * server, never reusing one that already listens (another checkout's `vite preview` on 4173 made
 * a fresh clone fail 18 tests). Without PW_PORT the port is a free one picked here, once, in the
 * runner: workers inherit it through the environment. PW_PORT=NNNN runs side by side with other
 * checkouts on a port of one's own (it fails, naming the port, when something else holds it), and
 * builds into a folder of its own so side-by-side runs never rebuild under each other.
 * tests/e2e/support/global-setup.ts then checks the server serves this build's index.html.
 */
function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

process.env.VITE_OUT_DIR ??= process.env.PW_PORT ? `.tmp/dist-${process.env.PW_PORT}` : 'dist';
process.env.PW_PORT ??= String(freePort());
const PORT = Number(process.env.PW_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  globalSetup: './tests/e2e/support/global-setup.ts',
  reporter: process.env.PW_JSON
    ? [['list'], ['json', { outputFile: process.env.PW_JSON }]]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    locale: 'zh-CN',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // Tests run against the production build, as users get it.
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
