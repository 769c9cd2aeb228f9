/**
 * Publishes the claims folder as `data/`: written into dist/data/ at build
 * time, so the static site carries its own data and the download links work
 * from any host and sub-path; served from memory by the dev server. What is
 * published, under which names, is publish.ts's business.
 */
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { DASHBOARD_DATA } from '../app/data/load';
import { publishedFile, writePublishedFiles } from './publish';
import { buildReport } from './site-data';
import type { SiteSource } from './site-data';

const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function claimsData(site: SiteSource): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const match = /\/data\/(.+)$/.exec(path);
    if (!match) return next();
    let body: Uint8Array | undefined;
    try {
      // The dev server checks the folder again only when a file in it changed.
      body = publishedFile(site.current(), match[1]!);
    } catch (e) {
      return next(e);
    }
    if (!body) return next();
    res.setHeader(
      'Content-Type',
      TYPES[/\.[a-z]+$/.exec(match[1]!)?.[0] ?? ''] ?? 'application/octet-stream',
    );
    res.setHeader('Cache-Control', 'no-cache');
    res.end(body);
  };
  let building = false;
  return {
    name: 'claims-data',
    configResolved(config) {
      site.setRoot(config.root);
      building = config.command === 'build';
    },
    buildStart() {
      const report = building ? buildReport(site.get()) : undefined;
      if (report) this.warn(report);
    },
    configureServer(server) {
      server.middlewares.use(serve);
    },
    // The dashboard's data, fetched as soon as the page is: at 100,000 claims
    // its download (and a server compressing it) takes longer than the code's.
    // Requested as the loader's fetch() requests it (same-origin credentials,
    // `crossorigin`), so the browser hands that request the preloaded response.
    transformIndexHtml() {
      return Object.values(DASHBOARD_DATA).map((path) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `data/${path}` },
        injectTo: 'head' as const,
      }));
    },
    writeBundle(options) {
      const data = site.get();
      const files = writePublishedFiles(join(options.dir ?? 'dist', 'data'), data);
      this.info(
        `data/: ${files} files, ${data.dataset.claims.length} claims in ${data.dataset.sources.length} sources`,
      );
    },
  };
}
