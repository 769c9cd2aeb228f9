/**
 * A chart as a file that stands alone in a report: one SVG with the title,
 * subtitle and source line drawn inside it, concrete colours instead of CSS
 * variables, no stylesheet, fonts or scripts, and every mark a link to its
 * sentence on the dashboard. Written for librsvg (the renderer behind many
 * document tools) as much as for browsers: only plain SVG 1.1 features, with
 * both `href` and `xlink:href` on links.
 */
import { renderSvg } from '../charts/render';
import type { ChartSpec } from '../charts/types';
import { textWidth } from '../charts/labels';
import { claimHref } from '../model/links';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** Fonts present wherever Chromium or librsvg are (DejaVu comes with fontconfig on Debian). */
export const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const TEXT = '#1b1b1b';
const MUTED = '#555555';
const BACKGROUND = '#ffffff';

export interface StandaloneOptions {
  document: Document;
  width: number;
  /** The dashboard's URL, absolute or relative to the file ("../index.html"). */
  dashboard: string;
  dataVersion: string;
  /** The build's date, labelled "compiled": the figures' dates are in the source line. */
  compiled: string;
  /** Extra attributes for every link (target/rel in an iframe). */
  linkAttributes?: Record<string, string>;
  /** Draw the data version line (not in embed pages, whose HTML caption has it). */
  stamp?: boolean;
}

// The width table is for regular text; DejaVu Sans Bold measures 1.14 times wider.
const BOLD = 1.15;

/** Lines of at most `width` pixels, breaking at spaces. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function claimUrl(dashboard: string, claimId: string): string {
  return `${dashboard}${claimHref(claimId)}`;
}

/** The standalone chart as an SVG element (in `options.document`). */
export function standaloneSvg(spec: ChartSpec, options: StandaloneOptions): SVGSVGElement {
  const { document, width } = options;
  const chart = renderSvg(spec, {
    document,
    width,
    href: (claim) => claimUrl(options.dashboard, claim.id),
  });
  const chartHeight = Number(chart.getAttribute('height'));

  const el = (name: string, attributes: Record<string, string | number> = {}, text?: string) => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };

  let y = 0;
  const header = el('g', { 'text-anchor': 'start' });
  for (const line of wrapText(spec.title, (width - 8) / BOLD, 16)) {
    y += 20;
    header.append(
      el('text', { x: 0, y, 'font-size': 16, 'font-weight': 'bold', fill: TEXT }, line),
    );
  }
  for (const line of wrapText(spec.subtitle, width - 8, 12)) {
    y += 17;
    header.append(el('text', { x: 0, y, 'font-size': 12, fill: MUTED }, line));
  }
  const chartTop = y + 8;

  // The chart's own root attributes (fill, font size, anchor) move to a group.
  const body = el('g', { transform: `translate(0,${chartTop})` });
  for (const name of ['fill', 'font-size', 'text-anchor']) {
    const value = chart.getAttribute(name);
    if (value !== null) body.setAttribute(name, value);
  }
  for (const child of [...chart.childNodes]) {
    if ((child as Element).tagName?.toLowerCase() === 'style') continue;
    body.append(child);
  }

  y = chartTop + chartHeight + 4;
  const footer = el('g', { 'text-anchor': 'start', fill: MUTED });
  for (const line of wrapText(spec.sourceLine, width - 8, 11)) {
    y += 15;
    footer.append(el('text', { x: 0, y, 'font-size': 11 }, line));
  }
  if (options.stamp ?? true) {
    y += 14;
    footer.append(
      el(
        'text',
        { x: 0, y, 'font-size': 9 },
        `Compiled ${options.compiled} from data version ${options.dataVersion}. Each mark links to its sentence.`,
      ),
    );
  }
  const height = Math.ceil(y + 8);

  const root = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT_FAMILY,
    color: TEXT,
    role: 'img',
    'aria-label': spec.title,
  });
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK);
  root.append(
    el('title', {}, spec.title),
    el('desc', {}, spec.description),
    el('rect', { width, height, fill: BACKGROUND }),
    header,
    body,
    footer,
  );
  resolveForFiles(root, options.linkAttributes ?? {});
  return root as unknown as SVGSVGElement;
}

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, LF and CR, lone
 * surrogates, U+FFFE and U+FFFF. Text pasted from PDFs brings them along, and
 * serialised as they are they make the whole file unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source, 'gu');

/**
 * CSS variables mean nothing to librsvg and to an SVG opened on its own: the
 * one the chart uses (the background behind hollow glyphs) becomes its colour.
 * Links carry both href forms, for SVG 2 and SVG 1.1 readers.
 */
function resolveForFiles(root: Element, linkAttributes: Record<string, string>): void {
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && NOT_XML.test(child.nodeValue ?? '')) {
        child.nodeValue = child.nodeValue!.replace(NOT_XML_ALL, '\uFFFD');
      }
    }
    for (const attribute of [...node.attributes]) {
      if (NOT_XML.test(attribute.value)) {
        node.setAttribute(attribute.name, attribute.value.replace(NOT_XML_ALL, '\uFFFD'));
      }
      if (attribute.value.includes('var(--plot-background)')) {
        node.setAttribute(
          attribute.name,
          attribute.value.replace(/var\(--plot-background\)/g, BACKGROUND),
        );
      }
    }
    if (node.tagName.toLowerCase() === 'a') {
      const href = node.getAttribute('href');
      if (href !== null) node.setAttributeNS(XLINK, 'xlink:href', href);
      for (const [k, v] of Object.entries(linkAttributes)) node.setAttribute(k, v);
    }
  }
}

/** The file: an XML declaration and the serialised SVG. */
export function serializeSvg(
  svg: Element,
  serializer: { serializeToString(node: Node): string },
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}\n`;
}
