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
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import type { Plugin } from 'vite';
import { chartsFor } from '../charts';
import { loadDatasetInput } from '../cli/files';
import { embedCode } from '../embed/code';
import { embedPage, notFoundPage } from '../embed/page';
import { serializeSvg, standaloneSvg } from '../embed/standalone-svg';
import { checkDataset } from '../model';
import { claimsDownloadCsv } from '../model/export';
import { chartHref } from '../model/links';
import { isHttpUrl } from '../model/url';

export const PUBLIC_URL_VARIABLE = 'CLAIMS_PUBLIC_URL';

/** Width of the standalone SVG and PNG, and of the embed page's two layouts. */
const FILE_WIDTH = 640;
const WIDE = 720;
const NARROW = 340;

export interface DataStamp {
  /** datapackage version + a hash of the data: changes whenever a figure does. */
  version: string;
  /** Build date, YYYY-MM-DD (SOURCE_DATE_EPOCH, when set, for reproducible builds). */
  date: string;
}

export function dataStamp(dir: string): DataStamp {
  const datapackage = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
    version?: string;
  };
  const hash = createHash('sha256');
  for (const file of ['claims.csv', 'sources.csv']) hash.update(readFileSync(join(dir, file)));
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  return {
    version: `${datapackage.version ?? '0'}+${hash.digest('hex').slice(0, 8)}`,
    date: date.toISOString().slice(0, 10),
  };
}

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

export function chartEmbeds(options: { dir: string }): Plugin {
  return {
    name: 'chart-embeds',
    config() {
      const stamp = dataStamp(options.dir);
      return {
        define: {
          __DATA_VERSION__: JSON.stringify(stamp.version),
          __DATA_DATE__: JSON.stringify(stamp.date),
        },
      };
    },
    generateBundle(_options, bundle) {
      const script = Object.values(bundle).find(
        (chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'embed',
      );
      if (!script)
        this.error('the embed script entry (src/embed/client/embed.ts) is missing from the build');

      let base: string | undefined;
      try {
        base = publicUrl();
      } catch (e) {
        this.error((e as Error).message);
      }
      const stamp = dataStamp(options.dir);
      const dataset = checkDataset(loadDatasetInput(options.dir));
      if (dataset.problems.length > 0) {
        this.warn(
          `${dataset.problems.length} problems in ${options.dir}: run \`npx claims check\`; charts use the valid claims`,
        );
      }
      const { window } = new JSDOM('');
      const document = window.document;
      const serializer = new window.XMLSerializer();
      // Dashboard URLs as seen from dist/embed/ and dist/charts/.
      const dashboard = base ?? '../index.html';
      const entries: CatalogueEntry[] = [];

      for (const spec of chartsFor(dataset.claims, dataset.sources)) {
        const common = { document, dashboard, dataVersion: stamp.version, date: stamp.date };
        const file = serializeSvg(
          standaloneSvg(spec, { ...common, width: FILE_WIDTH }),
          serializer,
        );
        const inFrame = { target: '_blank', rel: 'noopener' };
        const svgMarkup = (width: number) =>
          serializer.serializeToString(
            standaloneSvg(spec, { ...common, width, linkAttributes: inFrame, stamp: false }),
          );
        const png = new Resvg(file, {
          fitTo: { mode: 'zoom', value: 2 },
          background: '#ffffff',
          font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
        })
          .render()
          .asPng();

        this.emitFile({ type: 'asset', fileName: `charts/${spec.id}.svg`, source: file });
        this.emitFile({ type: 'asset', fileName: `charts/${spec.id}.png`, source: png });
        this.emitFile({
          type: 'asset',
          fileName: `charts/${spec.id}.csv`,
          source: claimsDownloadCsv(spec.claims),
        });
        this.emitFile({
          type: 'asset',
          fileName: `embed/${spec.id}.html`,
          source: embedPage({
            spec,
            wideSvg: svgMarkup(WIDE),
            narrowSvg: svgMarkup(NARROW),
            dashboardChart: `${dashboard}${chartHref(spec.id)}`,
            dataVersion: stamp.version,
            date: stamp.date,
            script: `../${script.fileName}`,
          }),
        });
        const at = (path: string) => (base ? `${base}${path}` : `../${path}`);
        entries.push({
          id: spec.id,
          title: spec.title,
          description: spec.description,
          embed: at(`embed/${spec.id}.html`),
          svg: at(`charts/${spec.id}.svg`),
          png: at(`charts/${spec.id}.png`),
          csv: at(`charts/${spec.id}.csv`),
          embedCode: embedCode({
            src: at(`embed/${spec.id}.html`),
            id: spec.id,
            title: spec.title,
          }),
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'charts/index.json',
        source: `${JSON.stringify({ dataVersion: stamp.version, date: stamp.date, charts: entries }, null, 2)}\n`,
      });
      this.emitFile({ type: 'asset', fileName: '404.html', source: notFoundPage(base) });
      window.close();
    },
  };
}
