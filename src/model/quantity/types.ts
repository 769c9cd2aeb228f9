import type { Qualifier, Unit } from '../schema';

/** Why a number is not a quantity claim; reported only when scanning with `{ all: true }`. */
export type ExclusionReason =
  'year' | 'date' | 'time' | 'ordinal' | 'age' | 'phone' | 'identifier' | 'name' | 'score';

export interface QuantityMatch {
  /** Where the mention starts in the input, qualifier words and currency sign included. */
  start: number;
  /** Just past the mention, unit words that directly follow the number included. */
  end: number;
  /** `text.slice(start, end)`. */
  mention: string;
  /** For exact and approx. */
  value?: number;
  /** For at_least, more_than, range and vague. */
  low?: number;
  /** For at_most, less_than, range and vague. */
  high?: number;
  qualifier: Qualifier;
  /** Best guess from the words at and after the number. */
  unit?: Unit;
  /** The figure came from a fraction word (two-thirds = 66.666…%): allow rounding. */
  approximate?: boolean;
  /** Only with `{ all: true }`: why the number would normally be skipped. */
  excluded?: ExclusionReason;
}

export interface ScanOptions {
  /** Also return years, dates, times, ordinals, ages, phone numbers, identifiers, names and scores. */
  all?: boolean;
}
