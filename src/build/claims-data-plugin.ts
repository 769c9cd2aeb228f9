/**
 * Serves the claims folder as `data/` in dev, and copies it into
 * `dist/data/` at build time, so the static site carries its own data and the
 * "download the data" links work from any host and sub-path.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { loadDatasetInput } from '../cli/files';
import { checkDataset } from '../model';
import { citationSummary } from '../model/check/dataset';
import { fingerprint } from '../model/text/fingerprint';

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

/**
 * data/check.json: the text-dependent problems of `claims check` on this
 * folder, fingerprinted with the CSVs they belong to, so the dashboard need
 * not fetch every source text to know which citations hold.
 */
export function checkSummaryJson(dir: string): string {
  const input = loadDatasetInput(dir);
  const print = fingerprint(asBytes(input.claims), asBytes(input.sources));
  return `${JSON.stringify(citationSummary(checkDataset(input), print))}\n`;
}

function asBytes(content: Uint8Array | string | undefined): Uint8Array {
  return typeof content === 'string'
    ? new TextEncoder().encode(content)
    : (content ?? new Uint8Array());
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
      this.emitFile({ type: 'asset', fileName: 'data/check.json', source: checkSummaryJson(root) });
    },
  };
}
