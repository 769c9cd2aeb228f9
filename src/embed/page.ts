/**
 * The HTML of an embed page: one chart, pre-rendered, readable and clickable
 * with JavaScript off. Two renderings (wide and narrow) are inlined and CSS
 * picks the one that fits, so the layout follows the frame's width without
 * script; the script, loaded last, only adds tooltips and reports the page
 * height to the host page.
 */
import type { ChartSpec } from '../charts/types';
import { FILE_FONT_FAMILY, INK } from '../charts/theme';
import { escapeControls } from '../model/text/hidden';
import { embedCode } from './code';

/** The widths the chart is drawn at for the page's wide and narrow layouts. */
export const EMBED_WIDE = 720;
export const EMBED_NARROW = 340;
/** Below this frame width the narrow layout shows. */
const NARROW_BELOW = 520;
/** The page's padding, and the caption's top margin and line height, in px. */
const PADDING = 8;
const CAPTION_MARGIN = 4;
const CAPTION_LINE = 16;

/**
 * The height an iframe needs to show the whole page, with no scrollbar, at
 * the default width (the wide layout at full size, `EMBED_WIDE`, which it
 * never exceeds), from the wide chart's height: what embed code gives the
 * iframe before its script (if a host keeps it) fits it exactly. Room for a
 * caption of two lines. Narrower frames draw the wide chart smaller, so
 * shorter; below 520 px the narrow layout may need more, which only the
 * script gives.
 */
export function embedFrameHeight(wideSvgHeight: number): number {
  return Math.ceil(2 * PADDING + wideSvgHeight + CAPTION_MARGIN + 2 * CAPTION_LINE);
}

/** The frame width the default height is for: the wide chart at full size, with the padding. */
export const EMBED_DEFAULT_WIDTH = EMBED_WIDE + 2 * PADDING;

const { text, muted, accent, bg } = INK.light;

/** Text for HTML: markup characters as entities, control characters (NUL…) shown escaped. */
export const escapeHtml = (s: string): string =>
  escapeControls(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * JSON inside a <script> element: `<` escaped so no `</script>` can end it
 * early, and the control characters JSON leaves raw (DEL, C1) escaped too.
 */
export const scriptJson = (value: unknown): string =>
  escapeControls(JSON.stringify(value)).replace(/</g, '\\u003c');

export interface EmbedPageOptions {
  spec: ChartSpec;
  /** Serialised SVG markup (without XML declaration) at the wide and narrow widths. */
  wideSvg: string;
  narrowSvg: string;
  /** The dashboard's chart view, e.g. "../index.html#/charts/<id>". */
  dashboardChart: string;
  dataVersion: string;
  /** The build's date: labelled "compiled", the figures' dates are in the chart's source line. */
  compiled: string;
  /** URL of the embed script, relative to the page. */
  script: string;
  /** The absolute URL of the chart's oEmbed response, for discovery; none without a public URL. */
  oembed?: string | undefined;
}

const STYLE = `
:root{color-scheme:light;font-family:${FILE_FONT_FAMILY};color:${text};background:${bg}}
body{margin:0;padding:${PADDING}px}
figure{margin:0}
.chart svg{display:block;width:100%;height:auto}
.wide svg{max-width:${EMBED_WIDE}px}
.narrow{display:none}
@media (max-width:${NARROW_BELOW}px){.wide{display:none}.narrow{display:block}}
.meta{font-size:12px;line-height:${CAPTION_LINE}px;color:${muted};margin:${CAPTION_MARGIN}px 0 0}
.meta a{color:${accent}}
a:focus-visible{outline:3px solid ${accent};outline-offset:2px}
[role=tooltip]{position:absolute;z-index:2;max-width:min(22rem,90vw);padding:6px 8px;background:${text};color:${bg};font-size:12px;line-height:1.4;border-radius:4px;pointer-events:none;white-space:pre-line}
@page{size:A4;margin:12mm}
@media print{body{padding:0}.chart svg{max-height:250mm}figure{break-inside:avoid}[role=tooltip]{display:none}}
`.trim();

export function embedPage(options: EmbedPageOptions): string {
  const { spec } = options;
  const tooltips = Object.fromEntries(spec.rows.map((r) => [r.claim.id, r.tooltip]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(spec.title)}</title>${
    options.oembed
      ? `\n<link rel="alternate" type="application/json+oembed" href="${escapeHtml(options.oembed)}" title="${escapeHtml(spec.title)}">`
      : ''
  }
<style>${STYLE}</style>
</head>
<body>
<figure class="embed" data-chart="${escapeHtml(spec.id)}">
<div class="chart wide">${options.wideSvg}</div>
<div class="chart narrow">${options.narrowSvg}</div>
<figcaption class="meta">Compiled ${escapeHtml(options.compiled)} from data version ${escapeHtml(options.dataVersion)} · <a href="${escapeHtml(options.dashboardChart)}" target="_blank" rel="noopener">Sources and data</a></figcaption>
</figure>
<script type="application/json" id="tooltips">${scriptJson(tooltips)}</script>
<script type="module" src="${escapeHtml(options.script)}"></script>
</body>
</html>
`;
}

/**
 * The chart's oEmbed response (oEmbed 1.0, type "rich"): its embed code,
 * sized for the default width, so that a CMS that reads oEmbed embeds the
 * chart from its URL. Every URL absolute and http(s): it is read elsewhere.
 */
export function oembedResponse(options: {
  spec: ChartSpec;
  /** The embed page's absolute URL. */
  src: string;
  height: number;
  /** The dashboard's public address. */
  providerUrl: string;
}): string {
  const { spec, src, height, providerUrl } = options;
  for (const url of [src, providerUrl]) {
    if (!/^https?:\/\//i.test(url)) throw new Error(`oEmbed URLs must be http(s): ${url}`);
  }
  const response = {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: 'Claims fact sheet',
    provider_url: providerUrl,
    html: embedCode({ src, id: spec.id, title: spec.title, height }),
    width: EMBED_DEFAULT_WIDTH,
    height,
  };
  // `<` escaped as in scriptJson: the JSON stays inert if a host inlines it.
  return `${scriptJson(response)}\n`;
}

/**
 * Hosts serve 404.html at any missing address, at any depth, so a relative
 * link cannot find the fact sheet: `home` is the public URL when known, else
 * the host's root.
 */
export function notFoundPage(home = '/'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Not found</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:${text}}</style>
</head>
<body>
<h1>Not found</h1>
<p>There is no page or chart at this address: chart not found.</p>
<p><a href="${escapeHtml(home)}">Go to the fact sheet</a></p>
</body>
</html>
`;
}
