/**
 * The uncertainty marks: each claim drawn as what its sentence says, in
 * number-line notation.
 *
 *   exact       ●            filled dot at the value
 *   approx      ◌            dashed ring with a centre dot: "about here"
 *   more_than   ○──▸         open circle at low (bound excluded), arrow right
 *   at_least    ●──▸         filled circle at low (bound included), arrow right
 *   at_most   ◂──●           filled circle at high, arrow left
 *   less_than ◂──○           open circle at high, arrow left
 *   range       ├───┤        a rule from low to high with end ticks
 *   vague       (░░░░)       a translucent rounded band from low to high
 *
 * Which shape a qualifier gets is the qualifier table's (src/model/qualifiers.ts).
 * A bound is never drawn as a bar ending at the bound: a bar would read as
 * "exactly this much". Arrows have a fixed length (see scale.ts) and mean
 * "open-ended", not a second value.
 *
 * Every element links to its claim (Plot's href channel) and carries the
 * tooltip (title channel) and screen-reader label (ariaLabel channel). The
 * glyph a keyboard stops on is the dot, rule or band; the arrows, end ticks and
 * centre dots are marked aria-hidden, and render.ts takes them out of the tab
 * order so each claim is one stop.
 */
import * as Plot from '@observablehq/plot';
import type { Markish } from '@observablehq/plot';
import { meaningOf } from '../model/qualifiers';
import type { MarkShape, QualifierMeaning } from '../model/qualifiers';
import { QUALIFIERS } from '../model/schema';
import type { Qualifier } from '../model/schema';
import {
  APPROX_DASH,
  APPROX_RADIUS,
  BACKGROUND,
  BAND_HEIGHT,
  EXACT_RADIUS,
  HEAD_LENGTH,
  RADIUS,
  STROKE_WIDTH,
  TICK_HEIGHT,
  colourOf,
} from './palette';
import type { XScale } from './scale';
import type { ChartRow } from './types';

/** A row as Plot sees it: y is the claim id (unique), the label comes from the axis. */
export interface MarkDatum {
  row: ChartRow;
  y: string;
  href: string;
}

const low = (d: MarkDatum) => d.row.claim.low;
const high = (d: MarkDatum) => d.row.claim.high;
const value = (d: MarkDatum) => d.row.claim.value;

/** The channels every element has: its row, its link, its tooltip and its label. */
function linked(primary: boolean) {
  return {
    y: 'y',
    href: 'href',
    // The native tooltip repeats the accessible name: assistive tech (and
    // axe's label-content-name-mismatch rule) expects a link's name to contain
    // its text. The richer tooltip with the quote is PlotFigure's.
    title: (d: MarkDatum) => d.row.ariaLabel,
    ...(primary ? { ariaLabel: (d: MarkDatum) => d.row.ariaLabel } : { ariaHidden: 'true' }),
  };
}

/** Back to front: bands, intervals, bounds with their arrows, then dots on top. */
const DRAWING_ORDER: readonly MarkShape[] = ['band', 'rule', 'bound', 'ring', 'dot'];

/**
 * The marks of every claim, each drawn as its qualifier's shape says
 * (src/model/qualifiers.ts); CSS classes name the qualifier
 * (`claim-more-than`), so a chart can be read and tested by kind.
 */
export function uncertaintyMarks(
  data: readonly MarkDatum[],
  scale: XScale,
  rowHeight: number,
): Markish[] {
  const present = QUALIFIERS.filter((q) => data.some((d) => d.row.claim.qualifier === q));
  return DRAWING_ORDER.flatMap((shape) =>
    present
      .filter((q) => meaningOf(q).mark === shape)
      .flatMap((q) =>
        shapeMarks(
          data.filter((d) => d.row.claim.qualifier === q),
          q,
          scale,
          rowHeight,
        ),
      ),
  );
}

function shapeMarks(
  data: MarkDatum[],
  qualifier: Qualifier,
  scale: XScale,
  rowHeight: number,
): Markish[] {
  const meaning = meaningOf(qualifier);
  const colour = colourOf(qualifier);
  const name = `claim-${qualifier.replace('_', '-')}`;
  switch (meaning.mark) {
    case 'band': {
      const inset = (rowHeight - BAND_HEIGHT) / 2;
      return [
        Plot.barX(data, {
          ...linked(true),
          x1: low,
          x2: high,
          fill: colour,
          fillOpacity: 0.4,
          insetTop: inset,
          insetBottom: inset,
          // Rounded ends: a vague amount has no hard edge.
          rx: BAND_HEIGHT / 2,
          className: name,
        }),
      ];
    }
    case 'rule': {
      const inset = (rowHeight - TICK_HEIGHT) / 2;
      return [
        Plot.ruleY(data, {
          ...linked(true),
          x1: low,
          x2: high,
          stroke: colour,
          strokeWidth: 2,
          className: name,
        }),
        ...(['low', 'high'] as const).map((end) =>
          Plot.tickX(data, {
            ...linked(false),
            x: end === 'low' ? low : high,
            stroke: colour,
            strokeWidth: 2,
            insetTop: inset,
            insetBottom: inset,
            className: `${name}-${end}`,
          }),
        ),
      ];
    }
    case 'bound':
      return boundMarks(data, meaning, colour, name, scale);
    case 'ring':
      return [
        Plot.dot(data, {
          ...linked(true),
          x: value,
          r: APPROX_RADIUS,
          fill: BACKGROUND,
          stroke: colour,
          strokeWidth: STROKE_WIDTH,
          strokeDasharray: APPROX_DASH,
          className: name,
        }),
        Plot.dot(data, {
          ...linked(false),
          x: value,
          r: 1.75,
          fill: colour,
          className: `${name}-centre`,
        }),
      ];
    case 'dot':
      return [
        Plot.dot(data, {
          ...linked(true),
          x: value,
          r: EXACT_RADIUS,
          fill: colour,
          // A halo keeps overlapping dots apart.
          stroke: BACKGROUND,
          strokeWidth: 1,
          className: name,
        }),
      ];
  }
}

/** A circle at the bound (filled when the bound is included) and an arrow to the open side. */
function boundMarks(
  data: MarkDatum[],
  meaning: QualifierMeaning,
  colour: string,
  name: string,
  scale: XScale,
): Markish[] {
  const lower = meaning.bound === 'lower';
  const bound = lower ? low : high;
  return [
    Plot.arrow(data, {
      ...linked(false),
      x1: bound,
      x2: (d: MarkDatum) => scale.arrowTip(bound(d)!, lower ? 1 : -1),
      y1: 'y',
      y2: 'y',
      stroke: colour,
      strokeWidth: STROKE_WIDTH,
      headLength: HEAD_LENGTH,
      // The shaft starts at the circle's edge, not inside it.
      insetStart: RADIUS + 1,
      className: `${name}-arrow`,
    }),
    Plot.dot(data, {
      ...linked(true),
      x: bound,
      r: RADIUS,
      fill: meaning.included ? colour : BACKGROUND,
      stroke: colour,
      strokeWidth: STROKE_WIDTH,
      className: name,
    }),
  ];
}
