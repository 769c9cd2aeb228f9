/**
 * The build's PNGs (src/build/chart-files/png.ts): drawn with a subset of
 * the chart font, they are byte for byte what resvg draws with the whole
 * system fonts, whatever the script of the text (a character the font lacks
 * falls back to another font as before), as the subset grows chart by chart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, test } from 'vitest';
import { PngRasteriser } from '../../src/build/chart-files/png';
import { INK } from '../../src/charts/theme';
import { chartsFor } from '../../src/charts/catalogue';
import { standaloneFiles } from '../../src/embed/standalone-svg';
import { EVERY_QUALIFIER, SOURCES, SPREAD, claim, measuresOf } from '../charts/synthetic';

/** resvg as the build called it before: every system font, read as it needs them. */
function withSystemFonts(svg: string): Uint8Array {
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: INK.light.bg,
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
}

/** Lines of text, the first in bold; `attributes` on the second line. */
function textSvg(lines: string[], attributes = ''): string {
  const texts = lines.map(
    (line, k) =>
      `<text x="8" y="${24 + 22 * k}" font-size="${k === 0 ? 16 : 12}"${k === 0 ? ' font-weight="bold"' : ''}${k === 1 ? ` ${attributes}` : ''}>${line}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="${40 + 22 * lines.length}" font-family="'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif">${texts.join('')}</svg>`;
}

const fonts = mkdtempSync(join(tmpdir(), 'chart-png-'));
afterAll(() => rmSync(fonts, { recursive: true, force: true }));

// Every PNG is drawn twice, with each font set, about 0.1 s a chart on an
// idle core: seconds for the charts of the last test when the machine is
// shared, not a hang.
describe('PngRasteriser', { timeout: 30_000 }, () => {
  // One rasteriser for all: each text brings characters of blocks the subset lacks.
  const png = new PngRasteriser(fonts);

  test.each([
    [
      'Latin, bold and regular',
      ['Oil output: 360,000–370,000 bpd', 'at least 400,000 · “as reported” → 2016'],
    ],
    ['signs and arrows of later blocks', ['≥ 40 ≤ 300 ± 5 € £ ¥ …', 'People → ← ↑ ½ ¼ № ™']],
    [
      'Greek, Cyrillic and accents',
      ['Ελλάδα 12 θάνατοι', 'Донецк: более 300 погибших; Łódź, São Paulo, Åland'],
    ],
    ['scripts the font lacks fall back as before', ['東京 3,000 人', 'دمشق ١٢٣ — 🙂 ⛽ 𝔸']],
  ])('%s: the same bytes as with the system fonts', (_name, lines) => {
    const svg = textSvg(lines);
    expect(Buffer.from(png.rasterise(svg)).equals(withSystemFonts(svg))).toBe(true);
  });

  // Without the system fonts only when the subset draws every glyph as they would.
  test.each([
    ['Latin in the chart font', '', ['Oil output: 360,000 bpd', '≥ 40 “about” 300'], true],
    [
      'tabular figures (a feature, not a face)',
      'font-variant="tabular-nums"',
      ['A', '1,234'],
      true,
    ],
    ['a character both faces lack', '', ['Toll', '東京 3,000 人'], false],
    ['an italic', 'font-style="italic"', ['Toll', 'reported'], false],
    ['a light weight', 'font-weight="200"', ['Toll', 'reported'], false],
    ['another family', 'font-family="DejaVu Serif, serif"', ['Toll', 'reported'], false],
    ['a style attribute', 'style="font-style:oblique"', ['Toll', 'reported'], false],
    ['a condensed stretch', 'font-stretch="condensed"', ['Toll', 'reported'], false],
  ])('%s: system fonts skipped: %s', (_name, attributes, lines, skipped) => {
    const svg = textSvg(lines, attributes);
    const bytes = png.rasterise(svg);
    expect(png.subsetSuffices(svg)).toBe(skipped);
    expect(Buffer.from(bytes).equals(withSystemFonts(svg))).toBe(true);
  });

  test('a style sheet keeps the system fonts', () => {
    const svg = textSvg(['Toll', 'reported']).replace(
      '<text',
      '<style>text{font-family:monospace}</style><text',
    );
    expect(png.subsetSuffices(svg)).toBe(false);
    expect(Buffer.from(png.rasterise(svg)).equals(withSystemFonts(svg))).toBe(true);
  });

  test("every chart's PNG, as the build draws it, is the same as with the system fonts", () => {
    const claims = [
      ...EVERY_QUALIFIER,
      ...SPREAD,
      claim('m-a', 'exact', { value: 10 }, { measure: 'toll-a' }),
      claim('m-b', 'at_least', { low: 20 }, { measure: 'toll-a', source_id: 'study' }),
    ];
    const data = { claims, sources: SOURCES, measures: measuresOf(claims) };
    const { window } = new JSDOM('');
    const serializer = new window.XMLSerializer();
    const specs = chartsFor(claims, data);
    expect(specs.length).toBeGreaterThan(2);
    for (const spec of specs) {
      const [svg] = standaloneFiles(
        spec,
        {
          document: window.document,
          width: 640,
          dashboard: '../index.html',
          dataVersion: '0.0.0+test',
          compiled: '2026-11-30',
        },
        ['png'],
        serializer,
      );
      expect(Buffer.from(png.rasterise(svg!)).equals(withSystemFonts(svg!)), spec.id).toBe(true);
      // The charts' own text needs no other font: the fast way is the one taken.
      expect(png.subsetSuffices(svg!), spec.id).toBe(true);
    }
  });
});
