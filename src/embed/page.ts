/**
 * The HTML of an embed page: one chart, pre-rendered, readable and clickable
 * with JavaScript off. Two renderings (wide and narrow) are inlined and CSS
 * picks the one that fits, so the layout follows the frame's width without
 * script; the script, loaded last, only adds tooltips and reports the page
 * height to the host page.
 */
import type { ChartSpec } from '../charts/types';
import { escapeControls } from '../model/text/hidden';

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
}

const STYLE = `
:root{color-scheme:light;font-family:'DejaVu Sans','Liberation Sans',system-ui,sans-serif;color:#1b1b1b;background:#fff}
body{margin:0;padding:8px}
figure{margin:0}
.chart svg{display:block;width:100%;height:auto}
.narrow{display:none}
@media (max-width:520px){.wide{display:none}.narrow{display:block}}
.meta{font-size:12px;color:#555;margin:4px 0 0}
.meta a{color:#0b5fad}
a:focus-visible{outline:3px solid #0b5fad;outline-offset:2px}
[role=tooltip]{position:absolute;z-index:2;max-width:min(22rem,90vw);padding:6px 8px;background:#1b1b1b;color:#fff;font-size:12px;line-height:1.4;border-radius:4px;pointer-events:none;white-space:pre-line}
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
<title>${escapeHtml(spec.title)}</title>
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
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}</style>
</head>
<body>
<h1>Not found</h1>
<p>There is no page or chart at this address: chart not found.</p>
<p><a href="${escapeHtml(home)}">Go to the fact sheet</a></p>
</body>
</html>
`;
}
