/**
 * Serves the built site (dist/) on a free localhost port, as any static host
 * would: files only, no fallback, 404 for the rest.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Compress responses with gzip when the client accepts it, as static hosts do. */
  gzip?: boolean;
  /** Serve this folder for paths under `data/` instead of root/data (a synthetic corpus). */
  data?: string;
}

export async function serveStatic(
  root: string,
  prefix = '/',
  options: ServeOptions = {},
): Promise<StaticSite> {
  const base = normalize(root);
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end('not found');
    const relative = path.slice(prefix.length);
    const dataRoot =
      options.data && relative.startsWith('data/') ? normalize(options.data) : undefined;
    const from = dataRoot ?? base;
    let file = normalize(join(from, dataRoot ? relative.slice('data/'.length) : relative));
    if (file !== from && !file.startsWith(from + sep)) return void res.writeHead(403).end();
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return void res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = compressed.get(file);
      if (!zipped) compressed.set(file, (zipped = gzipSync(body, { level: 6 })));
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
      });
      return void res.end(zipped);
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
