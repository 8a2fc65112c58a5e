/**
 * Before any browser test: the server at baseURL must serve this checkout's build (its
 * index.html byte for byte, which names this build's hashed scripts), not some other checkout's
 * or project's preview that happens to hold the port.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  const outDir = process.env.VITE_OUT_DIR ?? 'dist';
  if (!baseURL) throw new Error('playwright.config.ts: no baseURL');
  const built = readFileSync(join(outDir, 'index.html'), 'utf8');
  const served = await (await fetch(baseURL)).text();
  if (served !== built)
    throw new Error(
      `${baseURL} does not serve this checkout's build (${outDir}/index.html): another server holds the port. Stop it or set PW_PORT to a free port.`,
    );
}
