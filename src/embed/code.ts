/**
 * The HTML snippet that puts one chart in a report: a responsive iframe and a
 * small script that sets its height from the embed page's messages. Shared by
 * the build (charts/index.json) and the dashboard's "Share and embed" panel.
 */

/** The message an embed page posts to its parent. */
export interface HeightMessage {
  type: 'claims-embed:height';
  id: string;
  height: number;
}

export const HEIGHT_MESSAGE = 'claims-embed:height';
/** Heights outside this range are clamped: a hostile or broken page cannot make the frame vanish or grow without end. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;

/** Only the expected shape passes; anything else is ignored. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === HEIGHT_MESSAGE &&
    typeof d.id === 'string' &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height)
  );
}

export function clampHeight(height: number): number {
  // NaN would pass through Math.min/max and write height="NaN" into the snippet.
  if (Number.isNaN(height)) return MIN_HEIGHT;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The resize script, written out by hand to stay small and dependency-free.
 * It resizes only the iframe just before it, only for messages whose source is
 * that iframe's window and whose origin is the iframe's, and only for the
 * expected shape; the height is clamped. It is the same logic as
 * isHeightMessage and clampHeight above, which the tests run.
 */
const RESIZER =
  '(function(){var f=document.currentScript&&document.currentScript.previousElementSibling;' +
  'if(!f||f.tagName!=="IFRAME")return;var o=new URL(f.src,location.href).origin;' +
  'addEventListener("message",function(e){var d=e.data;' +
  'if(e.source!==f.contentWindow||e.origin!==o||!d||typeof d!=="object"||' +
  `d.type!=="${HEIGHT_MESSAGE}"||d.id!==f.getAttribute("data-chart")||` +
  'typeof d.height!=="number"||!isFinite(d.height))return;' +
  `f.style.height=Math.min(${MAX_HEIGHT},Math.max(${MIN_HEIGHT},Math.ceil(d.height)))+"px"})})();`;

export function embedCode(options: {
  src: string;
  id: string;
  title: string;
  height?: number;
}): string {
  const height = clampHeight(options.height ?? 480);
  return (
    `<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" ` +
    `data-chart="${escapeAttribute(options.id)}" loading="lazy" width="100%" height="${height}" ` +
    `style="border:0;width:100%;height:${height}px"></iframe>` +
    `<script>${RESIZER}</script>`
  );
}
