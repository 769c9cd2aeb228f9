/**
 * Writes, for every chart of the dashboard, the forms a report can take:
 * dist/embed/<id>.html (a pre-rendered page for an iframe), and in
 * dist/charts/ a standalone <id>.svg, a 2x <id>.png (rendered without a
 * browser, by resvg), the chart's claims as <id>.csv, and index.json, the
 * catalogue with each chart's embed code. Also dist/404.html.
 *
 * The charts are drawn on worker threads (chart-files/), each from a recipe
 * of its own claims; this thread hands the recipes out and writes the
 * catalogue, in the charts' order, as their heights come back.
 *
 * Absolute URLs come from CLAIMS_PUBLIC_URL (the dashboard's public address);
 * without it every URL is relative.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ChartSpec } from '../charts/types';
import { embedCode } from '../embed/code';
import { notFoundPage } from '../embed/page';
import { PUBLIC_URL_VARIABLE } from '../embed/public-url';
import { isHttpUrl } from '../model/url';
import { chartUrls } from './chart-files/files';
import { ChartPool } from './chart-files/pool';
import { chartRecipes } from './chart-files/recipe';
import { collectGarbage } from './gc';
import type { SiteData, SiteSource } from './site-data';

export { PUBLIC_URL_VARIABLE };

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

function validPublicUrl(): string | undefined {
  try {
    return publicUrl();
  } catch {
    return undefined;
  }
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
  /** The iframe's height at the default width, without its script (embed/page.ts `embedFrameHeight`). */
  height: number;
  /** The chart's oEmbed response; only with a public URL, which its URLs need. */
  oembed?: string;
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
          // A malformed one stops the build in generateBundle, with its message.
          __PUBLIC_URL__: JSON.stringify(validPublicUrl() ?? ''),
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
      const { charts, threads } = await writeEmbeds(options.dir ?? 'dist', site.get(), {
        base,
        script,
      });
      this.info(`embed/ and charts/: ${charts} charts, drawn on ${threads} threads`);
    },
  };
}

/**
 * Writes every chart's embed page, SVG, PNG and CSV, the catalogue and
 * 404.html under `dist`; says how many charts, on how many threads.
 */
export async function writeEmbeds(
  dist: string,
  data: SiteData,
  options: { base: string | undefined; script: string },
): Promise<{ charts: number; threads: number }> {
  const { base, script } = options;
  const { stamp, dataset } = data;
  mkdirSync(join(dist, 'charts'), { recursive: true });
  mkdirSync(join(dist, 'embed'), { recursive: true });
  // In the catalogue's order, whichever chart is drawn first.
  const entries: CatalogueEntry[] = [];
  // Publishing data/ leaves hundreds of megabytes of garbage (450,000 claims'
  // CSV pieces) that this thread, idle while the workers draw, would hold
  // until V8 notices: collected before the workers add their own memory.
  collectGarbage();
  const pool = new ChartPool({ dist, base, script, stamp });
  try {
    for (const [spec, recipe] of chartRecipes(dataset)) {
      const k = entries.push(catalogueEntry(spec, base, 0)) - 1;
      await pool.add(recipe, (height) => {
        entries[k] = catalogueEntry(spec, base, height);
      });
    }
    await pool.close();
  } finally {
    // However the charts end, the threads end too: a failed build must not hang.
    await pool.terminate();
  }
  writeFileSync(
    join(dist, 'charts/index.json'),
    `${JSON.stringify({ dataVersion: stamp.version, compiled: stamp.compiled, charts: entries }, null, 2)}\n`,
  );
  writeFileSync(join(dist, '404.html'), notFoundPage(base));
  return { charts: entries.length, threads: pool.threads };
}

function catalogueEntry(spec: ChartSpec, base: string | undefined, height: number): CatalogueEntry {
  const urls = chartUrls(spec.id, base);
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    embed: urls.embed,
    svg: urls.svg,
    png: urls.png,
    csv: urls.csv,
    embedCode: embedCode({ src: urls.embed, id: spec.id, title: spec.title, height }),
    height,
    ...(urls.oembed ? { oembed: urls.oembed } : {}),
  };
}
