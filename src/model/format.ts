/**
 * Figures written for reading, the one formatter every view uses (cards,
 * chart labels and tooltips, tables, embeds, the CLI): "1.6 million bpd",
 * "360,000–370,000 bpd", "more than 40", "about 150". A vague amount is
 * written in the reporter's words ("dozens of tourists"); the range its
 * convention gives is a secondary note ("read as 24–120 by convention"),
 * never the figure itself.
 */
import { format } from 'd3-format';
import type { Claim } from './claim';
import { QUALIFIER_MEANINGS, canBeNegative } from './qualifiers';
import type { Interval } from './qualifiers';
import type { Unit } from './schema';
import { UNIT_LABELS } from './units';

/** Thousands grouped, at most two decimals, no trailing zeros: "360,000", "1.25", "0.5". */
const grouped = format(',.2~f');

/** 1600000 → "1.6 million"; 360000 → "360,000"; 0.5 → "0.5". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    // Only when the short form loses nothing: 1,234,567 stays as it is.
    // Divided by a power of ten, not multiplied after: 4,600,000 / 1e6 * 100 is 459.99….
    if (abs >= size && Number.isInteger(n / (size / 100))) {
      return `${grouped(n / size)} ${word}`;
    }
  }
  return grouped(n);
}

/** A count with its noun, in the one number format: "1 report", "12,400 figures". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** The words after a number: singular after exactly 1 ("1 month"), else plural ("1.5 months"). */
function suffixFor(n: number, unit: Unit): string {
  const { suffix = '', singular } = UNIT_LABELS[unit];
  return n === 1 && singular !== undefined ? singular : suffix;
}

/** A number with its unit: "$200 million", "87%", "9 miles", "1 month". */
export function withUnit(n: number, unit: Unit): string {
  const { prefix = '' } = UNIT_LABELS[unit];
  return `${prefix}${formatNumber(n)}${suffixFor(n, unit)}`;
}

/** "360,000–370,000 bpd": the unit once, after the upper bound. */
export function formatSpan(low: number, high: number, unit: Unit): string {
  const { prefix = '', suffix = '' } = UNIT_LABELS[unit];
  return `${prefix}${formatNumber(low)}–${formatNumber(high)}${suffix}`;
}

/** What the formatter reads of a claim; a vague amount needs its `mention`, the reporter's words. */
export type FigureFields = Pick<Claim, 'qualifier' | 'unit' | 'value' | 'low' | 'high'> & {
  mention?: string | undefined;
};

/**
 * The figure as the sentence gives it: its qualifier's words and the number
 * with its unit, or, for a vague amount, the reporter's own words.
 */
export function formatFigure(claim: FigureFields): string {
  const { qualifier, unit } = claim;
  const meaning = QUALIFIER_MEANINGS[qualifier];
  if (meaning.conventional) return claim.mention?.trim() || 'a vague amount';
  if (meaning.bound === 'interval') return formatSpan(claim.low ?? NaN, claim.high ?? NaN, unit);
  const n = claim.value ?? claim.low ?? claim.high ?? NaN;
  return `${meaning.words}${withUnit(n, unit)}`;
}

/**
 * What a reader should know besides the figure: how a vague amount is read
 * ("read as 24–120 by convention"); '' for other figures.
 */
export function figureNote(claim: FigureFields): string {
  if (!QUALIFIER_MEANINGS[claim.qualifier].conventional) return '';
  return `read as ${formatSpan(claim.low ?? NaN, claim.high ?? NaN, claim.unit)} by convention`;
}

/** The figure and its note: "dozens of tourists (read as 24–120 by convention)". */
export function figureWithNote(claim: FigureFields): string {
  const note = figureNote(claim);
  return note ? `${formatFigure(claim)} (${note})` : formatFigure(claim);
}

/**
 * A set of values in words: "41", "1,000–3,000", "more than 40", "up to 40",
 * "at least 40 and less than 50". Zero as the floor of a quantity that cannot
 * be negative is no bound a reader needs: [0, 40] is "up to 40".
 */
export function formatInterval(interval: Interval, unit: Unit): string {
  const { low, high, lowIncluded, highIncluded } = interval;
  if (low === high) return withUnit(low, unit);
  const noFloor = low === -Infinity || (low === 0 && lowIncluded && !canBeNegative(unit));
  const noCeiling = high === Infinity;
  const lower = `${lowIncluded ? 'at least' : 'more than'} ${withUnit(low, unit)}`;
  const upper = `${highIncluded ? 'up to' : 'less than'} ${withUnit(high, unit)}`;
  if (noFloor && noCeiling) return 'any value';
  if (noFloor) return upper;
  if (noCeiling) return lower;
  if (lowIncluded && highIncluded) return formatSpan(low, high, unit);
  return `${lower} and ${upper.replace('up to', 'at most')}`;
}
