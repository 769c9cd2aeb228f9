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

export function uncertaintyMarks(
  data: readonly MarkDatum[],
  scale: XScale,
  rowHeight: number,
): Markish[] {
  const of = (q: Qualifier) => data.filter((d) => d.row.claim.qualifier === q);
  const tickInset = (rowHeight - TICK_HEIGHT) / 2;
  const bandInset = (rowHeight - BAND_HEIGHT) / 2;

  // Drawn back to front: bands, intervals, arrows, then dots on top.
  return [
    Plot.barX(of('vague'), {
      ...linked(true),
      x1: low,
      x2: high,
      fill: colourOf('vague'),
      fillOpacity: 0.4,
      insetTop: bandInset,
      insetBottom: bandInset,
      // Rounded ends: a vague amount has no hard edge.
      rx: BAND_HEIGHT / 2,
      className: 'claim-vague',
    }),
    Plot.ruleY(of('range'), {
      ...linked(true),
      x1: low,
      x2: high,
      stroke: colourOf('range'),
      strokeWidth: 2,
      className: 'claim-range',
    }),
    ...(['low', 'high'] as const).map((end) =>
      Plot.tickX(of('range'), {
        ...linked(false),
        x: end === 'low' ? low : high,
        stroke: colourOf('range'),
        strokeWidth: 2,
        insetTop: tickInset,
        insetBottom: tickInset,
        className: `claim-range-${end}`,
      }),
    ),
    ...boundMarks(of('more_than'), 'more_than', scale),
    ...boundMarks(of('at_least'), 'at_least', scale),
    ...boundMarks(of('at_most'), 'at_most', scale),
    ...boundMarks(of('less_than'), 'less_than', scale),
    Plot.dot(of('approx'), {
      ...linked(true),
      x: value,
      r: APPROX_RADIUS,
      fill: BACKGROUND,
      stroke: colourOf('approx'),
      strokeWidth: STROKE_WIDTH,
      strokeDasharray: APPROX_DASH,
      className: 'claim-approx',
    }),
    Plot.dot(of('approx'), {
      ...linked(false),
      x: value,
      r: 1.75,
      fill: colourOf('approx'),
      className: 'claim-approx-centre',
    }),
    Plot.dot(of('exact'), {
      ...linked(true),
      x: value,
      r: EXACT_RADIUS,
      fill: colourOf('exact'),
      // A halo keeps overlapping dots apart.
      stroke: BACKGROUND,
      strokeWidth: 1,
      className: 'claim-exact',
    }),
  ];
}

/** A circle at the bound and an arrow pointing to where the figure is open. */
function boundMarks(
  data: MarkDatum[],
  qualifier: 'more_than' | 'at_least' | 'at_most' | 'less_than',
  scale: XScale,
): Markish[] {
  const lower = qualifier === 'more_than' || qualifier === 'at_least';
  const open = qualifier === 'more_than' || qualifier === 'less_than';
  const bound = lower ? low : high;
  const colour = colourOf(qualifier);
  const name = qualifier.replace('_', '-');
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
      className: `claim-${name}-arrow`,
    }),
    Plot.dot(data, {
      ...linked(true),
      x: bound,
      r: RADIUS,
      fill: open ? BACKGROUND : colour,
      stroke: colour,
      strokeWidth: STROKE_WIDTH,
      className: `claim-${name}`,
    }),
  ];
}
