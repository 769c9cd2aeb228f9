/**
 * Chart rendering for tests: jsdom's document, and SVG written the way
 * Observable Plot's own test harness (test/plot-snapshot.js) normalises it:
 * the generated class name becomes `plot`, generated ids are renumbered in
 * document order, long decimals are cut to 3 places; then one element per
 * line, indented, so a golden diff points at the mark that changed.
 */
import { JSDOM } from 'jsdom';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim, Measure, Source } from '../../src/model/claim';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { renderSvg } from '../../src/charts/render';
import type { ChartOptions, ChartSpec } from '../../src/charts/types';

export const { document } = new JSDOM('').window;

export function corpus(): { claims: Claim[]; sources: Source[]; measures: Measure[] } {
  const { claims, sources, measures, problems } = checkDataset(loadDatasetInput('claims'));
  if (problems.length > 0) throw new Error(`claims/ has problems: ${problems[0]!.message}`);
  return { claims, sources, measures };
}

export function svgOf(spec: ChartSpec, options: ChartOptions = {}): SVGSVGElement {
  return renderSvg(spec, { ...options, document });
}

const CLASS = /\bplot-[0-9a-f]{6}\b/g;
const SVG_NS = 'http://www.w3.org/2000/svg';

export function normaliseSvg(svg: Element): string {
  const root = svg.cloneNode(true) as Element;
  root.setAttribute('xmlns', SVG_NS);
  reindexIds(root, ['clip', 'pattern', 'marker', 'filter']);
  return `${serialise(root, 0)}\n`;
}

function reindexIds(root: Element, kinds: string[]): void {
  for (const kind of kinds) {
    const map = new Map<string, string>();
    for (const node of root.querySelectorAll(`[id^="plot-${kind}-"]`)) {
      const id = node.getAttribute('id')!;
      if (!map.has(id)) map.set(id, `plot-${kind}-${map.size + 1}`);
      node.setAttribute('id', map.get(id)!);
    }
    for (const node of root.querySelectorAll('*')) {
      for (const attr of [...node.attributes]) {
        const replaced = attr.value.replace(/url\(#([^)]+)\)/g, (all, id: string) =>
          map.has(id) ? `url(#${map.get(id)})` : all,
        );
        if (replaced !== attr.value) node.setAttribute(attr.name, replaced);
      }
    }
  }
}

function numbers(text: string): string {
  return text.replace(/\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3)));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function serialise(node: Element, depth: number): string {
  const indent = '  '.repeat(depth);
  const name = node.tagName;
  const attributes = [...node.attributes]
    .map((a) => ` ${a.name}="${escapeAttribute(numbers(a.value.replace(CLASS, 'plot')))}"`)
    .join('');
  const children = [...node.childNodes];
  if (children.length === 0) return `${indent}<${name}${attributes}></${name}>`;
  // Text-only elements (title, style) stay on one line.
  if (children.every((c) => c.nodeType === 3)) {
    const text = children.map((c) => c.textContent ?? '').join('');
    const shown = name === 'style' ? text.replace(CLASS, 'plot') : numbers(text);
    return `${indent}<${name}${attributes}>${escapeText(shown)}</${name}>`;
  }
  // Inside <text>, whitespace is text (Plot sets white-space: pre): its
  // <tspan> lines are written on one line, with nothing added between them.
  if (name === 'text') {
    return `${indent}<${name}${attributes}>${children.map((c) => serialise(c as Element, 0)).join('')}</${name}>`;
  }
  const inner = children
    .map((c) =>
      c.nodeType === 1
        ? serialise(c as Element, depth + 1)
        : `${'  '.repeat(depth + 1)}${escapeText(c.textContent ?? '')}`,
    )
    .join('\n');
  return `${indent}<${name}${attributes}>\n${inner}\n${indent}</${name}>`;
}
