/**
 * What each qualifier means, in one table: the one place that says which side
 * of a figure a qualifier bounds, whether the stated number is itself
 * allowed, the words and labels it is written with, how a chart draws it, and
 * the values it allows. The formatter, the agreement logic, the chart marks,
 * the legend and the colours all read it; `Record<Qualifier, …>` makes the
 * compiler check that every qualifier of the schema has every entry.
 *
 * Which of value/low/high a qualifier fills is the schema's rule
 * (datapackage.json, `NUMBERS_BY_QUALIFIER`); this table follows it.
 */
import type { Claim } from './claim';
import type { Qualifier, Unit } from './schema';
import { isCurrency } from './units';

/**
 * The values a claim allows, low to high; an unbounded side is -Infinity or
 * Infinity (never included).
 */
export interface Interval {
  low: number;
  high: number;
  lowIncluded: boolean;
  highIncluded: boolean;
}

/**
 * Which side of the figure the text states: a single number, a lower bound
 * (open to the right), an upper bound (open to the left), or both ends.
 */
export type Bound = 'point' | 'lower' | 'upper' | 'interval';

/**
 * How a chart draws a claim (src/charts/marks.ts draws each shape, and the
 * legend the same glyph): a dot, a dashed ring ("about here"), a circle at
 * the bound with an arrow to the open side, a rule with end ticks, a band.
 */
export type MarkShape = 'dot' | 'ring' | 'bound' | 'rule' | 'band';

export interface QualifierMeaning {
  /** Its name in the filters and the claim view: "more than". */
  label: string;
  /** The words before the number in a figure written for reading: "more than 40". */
  words: string;
  /** The legend's entry. */
  legend: string;
  bound: Bound;
  /** For a bound: whether the stated number is itself allowed ("at least 40" allows 40). */
  included: boolean;
  /**
   * The figure is the reporter's words ("dozens"), its numbers only a
   * conventional reading of them: views write the words, the range a note.
   */
  conventional: boolean;
  mark: MarkShape;
  /** The values a claim with this qualifier allows. */
  allows(claim: Pick<Claim, 'value' | 'low' | 'high' | 'unit'>): Interval;
}

/*
 * "About" allows 10% either side of the figure: "about 300,000" is
 * 270,000–330,000. Computed as v × 9 / 10 and v × 11 / 10 rather than
 * v × 0.9, so a whole figure gives the decimal a reader would write
 * (89 × 11 / 10 is 97.9, where 89 × 1.1 is 97.90000000000001).
 */

/**
 * Units whose quantities can be below zero: money (a loss), percentages and
 * points (a fall), temperatures, magnitudes. For the others (people, barrels,
 * days…) "up to 40" allows 0 to 40, not every negative number.
 */
const SIGNED_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'percent',
  'percentage_points',
  'points',
  'celsius',
  'fahrenheit',
  'magnitude',
]);

export function canBeNegative(unit: Unit): boolean {
  return isCurrency(unit) || SIGNED_UNITS.has(unit);
}

const closed = (low: number, high: number): Interval => ({
  low,
  high,
  lowIncluded: true,
  highIncluded: true,
});

/**
 * Where an upper bound's allowed values start: 0 for quantities that cannot
 * be negative, unless the bound itself is 0 or less (so "less than 0" still
 * allows something).
 */
function floorOf(unit: Unit, high: number): number {
  return canBeNegative(unit) || high <= 0 ? -Infinity : 0;
}

const number = (n: number | undefined): number => n ?? NaN;

export const QUALIFIER_MEANINGS: Readonly<Record<Qualifier, QualifierMeaning>> = {
  exact: {
    label: 'exact',
    words: '',
    legend: 'exact figure',
    bound: 'point',
    included: true,
    conventional: false,
    mark: 'dot',
    allows: (c) => closed(number(c.value), number(c.value)),
  },
  approx: {
    label: 'approximate',
    words: 'about ',
    legend: 'about, approximately',
    bound: 'point',
    included: true,
    conventional: false,
    mark: 'ring',
    allows: (c) => {
      const v = number(c.value);
      const [less, more] = [(v * 9) / 10, (v * 11) / 10];
      return v < 0 ? closed(more, less) : closed(less, more);
    },
  },
  at_least: {
    label: 'at least',
    words: 'at least ',
    legend: 'at least (bound included)',
    bound: 'lower',
    included: true,
    conventional: false,
    mark: 'bound',
    allows: (c) => ({
      low: number(c.low),
      high: Infinity,
      lowIncluded: true,
      highIncluded: false,
    }),
  },
  more_than: {
    label: 'more than',
    words: 'more than ',
    legend: 'more than (bound excluded)',
    bound: 'lower',
    included: false,
    conventional: false,
    mark: 'bound',
    allows: (c) => ({
      low: number(c.low),
      high: Infinity,
      lowIncluded: false,
      highIncluded: false,
    }),
  },
  at_most: {
    label: 'at most',
    words: 'up to ',
    legend: 'up to, as many as (bound included)',
    bound: 'upper',
    included: true,
    conventional: false,
    mark: 'bound',
    allows: (c) => {
      const high = number(c.high);
      const low = floorOf(c.unit, high);
      return { low, high, lowIncluded: low !== -Infinity, highIncluded: true };
    },
  },
  less_than: {
    label: 'less than',
    words: 'less than ',
    legend: 'less than (bound excluded)',
    bound: 'upper',
    included: false,
    conventional: false,
    mark: 'bound',
    allows: (c) => {
      const high = number(c.high);
      const low = floorOf(c.unit, high);
      return { low, high, lowIncluded: low !== -Infinity, highIncluded: false };
    },
  },
  range: {
    label: 'range',
    words: '',
    legend: 'range, low to high',
    bound: 'interval',
    included: true,
    conventional: false,
    mark: 'rule',
    allows: (c) => closed(number(c.low), number(c.high)),
  },
  vague: {
    label: 'vague amount',
    words: '',
    legend: 'vague amount, read as a conventional range',
    bound: 'interval',
    included: true,
    conventional: true,
    mark: 'band',
    // The convention of src/model/quantity/vague.ts, which filled low and high.
    allows: (c) => closed(number(c.low), number(c.high)),
  },
};

export function meaningOf(qualifier: Qualifier): QualifierMeaning {
  return QUALIFIER_MEANINGS[qualifier];
}

/** The values a claim allows: see the table above and the README's agreement rules. */
export function allowedValues(
  claim: Pick<Claim, 'qualifier' | 'value' | 'low' | 'high' | 'unit'>,
): Interval {
  return QUALIFIER_MEANINGS[claim.qualifier].allows(claim);
}

/** Whether a claim is open-ended (drawn with an arrow whose length is no value). */
export function isOpenEnded(qualifier: Qualifier): boolean {
  const { bound } = QUALIFIER_MEANINGS[qualifier];
  return bound === 'lower' || bound === 'upper';
}
