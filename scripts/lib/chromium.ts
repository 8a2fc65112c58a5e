/**
 * Where the system Chromium is. Playwright cannot download its own browser here, so every browser
 * test and the benchmark drive Debian's `chromium` package. PLAYWRIGHT_CHROMIUM_PATH overrides.
 */
import { accessSync, constants } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags that work in this sandboxed, offline environment (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env.PLAYWRIGHT_CHROMIUM_PATH;
  if (override) return isExecutable(override) ? override : undefined;
  return CHROMIUM_CANDIDATES.find(isExecutable);
}
