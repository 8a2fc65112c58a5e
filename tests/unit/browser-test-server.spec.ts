/**
 * `npm test` tests this checkout's build: the browser tests start their own server on a port of
 * their own and refuse a server that does not serve this build (another checkout's preview left
 * on a port made a fresh clone fail 18 tests).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FullConfig } from '@playwright/test';
import globalSetup from '../e2e/support/global-setup';
import { serveStatic } from '../e2e/support/static-server';

describe('the browser tests’ server', () => {
  it('is never an existing one, and without PW_PORT is on a free port, not 4173', async () => {
    const saved = { port: process.env.PW_PORT, out: process.env.VITE_OUT_DIR };
    delete process.env.PW_PORT;
    delete process.env.VITE_OUT_DIR;
    try {
      const { default: config } = await import('../../playwright.config');
      const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
      expect(server?.reuseExistingServer).toBe(false);
      const port = Number(new URL(config.use!.baseURL!).port);
      expect(port).not.toBe(4173);
      expect(server?.command).toContain(`--port ${port} --strictPort`);
      expect(process.env.PW_PORT).toBe(String(port));
    } finally {
      process.env.PW_PORT = saved.port;
      process.env.VITE_OUT_DIR = saved.out;
      if (saved.port === undefined) delete process.env.PW_PORT;
      if (saved.out === undefined) delete process.env.VITE_OUT_DIR;
    }
  });

  it('must serve this checkout’s build: a stranger on the port stops the run, naming it', async () => {
    const ours = mkdtempSync(join(tmpdir(), 'cq-ours-'));
    writeFileSync(
      join(ours, 'index.html'),
      '<!doctype html><script src="./assets/index-abc123.js"></script>',
    );
    const theirs = mkdtempSync(join(tmpdir(), 'cq-theirs-'));
    writeFileSync(join(theirs, 'index.html'), '<!doctype html><title>another project</title>');
    const config = (url: string) =>
      ({ projects: [{ use: { baseURL: url } }] }) as unknown as FullConfig;
    const saved = process.env.VITE_OUT_DIR;
    process.env.VITE_OUT_DIR = ours;
    const stranger = await serveStatic({ root: theirs });
    const own = await serveStatic({ root: ours });
    try {
      await expect(globalSetup(config(stranger.url))).rejects.toThrow(
        new RegExp(`${stranger.url.replace(/[/.]/g, '\\$&')} does not serve this checkout's build`),
      );
      await expect(globalSetup(config(own.url))).resolves.toBeUndefined();
    } finally {
      await stranger.close();
      await own.close();
      if (saved === undefined) delete process.env.VITE_OUT_DIR;
      else process.env.VITE_OUT_DIR = saved;
    }
  });
});
