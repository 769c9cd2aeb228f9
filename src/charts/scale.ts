/**
 * The x scale of a chart: linear or log, its domain, and where the arrow of an
 * open-ended figure ("more than 40") ends: at the edge of the plot, so that
 * it reads as "and beyond", never as a second value. The domain leaves room
 * beyond the last bound so that the arrow has a length.
 *
 * Log-scale rule: a chart is on a log scale by default when the largest
 * positive number it states (low, value or high) is at least 100 times the
 * smallest one, i.e. its figures span two orders of magnitude or more; on a
 * linear scale they would crowd into the left edge. Numbers of zero or less
 * cannot be placed on a log scale: those claims are left out, and the chart
 * says so in a note.
 */
import { nice } from 'd3-array';
import type { Claim } from '../model/claim';
import { statedNumbers } from '../model/claim';
import { meaningOf } from '../model/qualifiers';

const LOG_RATIO = 100;
/** Room beyond a bound for its arrow, as a share of the data's extent (linear) or of its decades (log). */
export const ARROW_SHARE = 0.12;

export function logByDefault(claims: readonly Claim[]): boolean {
  const positive = claims.flatMap(statedNumbers).filter((n) => n > 0);
  if (positive.length < 2) return false;
  return highest(positive) / lowest(positive) >= LOG_RATIO;
}

// Loops rather than Math.min(...numbers): a call takes only so many
// arguments, and a chart of all claims can have more numbers than that.
function lowest(numbers: readonly number[], start = Infinity): number {
  let low = start;
  for (const n of numbers) if (n < low) low = n;
  return low;
}

function highest(numbers: readonly number[], start = -Infinity): number {
  let high = start;
  for (const n of numbers) if (n > high) high = n;
  return high;
}

export interface XScale {
  type: 'linear' | 'log';
  /** Covers every number shown with room for the arrows, at round numbers ("nice"). */
  domain: [number, number];
  /** Where an arrow starting at `from` ends, pointing right (+1) or left (-1): the domain's edge. */
  arrowTip(from: number, direction: 1 | -1): number;
  /** Claims drawn: on a log scale, those whose numbers are all positive. */
  shown: Claim[];
  /** Claims left out because the log scale cannot place them. */
  dropped: Claim[];
}

/**
 * The scale for `claims`; `log` asks for a log scale, which falls back to
 * linear when no claim has a positive number (the caller says so).
 */
export function xScaleFor(claims: readonly Claim[], log: boolean): XScale {
  if (log) {
    const shown = claims.filter((c) => statedNumbers(c).every((n) => n > 0));
    if (shown.length > 0) {
      const kept = new Set(shown);
      return logScale(
        shown,
        claims.filter((c) => !kept.has(c)),
      );
    }
  }
  return linearScale([...claims]);
}

function linearScale(claims: Claim[]): XScale {
  const numbers = claims.flatMap(statedNumbers);
  // A zero baseline keeps positions proportional to size: 40 and 41 look
  // close, as they are.
  const low = lowest(numbers, 0);
  const high = highest(numbers, 0);
  const span = high - low || 1;
  const length = ARROW_SHARE * span;
  // For quantities that cannot be negative, room to the left stops at zero.
  const floor = low < 0 ? -Infinity : 0;
  const room = (from: number, direction: 1 | -1) =>
    direction === 1 ? from + length : Math.max(floor, from - length);
  const tips = arrowTips(claims, room);
  // A little room on the right so a dot at the maximum is not cut by the edge.
  const [domainLow, domainHigh] = nice(lowest(tips, low), highest(tips, high) + 0.02 * span, 10);
  return {
    type: 'linear',
    domain: [domainLow, domainHigh],
    arrowTip: (_from, direction) => (direction === 1 ? domainHigh : domainLow),
    shown: claims,
    dropped: [],
  };
}

function logScale(shown: Claim[], dropped: Claim[]): XScale {
  const numbers = shown.flatMap(statedNumbers);
  const low = lowest(numbers);
  const high = highest(numbers);
  // At least one decade, so arrows on a chart of close figures keep a length.
  const decades = Math.max(1, Math.log10(high / low));
  const factor = 10 ** (ARROW_SHARE * decades);
  const room = (from: number, direction: 1 | -1) =>
    direction === 1 ? from * factor : from / factor;
  const tips = arrowTips(shown, room);
  // Whole decades, with a little room so a figure on a power of ten is not on the edge.
  const pad = 10 ** (0.02 * decades);
  const from = Math.floor(Math.log10(lowest(tips, low) / pad));
  const to = Math.ceil(Math.log10(highest(tips, high) * pad));
  return {
    type: 'log',
    domain: [10 ** from, 10 ** to],
    arrowTip: (_from, direction) => (direction === 1 ? 10 ** to : 10 ** from),
    shown,
    dropped,
  };
}

/** Where the domain must reach for these claims' arrows to have a length: right of `low` for lower bounds, left of `high` for upper ones. */
function arrowTips(
  claims: readonly Claim[],
  arrowTip: (from: number, direction: 1 | -1) => number,
): number[] {
  const tips: number[] = [];
  for (const c of claims) {
    const { bound } = meaningOf(c.qualifier);
    if (bound === 'lower' && c.low !== undefined) tips.push(arrowTip(c.low, 1));
    if (bound === 'upper' && c.high !== undefined) tips.push(arrowTip(c.high, -1));
  }
  return tips;
}
