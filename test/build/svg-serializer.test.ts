/**
 * The build writes its SVG the short way (src/build/chart-files/svg-serializer.ts):
 * it must write exactly what jsdom's XMLSerializer writes, and hand over to
 * it whatever the short way does not cover.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { chartOfRecipe, chartRecipes } from '../../src/build/chart-files/recipe';
import { shortSerialization, svgSerializer } from '../../src/build/chart-files/svg-serializer';
import { standaloneSvg } from '../../src/embed/standalone-svg';
import { checkDataset } from '../../src/model/check/dataset';
import { loadDatasetInput } from '../../src/node/claims-folder';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

const { window } = new JSDOM('');
const { document } = window;
const general = new window.XMLSerializer();
const serializer = svgSerializer(general);

function svgRoot(declareXlink = true): Element {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('width', '10');
  if (declareXlink) root.setAttributeNS(XMLNS, 'xmlns:xlink', XLINK);
  return root;
}

describe('the short SVG serialisation', () => {
  test('writes every shipped chart as XMLSerializer does, in each medium', () => {
    const dataset = checkDataset(loadDatasetInput('claims'));
    let count = 0;
    for (const [, recipe] of chartRecipes(dataset)) {
      const spec = chartOfRecipe(recipe);
      for (const [width, medium] of [
        [640, 'svg'],
        [340, 'embed'],
      ] as const) {
        const svg = standaloneSvg(spec, {
          document,
          width,
          medium,
          dashboard: 'https://facts.example/',
          dataVersion: '1.0.0+test',
          compiled: '2026-11-30',
          linkAttributes: { target: '_blank', rel: 'noopener' },
        });
        const short = shortSerialization(svg);
        expect(short, spec.id).toBeDefined();
        expect(short).toBe(general.serializeToString(svg));
        count++;
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  test('escapes text and attribute values as XMLSerializer does', () => {
    const root = svgRoot();
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('aria-label', 'a "b" & <c>\td\ne\rf \u00a0 \u2212 \ud83d\ude00');
    text.append('x < y & z > "w" \'v\' \u00a0 \t\n');
    const link = document.createElementNS(SVG, 'a');
    link.setAttribute('href', 'https://x.example/?a=1&b=2#claim/<1>');
    link.setAttributeNS(XLINK, 'xlink:href', 'https://x.example/?a=1&b=2');
    link.append(document.createElementNS(SVG, 'rect'), document.createComment(' note '));
    root.append(text, link, document.createElementNS(SVG, 'g'));
    expect(shortSerialization(root)).toBe(general.serializeToString(root));
    expect(serializer.serializeToString(root)).toContain(
      'xlink:href="https://x.example/?a=1&amp;b=2"',
    );
  });

  test.each([
    [
      'an xlink attribute without the root declaring its prefix',
      () => {
        const root = svgRoot(false);
        const a = document.createElementNS(SVG, 'a');
        a.setAttributeNS(XLINK, 'xlink:href', '#x');
        root.append(a);
        return root;
      },
    ],
    [
      'an element of another namespace',
      () => {
        const root = svgRoot();
        const object = document.createElementNS(SVG, 'foreignObject');
        object.append(document.createElementNS('http://www.w3.org/1999/xhtml', 'p'));
        root.append(object);
        return root;
      },
    ],
    [
      'an attribute in a namespace of its own',
      () => {
        const root = svgRoot();
        root.setAttributeNS('https://example.org/ns', 'data', 'x');
        return root;
      },
    ],
    [
      'a prefixed attribute of another namespace',
      () => {
        const root = svgRoot();
        root.setAttributeNS('https://example.org/ns', 'ex:data', 'x');
        return root;
      },
    ],
    [
      'a declaration below the root',
      () => {
        const root = svgRoot();
        const g = document.createElementNS(SVG, 'g');
        g.setAttributeNS(XMLNS, 'xmlns:xlink', XLINK);
        root.append(g);
        return root;
      },
    ],
    [
      'a processing instruction',
      () => {
        const root = svgRoot();
        root.append(document.createProcessingInstruction('x', 'y'));
        return root;
      },
    ],
    ['a prefixed SVG element', () => document.createElementNS(SVG, 's:svg')],
  ])('hands %s to XMLSerializer', (_, make) => {
    const node = make();
    expect(shortSerialization(node)).toBeUndefined();
    expect(serializer.serializeToString(node)).toBe(general.serializeToString(node));
  });
});
