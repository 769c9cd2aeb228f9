/**
 * Rendering a chart spec with Plot, in a browser or in Node (with jsdom's
 * document). Deterministic: Plot's class name is fixed and these charts use
 * no clip paths, patterns or markers, so no generated id varies from run to
 * run.
 */
import * as Plot from '@observablehq/plot';
import { defaultClaimHref } from './plot';
import { CHART_FONT_SIZE } from './theme';
import type { ChartOptions, ChartSpec } from './types';

const XLINK = 'http://www.w3.org/1999/xlink';

export type RenderOptions = ChartOptions & { document: Document };

/** The chart's SVG (legend included), with every mark a link to its claim. */
export function renderSvg(spec: ChartSpec, options: RenderOptions): SVGSVGElement {
  const svg = Plot.plot(spec.plot(options)) as SVGSVGElement;
  // Plot writes 10 px; chart text is at least 12 px as rendered, on a phone too.
  svg.setAttribute('font-size', String(CHART_FONT_SIZE));
  linkMarks(svg, spec, options);
  return svg;
}

/**
 * Plot writes links as xlink:href; SVG 2 and every current browser read a
 * plain href, which needs no namespace declaration in an exported file. Each
 * link also gets `data-claim` (so the dashboard finds the claim of a hovered
 * or focused mark) and the mark's aria-label (a link is named by it). Links
 * around decorative parts (arrows, end ticks), which Plot marks aria-hidden,
 * leave the tab order: one stop per claim.
 */
function linkMarks(svg: SVGSVGElement, spec: ChartSpec, options: ChartOptions): void {
  const href = options.href ?? defaultClaimHref;
  const claimByHref = new Map<string, string>();
  for (const claim of spec.claims) {
    const h = href(claim);
    if (!claimByHref.has(h)) claimByHref.set(h, claim.id);
  }
  for (const a of svg.querySelectorAll('a')) {
    const h = a.getAttributeNS(XLINK, 'href') ?? a.getAttribute('href');
    if (h === null) continue;
    a.removeAttributeNS(XLINK, 'href');
    a.setAttribute('href', h);
    const id = claimByHref.get(h);
    if (id !== undefined) a.setAttribute('data-claim', id);
    const mark = a.firstElementChild;
    if (a.closest('[aria-hidden="true"]')) {
      a.setAttribute('tabindex', '-1');
    } else if (mark?.hasAttribute('aria-label')) {
      a.setAttribute('aria-label', mark.getAttribute('aria-label')!);
      mark.removeAttribute('aria-label');
    }
  }
}
