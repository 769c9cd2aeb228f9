/**
 * Serves the claims folder as `data/` in dev, and copies it into
 * `dist/data/` at build time, so the static site carries its own data and the
 * "download the data" links work from any host and sub-path.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Files copied to dist/data: the two tables, the schema and every source text. */
export function listDataFiles(dir: string): string[] {
  const files = ['claims.csv', 'sources.csv', 'datapackage.json'];
  const sources = join(dir, 'sources');
  for (const name of readdirSync(sources).sort()) {
    if (name.endsWith('.txt')) files.push(`sources/${name}`);
  }
  return files;
}

export function claimsData(options: { dir: string }): Plugin {
  const root = normalize(options.dir);
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const match = /\/data\/(.+)$/.exec(path);
    if (!match) return next();
    const file = normalize(join(root, match[1]!));
    // Never serve anything outside the claims folder (`../`).
    if (!file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      return next();
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(readFileSync(file));
  };
  return {
    name: 'claims-data',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      for (const name of listDataFiles(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(root, name)),
        });
      }
    },
  };
}
