/**
 * A chart as a file that stands alone in a report: one SVG with the chart's
 * frame (src/charts/frame.ts: title, subtitle, source line, what its marks
 * offer) drawn inside it, a margin all round, concrete colours instead of
 * CSS variables, no stylesheet, fonts or scripts, and every mark a link to
 * its sentence on the dashboard. Written for librsvg (the renderer behind
 * many document tools, and the PNG's) as much as for browsers: only plain
 * SVG 1.1 features, with both `href` and `xlink:href` on links.
 */
import { chartFrame } from '../charts/frame';
import type { ChartFrame, ChartMedium } from '../charts/frame';
import { renderSvg } from '../charts/render';
import type { ChartSpec } from '../charts/types';
import { wrapText } from '../charts/labels';
import { FILE_FONT_FAMILY, INK } from '../charts/theme';
import { claimHref } from '../model/links';
import { isHttpUrl } from '../model/url';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

export const FONT_FAMILY = FILE_FONT_FAMILY;
const { text: TEXT, muted: MUTED, bg: BACKGROUND } = INK.light;
/** White space round the chart, in pixels, so a pasted file does not touch its neighbours. */
export const FILE_MARGIN = 16;

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
  /**
   * What the file is for: an SVG file (default), a PNG drawn from it (whose
   * marks cannot link, so it promises no link) or an embed page ('embed').
   */
  medium?: ChartMedium;
}

// The width table is for regular text; DejaVu Sans Bold measures 1.14 times wider.
const BOLD = 1.15;

export function claimUrl(dashboard: string, claimId: string): string {
  return `${dashboard}${claimHref(claimId)}`;
}

/** The standalone chart as an SVG element (in `options.document`). */
export function standaloneSvg(spec: ChartSpec, options: StandaloneOptions): SVGSVGElement {
  return framedChart(spec, options, options.medium ?? 'svg').svg;
}

/**
 * The standalone chart at one width as a file (serializeSvg) for each of
 * `media`, from one render of the chart: the media differ only in the
 * frame's line about the marks (an SVG file's link, a PNG's do not), so the
 * chart is drawn once and only its footer is written again.
 */
export function standaloneFiles(
  spec: ChartSpec,
  options: Omit<StandaloneOptions, 'medium'>,
  media: readonly ChartMedium[],
  serializer: { serializeToString(node: Node): string },
): string[] {
  let framed: FramedChart | undefined;
  return media.map((medium) => {
    if (framed) framed.setMedium(medium);
    else framed = framedChart(spec, options, medium);
    return serializeSvg(framed.svg, serializer);
  });
}

interface FramedChart {
  svg: SVGSVGElement;
  /** Writes the footer (and so the height) again for another medium. */
  setMedium(medium: ChartMedium): void;
}

function framedChart(
  spec: ChartSpec,
  options: StandaloneOptions,
  firstMedium: ChartMedium,
): FramedChart {
  const { document, width: outer } = options;
  // The chart, and every line of text, within the margins.
  const width = outer - 2 * FILE_MARGIN;
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
  // Every part is drawn from x = 0, then moved inside the margin.
  const inMargin = (part: Element) => {
    const shift = part.getAttribute('transform') ?? '';
    part.setAttribute('transform', `translate(${FILE_MARGIN},0)${shift ? ` ${shift}` : ''}`);
  };

  const frame = chartFrame(spec, firstMedium);
  let y = FILE_MARGIN - 4;
  const header = el('g', { 'text-anchor': 'start' });
  for (const line of wrapText(frame.title, width / BOLD, 16)) {
    y += 20;
    header.append(
      el('text', { x: 0, y, 'font-size': 16, 'font-weight': 'bold', fill: TEXT }, line),
    );
  }
  for (const line of wrapText(frame.subtitle, width, 12)) {
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

  /** The source line, what the marks offer in `medium`, the stamp; and the height below them. */
  const drawFooter = ({ source, marks }: ChartFrame) => {
    let bottom = chartTop + chartHeight + 4;
    const footer = el('g', { 'text-anchor': 'start', fill: MUTED });
    for (const line of wrapText(`${source} ${marks}`, width, 12)) {
      bottom += 16;
      footer.append(el('text', { x: 0, y: bottom, 'font-size': 12 }, line));
    }
    if (options.stamp ?? true) {
      // Where the fact sheet is, when the build knows its public address.
      const at = isHttpUrl(options.dashboard) ? `: ${options.dashboard}` : '.';
      const stamp = `Compiled ${options.compiled} from data version ${options.dataVersion}${at}`;
      for (const line of wrapText(stamp, width, 12)) {
        bottom += 16;
        footer.append(el('text', { x: 0, y: bottom, 'font-size': 12 }, line));
      }
    }
    inMargin(footer);
    return { footer, height: Math.ceil(bottom + FILE_MARGIN) };
  };
  let { footer, height } = drawFooter(frame);
  inMargin(header);
  inMargin(body);

  const root = el('svg', {
    width: outer,
    height,
    viewBox: `0 0 ${outer} ${height}`,
    'font-family': FONT_FAMILY,
    color: TEXT,
    role: 'img',
    'aria-label': spec.title,
  });
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK);
  const background = el('rect', { width: outer, height, fill: BACKGROUND });
  root.append(el('title', {}, spec.title), el('desc', {}, spec.description), background);
  root.append(header, body, footer);
  resolveForFiles(root, options.linkAttributes ?? {});
  return {
    svg: root as unknown as SVGSVGElement,
    setMedium(medium) {
      const next = drawFooter(chartFrame(spec, medium));
      resolveForFiles(next.footer, {});
      root.replaceChild(next.footer, footer);
      ({ footer, height } = next);
      root.setAttribute('height', String(height));
      root.setAttribute('viewBox', `0 0 ${outer} ${height}`);
      background.setAttribute('height', String(height));
    },
  };
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
  // A walk by siblings and attribute names: jsdom makes an object for each
  // item of childNodes, attributes and querySelectorAll, which took a quarter
  // of a chart's time in the build.
  const visit = (node: Element) => {
    for (const name of node.getAttributeNames()) {
      const value = node.getAttribute(name)!;
      let resolved = NOT_XML.test(value) ? value.replace(NOT_XML_ALL, '\uFFFD') : value;
      if (resolved.includes('var(--plot-background)')) {
        resolved = resolved.replace(/var\(--plot-background\)/g, BACKGROUND);
      }
      if (resolved !== value) node.setAttribute(name, resolved);
    }
    if (node.localName === 'a') {
      const href = node.getAttribute('href');
      if (href !== null) node.setAttributeNS(XLINK, 'xlink:href', href);
      for (const [k, v] of Object.entries(linkAttributes)) node.setAttribute(k, v);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) visit(child as Element);
      else if (child.nodeType === 3 && NOT_XML.test(child.nodeValue ?? '')) {
        child.nodeValue = child.nodeValue!.replace(NOT_XML_ALL, '\uFFFD');
      }
    }
  };
  visit(root);
}

/** The file: an XML declaration and the serialised SVG. */
export function serializeSvg(
  svg: Element,
  serializer: { serializeToString(node: Node): string },
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}\n`;
}
