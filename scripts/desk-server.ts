/**
 * The data desk's save endpoint, in the local dev server only (`npm start`; a Vite plugin, so a
 * static host never has it). POST /__desk/save writes the desk's decisions into data/
 * (corrections.csv, reviewed.csv) and new articles with their manifest rows into seeds/, then
 * re-runs `npm run data`. No other web page can write:
 *   - the endpoint exists only when the server listens on a loopback address, and answers only
 *     requests from one (remote address) naming this server as Host (no DNS rebinding);
 *   - the request's Origin must be this server's own, and it must carry the per-run token, which
 *     only this server's pages hold (a meta tag it adds to index.html; CORS is off, so no other
 *     origin can read it);
 *   - it writes only fixed file names in data/ and generated article names in seeds/.
 * Saves run one at a time; each folder's files change as one set (scripts/lib/fsutil.ts), the
 * articles and manifest before the decisions that may name them.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { dataDirs, DATA_DIR_VARIABLE } from './lib/data-dir.ts';
import { CORRECTIONS_FILE, REVIEWED_FILE } from './lib/desk/decision-files.ts';
import { SAVE_PATH, TOKEN_HEADER, TOKEN_META } from './lib/desk/endpoint.ts';
import { MANIFEST_FILE } from './lib/desk/new-article.ts';
import { checkRequest, planSave, type CurrentFiles } from './lib/desk/save.ts';
import { writeAllAtomic } from './lib/fsutil.ts';

/** A save carries at most a few articles of at most 10 MB each, as JSON text. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** Names a file in seeds/ or data/ may have when the desk writes it. */
const WRITABLE =
  /^(?:[A-Za-z0-9_-]{1,40}_[0-9a-f]{16}\.txt|manifest\.csv|corrections\.csv|reviewed\.csv)$/;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function readText(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Full paths of a set of files in `dir`; refuses any name that is not the desk's to write. */
export function inside(dir: string, files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, content] of files) {
    const path = resolve(dir, name);
    if (!WRITABLE.test(name) || basename(path) !== name || dirname(path) !== resolve(dir))
      throw new Error(`refused to write ${name}: not a file the desk writes`);
    out.set(path, content);
  }
  return out;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        fail(new Error(`a save is at most ${MAX_BODY_BYTES / 1024 / 1024} MB`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** Runs `npm run data` (scripts/data.ts) on the same folders; resolves with its exit code and output. */
function runPipeline(): Promise<{ code: number; output: string }> {
  return new Promise((ok) => {
    const child = spawn(
      process.execPath,
      [join('node_modules', 'tsx', 'dist', 'cli.mjs'), join('scripts', 'data.ts')],
      { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => ok({ code: code ?? 1, output }));
    child.on('error', (e) => ok({ code: 1, output: String(e) }));
  });
}

/** Whether a request may write: loopback, this server's Host and Origin, the run's token. */
export function refusal(
  req: Pick<IncomingMessage, 'method' | 'headers'> & { socket: { remoteAddress?: string } },
  own: { port: number; token: string },
): string | null {
  if (req.method !== 'POST') return 'POST only';
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return 'only from this computer';
  const hosts = [`127.0.0.1:${own.port}`, `localhost:${own.port}`];
  if (!hosts.includes(req.headers.host ?? '')) return 'wrong Host';
  if (!hosts.map((h) => `http://${h}`).includes(req.headers.origin ?? ''))
    return 'only from this dev server’s own pages';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return 'only from this dev server’s own pages';
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return 'JSON only';
  const token = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
  const expected = Buffer.from(own.token);
  if (token.length !== expected.length || !timingSafeEqual(token, expected))
    return 'missing or wrong desk token';
  return null;
}

/** Vite plugin: the endpoint and the token, in `vite` (serve) only. */
export function deskServer(): Plugin {
  const token = randomBytes(24).toString('hex');
  let enabled = false;
  let queue: Promise<unknown> = Promise.resolve();
  const dirs = dataDirs();

  async function save(body: string) {
    const request = checkRequest(JSON.parse(body));
    const current: CurrentFiles = {
      corrections: readText(join(dirs.data, CORRECTIONS_FILE)),
      reviewed: readText(join(dirs.data, REVIEWED_FILE)),
      manifest: readText(join(dirs.seeds, MANIFEST_FILE)),
    };
    const plan = planSave(request, current, sha256);
    // Articles and manifest first: a decision never names an article that is not saved.
    // Each folder's files change as one set (scripts/lib/fsutil.ts: staging folder + journal, so
    // an interrupted save is completed or rolled back by the next write there, npm run data's
    // included).
    const seedFiles = inside(dirs.seeds, plan.seeds);
    // Scripts never change an existing seed: an article file is only ever added.
    for (const path of seedFiles.keys())
      if (path.endsWith('.txt') && existsSync(path))
        throw new Error(`refused to write ${basename(path)}: seeds/ already has it`);
    const seeds = writeAllAtomic(seedFiles, { root: dirs.seeds });
    const data = writeAllAtomic(inside(dirs.data, plan.data), { root: dirs.data });
    const pipeline = await runPipeline();
    return {
      written: [...seeds, ...data].map((p) => p.slice(resolve(dirs.root).length + 1) || p),
      added: plan.added.map((a) => ({ id: a.id, file: a.file })),
      pipeline,
    };
  }

  return {
    name: 'cq-desk-server',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const host = server.config.server.host;
      enabled = typeof host === 'string' && ['127.0.0.1', 'localhost', '::1'].includes(host);
      if (!enabled) {
        server.config.logger.warn(
          `data desk: saving is off (the dev server listens on ${String(host)}, not only on 127.0.0.1)`,
        );
        return;
      }
      if (process.env[DATA_DIR_VARIABLE])
        server.config.logger.info(`data desk: data and seeds in ${dirs.root}`);
      server.middlewares.use(SAVE_PATH, (req, res) => {
        const port = server.httpServer?.address();
        const own = { port: typeof port === 'object' && port ? port.port : 0, token };
        const refused = refusal(req, own);
        if (refused) return reply(res, 403, { error: refused });
        readBody(req)
          .then((body) => {
            const run = queue.then(() => save(body));
            queue = run.catch(() => undefined);
            return run;
          })
          .then((result) => reply(res, result.pipeline.code === 0 ? 200 : 500, result))
          .catch((error: Error) => reply(res, 400, { error: error.message }));
      });
    },
    transformIndexHtml() {
      if (!enabled) return [];
      return [{ tag: 'meta', attrs: { name: TOKEN_META, content: token }, injectTo: 'head' }];
    },
  };
}
