/**
 * One chart's files under dist/: its standalone SVG (charts/<id>.svg), its
 * PNG at 2x (charts/<id>.png, rasterised by resvg from the SVG's own twin,
 * whose text promises no links), its claims (charts/<id>.csv), its embed
 * page (embed/<id>.html) and, with a public URL, its oEmbed response.
 * Written by the chart worker threads (worker.ts); the catalogue entry is
 * the main thread's (embeds-plugin.ts), from the same URLs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartSpec } from '../../charts/types';
import {
  EMBED_NARROW,
  EMBED_WIDE,
  embedFrameHeight,
  embedPage,
  oembedResponse,
} from '../../embed/page';
import { standaloneFiles, standaloneSvg } from '../../embed/standalone-svg';
import { claimsDownloadCsv } from '../../model/export';
import { chartHref } from '../../model/links';
import type { DataStamp } from '../site-data';

/** Width of the standalone SVG and PNG. */
const FILE_WIDTH = 640;

/** What is the same for every chart of a build. */
export interface ChartFilesSite {
  dist: string;
  /** The public base URL, ending in "/", or undefined: then every URL is relative. */
  base: string | undefined;
  /** The embed script's file, relative to dist/. */
  script: string;
  stamp: DataStamp;
}

/** The URLs of a chart's files, absolute with a public URL, else relative to dist/embed/ and dist/charts/. */
export function chartUrls(id: string, base: string | undefined) {
  const at = (path: string) => (base ? `${base}${path}` : `../${path}`);
  return {
    embed: at(`embed/${id}.html`),
    svg: at(`charts/${id}.svg`),
    png: at(`charts/${id}.png`),
    csv: at(`charts/${id}.csv`),
    oembed: base ? at(`embed/${id}.oembed.json`) : undefined,
  };
}

/** The dashboard's URL as seen from dist/embed/ and dist/charts/. */
export const dashboardUrl = (base: string | undefined): string => base ?? '../index.html';

export interface ChartDrawing {
  document: Document;
  serializer: { serializeToString(node: Node): string };
  /** The PNG of an SVG's text. */
  rasterise: (svg: string) => Uint8Array;
}

/** Writes the chart's files; returns the iframe height its embed code gives (embed/page.ts `embedFrameHeight`). */
export function writeChartFiles(
  spec: ChartSpec,
  site: ChartFilesSite,
  drawing: ChartDrawing,
): number {
  const { dist, base, stamp } = site;
  const { document, serializer } = drawing;
  const write = (path: string, content: string | Uint8Array) =>
    writeFileSync(join(dist, path), content);
  const dashboard = dashboardUrl(base);
  const common = { document, dashboard, dataVersion: stamp.version, compiled: stamp.compiled };
  // The file and the PNG's own SVG from one render: they differ only in their footer.
  const [file, forPng] = standaloneFiles(
    spec,
    { ...common, width: FILE_WIDTH },
    ['svg', 'png'],
    serializer,
  );
  write(`charts/${spec.id}.svg`, file!);
  write(`charts/${spec.id}.png`, drawing.rasterise(forPng!));
  write(`charts/${spec.id}.csv`, claimsDownloadCsv(spec.claims));
  const frameSvg = (width: number) =>
    standaloneSvg(spec, {
      ...common,
      width,
      linkAttributes: { target: '_blank', rel: 'noopener' },
      stamp: false,
      medium: 'embed',
    });
  const wide = frameSvg(EMBED_WIDE);
  const height = embedFrameHeight(Number(wide.getAttribute('height')));
  const urls = chartUrls(spec.id, base);
  write(
    `embed/${spec.id}.html`,
    embedPage({
      spec,
      wideSvg: serializer.serializeToString(wide),
      narrowSvg: serializer.serializeToString(frameSvg(EMBED_NARROW)),
      dashboardChart: `${dashboard}${chartHref(spec.id)}`,
      dataVersion: stamp.version,
      compiled: stamp.compiled,
      script: `../${site.script}`,
      oembed: urls.oembed,
    }),
  );
  if (base) {
    write(
      `embed/${spec.id}.oembed.json`,
      oembedResponse({ spec, src: urls.embed, height, providerUrl: base }),
    );
  }
  return height;
}
