/**
 * Colours and glyph sizes shared by the marks and the legend.
 *
 * Okabe–Ito hues, chosen so each reaches WCAG's 3:1 for graphics against both
 * white and the dashboard's dark background (#141414): blue 5.2 / 3.6,
 * vermillion 3.9 / 4.8, bluish green 3.4 / 5.4, reddish purple 3.1 / 6.0. So
 * the same hex works in light mode, dark mode and a standalone SVG file, with
 * no stylesheet. Colour only repeats what the shapes say (bound direction),
 * so the chart also reads in greyscale.
 */
import { meaningOf } from '../model/qualifiers';
import type { Bound } from '../model/qualifiers';
import type { Qualifier } from '../model/schema';

export const COLOURS = {
  /** exact and approximate figures */
  point: '#0072B2',
  /** lower bounds: more than, at least (arrows to the right) */
  lower: '#D55E00',
  /** upper bounds: at most, less than (arrows to the left) */
  upper: '#009E73',
  /** ranges and vague amounts */
  interval: '#CC79A7',
} as const;

/** A qualifier's colour follows the side of the figure it bounds (src/model/qualifiers.ts). */
const COLOUR_OF_BOUND: Record<Bound, string> = {
  point: COLOURS.point,
  lower: COLOURS.lower,
  upper: COLOURS.upper,
  interval: COLOURS.interval,
};

export function colourOf(qualifier: Qualifier): string {
  return COLOUR_OF_BOUND[meaningOf(qualifier).bound];
}

/**
 * Plot sets --plot-background on its SVG (white); the dashboard overrides it
 * for dark mode. Hollow glyphs are filled with it so grid lines do not show
 * through an "open" circle.
 */
export const BACKGROUND = 'var(--plot-background)';

/** Radius in pixels of the circle at a bound. */
export const RADIUS = 4.5;
/** Radius of an exact figure's dot, which has a background-coloured halo instead of a stroke. */
export const EXACT_RADIUS = 5.5;
/** Radius of the dashed ring of an approximate figure. */
export const APPROX_RADIUS = 6;
/** Dash pattern of that ring. */
export const APPROX_DASH = '2.5,2';
/** Height in pixels of a range's end ticks and of a vague band. */
export const TICK_HEIGHT = 12;
export const BAND_HEIGHT = 14;
/** Arrowhead length in pixels. */
export const HEAD_LENGTH = 7;
export const STROKE_WIDTH = 1.75;
