/**
 * The legend: one entry per kind of figure the chart shows, drawn with the same
 * glyphs as the marks, inside the chart's SVG (a Plot render function in the
 * top margin). Being part of the SVG, it is there in the browser, in Node and
 * in an exported file alike, and its layout is computed, not measured, so it
 * renders the same everywhere.
 */
import type { RenderFunction } from '@observablehq/plot';
import { meaningOf } from '../model/qualifiers';
import { QUALIFIERS } from '../model/schema';
import type { Qualifier } from '../model/schema';
import { textWidth, wrapText } from './labels';
import {
  APPROX_DASH,
  APPROX_RADIUS,
  BACKGROUND,
  CHART_FONT_SIZE,
  BAND_HEIGHT,
  EXACT_RADIUS,
  HEAD_LENGTH,
  OPACITY,
  RADIUS,
  STROKE_WIDTH,
  TICK_HEIGHT,
  colourOf,
} from './theme';

/** The legend's words for each qualifier, from the qualifier table. */
const LEGEND_TEXT: Readonly<Record<Qualifier, string>> = Object.fromEntries(
  QUALIFIERS.map((q) => [q, meaningOf(q).legend]),
) as Record<Qualifier, string>;

/** Said under the entries when the chart has arrows. */
export const ARROW_NOTE =
  'Arrows mark open-ended figures: they run to the edge of the chart and end at no value.';

const SVG = 'http://www.w3.org/2000/svg';
const GLYPH_WIDTH = 30;
const GAP = 6;
const ITEM_SPACING = 18;
const LINE_HEIGHT = 18;

export interface LegendLayout {
  entries: { qualifier: Qualifier; text: string; x: number; y: number }[];
  notes: { text: string; y: number }[];
  /** Height of the legend in pixels, from the top of the SVG. */
  height: number;
}

/** The qualifiers present, in the schema's order. */
export function legendQualifiers(qualifiers: Iterable<Qualifier>): Qualifier[] {
  const present = new Set(qualifiers);
  return QUALIFIERS.filter((q) => present.has(q));
}

/** Entries flow left to right and wrap at `width`; notes go on lines of their own. */
export function legendLayout(
  qualifiers: readonly Qualifier[],
  notes: readonly string[],
  width: number,
): LegendLayout {
  const top = 12;
  let x = 0;
  let y = top;
  const entries: LegendLayout['entries'] = [];
  for (const qualifier of qualifiers) {
    const text = LEGEND_TEXT[qualifier];
    const itemWidth = GLYPH_WIDTH + GAP + textWidth(text, CHART_FONT_SIZE);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LINE_HEIGHT;
    }
    entries.push({ qualifier, text, x, y });
    x += itemWidth + ITEM_SPACING;
  }
  // Notes wrap to the width: on a phone too, none is cut.
  const placed = notes
    .flatMap((note) => wrapText(note, width, CHART_FONT_SIZE))
    .map((text, i) => ({ text, y: y + LINE_HEIGHT * (i + 1) }));
  const last = placed.length > 0 ? placed[placed.length - 1]!.y : y;
  return { entries, notes: placed, height: last + LINE_HEIGHT / 2 };
}

/** A Plot mark drawing the legend at the top left of the SVG. */
export function legendMark(layout: LegendLayout): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const document = context.document;
    const el = <K extends keyof SVGElementTagNameMap>(
      name: K,
      attributes: Record<string, string | number>,
    ): SVGElementTagNameMap[K] => {
      const node = document.createElementNS(SVG, name);
      for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
      return node;
    };
    const legend = el('g', {
      class: 'chart-legend',
      role: 'list',
      'aria-label': 'Legend',
      'text-anchor': 'start',
      transform: 'translate(1,0)',
    });
    for (const entry of layout.entries) {
      const item = el('g', {
        class: `chart-legend-item chart-legend-${entry.qualifier.replace('_', '-')}`,
        role: 'listitem',
        transform: `translate(${entry.x},${entry.y})`,
      });
      const glyph = el('g', { 'aria-hidden': 'true' });
      drawGlyph(entry.qualifier, glyph, el);
      item.append(glyph);
      const text = el('text', { x: GLYPH_WIDTH + GAP, dy: '0.32em' });
      text.textContent = entry.text;
      item.append(text);
      legend.append(item);
    }
    for (const note of layout.notes) {
      const text = el('text', {
        class: 'chart-note',
        y: note.y,
        dy: '0.32em',
        'fill-opacity': OPACITY.note,
      });
      text.textContent = note.text;
      legend.append(text);
    }
    return legend;
  };
}

type Create = <K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
) => SVGElementTagNameMap[K];

/** The glyph of one kind of figure, in a GLYPH_WIDTH-wide box centred on y = 0. */
function drawGlyph(qualifier: Qualifier, g: SVGGElement, el: Create): void {
  const colour = colourOf(qualifier);
  const circle = (cx: number, filled: boolean) =>
    el('circle', {
      cx,
      cy: 0,
      r: RADIUS,
      fill: filled ? colour : BACKGROUND,
      stroke: colour,
      'stroke-width': STROKE_WIDTH,
    });
  // Same geometry as Plot's arrow mark: a shaft and two wings at ±30°.
  const arrow = (from: number, to: number) => {
    const back = to > from ? -1 : 1;
    const dx = HEAD_LENGTH * Math.cos(Math.PI / 6) * back;
    const dy = HEAD_LENGTH * Math.sin(Math.PI / 6);
    return el('path', {
      d: `M${from},0L${to},0M${to + dx},${-dy}L${to},0L${to + dx},${dy}`,
      fill: 'none',
      stroke: colour,
      'stroke-width': STROKE_WIDTH,
      'stroke-linecap': 'round',
    });
  };
  const meaning = meaningOf(qualifier);
  switch (meaning.mark) {
    case 'dot':
      g.append(
        el('circle', {
          cx: 22,
          cy: 0,
          r: EXACT_RADIUS,
          fill: colour,
          stroke: BACKGROUND,
          'stroke-width': 1,
        }),
      );
      break;
    case 'ring':
      g.append(
        el('circle', {
          cx: 22,
          cy: 0,
          r: APPROX_RADIUS,
          fill: BACKGROUND,
          stroke: colour,
          'stroke-width': STROKE_WIDTH,
          'stroke-dasharray': APPROX_DASH,
        }),
        el('circle', { cx: 22, cy: 0, r: 1.75, fill: colour }),
      );
      break;
    case 'bound':
      // The circle at the bound, filled when the bound is included; the arrow to the open side.
      if (meaning.bound === 'lower') {
        g.append(arrow(RADIUS + 1 + 5, 29), circle(5, meaning.included));
      } else {
        g.append(arrow(25 - RADIUS - 1, 1), circle(25, meaning.included));
      }
      break;
    case 'rule':
      g.append(
        el('line', { x1: 3, x2: 27, y1: 0, y2: 0, stroke: colour, 'stroke-width': 2 }),
        ...[3, 27].map((x) =>
          el('line', {
            x1: x,
            x2: x,
            y1: -TICK_HEIGHT / 2,
            y2: TICK_HEIGHT / 2,
            stroke: colour,
            'stroke-width': 2,
          }),
        ),
      );
      break;
    case 'band':
      g.append(
        el('rect', {
          x: 1,
          y: -BAND_HEIGHT / 2,
          width: 28,
          height: BAND_HEIGHT,
          rx: BAND_HEIGHT / 2,
          fill: colour,
          'fill-opacity': OPACITY.band,
        }),
      );
      break;
  }
}
