/**
 * The one theme: the colours, fonts, opacities and glyph sizes of the
 * charts, their frames in files and embed pages, and the dashboard (whose
 * CSS variables are written from `INK`, see src/build/theme-css.ts).
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

/** Text, muted text, links and backgrounds, light and dark (each meets WCAG AA on its background). */
export const INK = {
  light: {
    text: '#1b1b1b',
    muted: '#555555',
    bg: '#ffffff',
    surface: '#fafafa',
    line: '#dddddd',
    'line-strong': '#767676',
    accent: '#0b5fad',
    mark: '#ffe58a',
    cited: '#eef4fb',
    warn: '#b35900',
    notice: '#fff4e5',
  },
  dark: {
    text: '#ececec',
    muted: '#b8b8b8',
    bg: '#121212',
    surface: '#1c1c1c',
    line: '#3a3a3a',
    'line-strong': '#8a8a8a',
    accent: '#8cc4ff',
    mark: '#6b5a00',
    cited: '#1d2a38',
    warn: '#f0a050',
    notice: '#3a2a10',
  },
} as const;

/** Fonts present wherever Chromium or librsvg are (DejaVu comes with fontconfig on Debian): files and embeds. */
export const FILE_FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
/** The dashboard's font. */
export const PAGE_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Chart text, in pixels: at least 12 as rendered, on a phone too. */
export const CHART_FONT_SIZE = 12;

export const OPACITY = {
  /** A vague amount's band, on a light background and on a dark one (needs more ink). */
  band: 0.4,
  bandDark: 0.65,
  grid: 0.12,
  /** The legend's notes. */
  note: 0.8,
} as const;

const COLOURS = {
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
