import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts';

// PW_PORT lets several checkouts or sessions run the browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);
// Each port gets its own build folder, so side-by-side runs never rebuild under each other.
process.env.VITE_OUT_DIR ??= PORT === 4173 ? 'dist' : `.tmp/dist-${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
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
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
