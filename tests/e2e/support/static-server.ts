/**
 * A plain static file server for tests: serves dist/ under any URL prefix, with extra headers
 * (e.g. a strict Content-Security-Policy), on 127.0.0.1 and a free port.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  root?: string;
  prefix?: string;
  headers?: Record<string, string>;
  /** Extra routes answered before files: path → [content type, body]. */
  routes?: Record<string, [string, string]>;
  /** Fixed port (e.g. the benchmark's 4310–4319); default: any free port. */
  port?: number;
}

export async function serveStatic(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? process.env.VITE_OUT_DIR ?? 'dist');
  const prefix = options.prefix ?? '/';
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = options.routes?.[path];
    if (route) {
      res.writeHead(200, { 'content-type': route[0], ...options.headers });
      res.end(route[1]);
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...options.headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
