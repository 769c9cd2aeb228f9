/**
 * Writes, for every chart of the dashboard, the forms a report can take:
 * dist/embed/<id>.html (a pre-rendered page for an iframe), and in
 * dist/charts/ a standalone <id>.svg, a 2x <id>.png (rendered without a
 * browser, by resvg), the chart's claims as <id>.csv, and index.json, the
 * catalogue with each chart's embed code. Also dist/404.html.
 *
 * Absolute URLs come from CLAIMS_PUBLIC_URL (the dashboard's public address);
 * without it every URL is relative.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Plugin } from 'vite';
import { chartsFor } from '../charts';
import { embedCode } from '../embed/code';
import { embedPage, notFoundPage } from '../embed/page';
import { serializeSvg, standaloneSvg } from '../embed/standalone-svg';
import { claimsDownloadCsv } from '../model/export';
import { chartHref } from '../model/links';
import { isHttpUrl } from '../model/url';
import { PngPool } from './png/pool';
import type { SiteData, SiteSource } from './site-data';

export const PUBLIC_URL_VARIABLE = 'CLAIMS_PUBLIC_URL';

/** Width of the standalone SVG and PNG, and of the embed page's two layouts. */
const FILE_WIDTH = 640;
const WIDE = 720;
const NARROW = 340;

/** The public base URL, ending in "/", or undefined; a malformed one stops the build. */
export function publicUrl(raw = process.env[PUBLIC_URL_VARIABLE]): string | undefined {
  if (!raw) return undefined;
  if (!isHttpUrl(raw)) {
    throw new Error(`${PUBLIC_URL_VARIABLE}="${raw}" is not an http or https URL`);
  }
  // Paths are appended to it: "https://x/facts?a=1" would give "https://x/facts?a=1/embed/…".
  if (/[?#]/.test(raw)) {
    throw new Error(`${PUBLIC_URL_VARIABLE}="${raw}" must not have a query (?) or fragment (#)`);
  }
  return raw.endsWith('/') ? raw : `${raw}/`;
}

export interface CatalogueEntry {
  id: string;
  title: string;
  description: string;
  embed: string;
  svg: string;
  png: string;
  csv: string;
  embedCode: string;
}

export function chartEmbeds(site: SiteSource): Plugin {
  let script: string | undefined;
  let base: string | undefined;
  return {
    name: 'chart-embeds',
    config(_config, env) {
      // The preview server only serves dist/: it needs no data.
      if (env.isPreview) return;
      const { stamp } = site.get();
      return {
        define: {
          __DATA_VERSION__: JSON.stringify(stamp.version),
          __COMPILED_DATE__: JSON.stringify(stamp.compiled),
        },
      };
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'embed',
      );
      if (!entry)
        this.error('the embed script entry (src/embed/client/embed.ts) is missing from the build');
      script = entry.fileName;
      try {
        base = publicUrl();
      } catch (e) {
        this.error((e as Error).message);
      }
    },
    // Written straight to disk, chart by chart, after the bundle: thousands of
    // charts' SVGs and PNGs never wait in memory for Rollup to write them.
    async writeBundle(options) {
      if (!script) return;
      const charts = await writeEmbeds(options.dir ?? 'dist', site.get(), { base, script });
      this.info(`embed/ and charts/: ${charts} charts`);
    },
  };
}

/** Writes every chart's embed page, SVG, PNG and CSV, the catalogue and 404.html under `dist`. */
export async function writeEmbeds(
  dist: string,
  data: SiteData,
  options: { base: string | undefined; script: string },
): Promise<number> {
  const { base, script } = options;
  const { stamp, dataset } = data;
  mkdirSync(join(dist, 'charts'), { recursive: true });
  mkdirSync(join(dist, 'embed'), { recursive: true });
  const write = (path: string, content: string | Uint8Array) =>
    writeFileSync(join(dist, path), content);
  const { window } = new JSDOM('');
  const document = window.document;
  const serializer = new window.XMLSerializer();
  // Dashboard URLs as seen from dist/embed/ and dist/charts/.
  const dashboard = base ?? '../index.html';
  const entries: CatalogueEntry[] = [];
  const pngs = new PngPool();
  try {
    for (const spec of chartsFor(dataset.claims, dataset)) {
      const common = { document, dashboard, dataVersion: stamp.version, compiled: stamp.compiled };
      const file = serializeSvg(standaloneSvg(spec, { ...common, width: FILE_WIDTH }), serializer);
      const inFrame = { target: '_blank', rel: 'noopener' };
      const svgMarkup = (width: number) =>
        serializer.serializeToString(
          standaloneSvg(spec, { ...common, width, linkAttributes: inFrame, stamp: false }),
        );
      write(`charts/${spec.id}.svg`, file);
      await pngs.add(file, (png) => write(`charts/${spec.id}.png`, png));
      write(`charts/${spec.id}.csv`, claimsDownloadCsv(spec.claims));
      write(
        `embed/${spec.id}.html`,
        embedPage({
          spec,
          wideSvg: svgMarkup(WIDE),
          narrowSvg: svgMarkup(NARROW),
          dashboardChart: `${dashboard}${chartHref(spec.id)}`,
          dataVersion: stamp.version,
          compiled: stamp.compiled,
          script: `../${script}`,
        }),
      );
      const at = (path: string) => (base ? `${base}${path}` : `../${path}`);
      entries.push({
        id: spec.id,
        title: spec.title,
        description: spec.description,
        embed: at(`embed/${spec.id}.html`),
        svg: at(`charts/${spec.id}.svg`),
        png: at(`charts/${spec.id}.png`),
        csv: at(`charts/${spec.id}.csv`),
        embedCode: embedCode({ src: at(`embed/${spec.id}.html`), id: spec.id, title: spec.title }),
      });
    }
    await pngs.close();
  } finally {
    // However the charts end, the PNG threads end too: a failed build must not hang.
    await pngs.terminate();
    window.close();
  }
  write(
    'charts/index.json',
    `${JSON.stringify({ dataVersion: stamp.version, compiled: stamp.compiled, charts: entries }, null, 2)}\n`,
  );
  write('404.html', notFoundPage(base));
  return entries.length;
}
