import type { Qualifier, Unit } from '../schema';
import type { SentenceStops } from '../text/sentence-breaks';

/** Why a number is not a quantity claim; reported only when scanning with `{ all: true }`. */
export type ExclusionReason =
  | 'year'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'age'
  | 'phone'
  | 'address'
  | 'identifier'
  | 'name'
  | 'label'
  | 'score';

/** A figure of the text: where it is and what it states. */
export interface Figure {
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
}

export interface QuantityMatch extends Figure {
  /** Only with `{ all: true }`: why the number would normally be skipped. */
  excluded?: ExclusionReason;
  /**
   * The figure is a movement (docs/extraction-rules.md, section 7): the size
   * of a change ("rose 7pc") or the level it reaches ("fell to $39,850").
   */
  change?: 'up' | 'down';
  /** The earlier level of a movement, when the sentence states it ("fell from $41,200 to …"). */
  from?: Figure;
  /** The level a change of this size reaches ("rose 7pc to £6.3bn": £6.3bn). */
  to?: Figure;
}

export interface ScanOptions {
  /** Also return years, dates, times, ordinals, ages, phone numbers, identifiers, names and scores. */
  all?: boolean;
  /**
   * Filled with the text's sentence stops, for sentenceSpans: the scan's
   * pass over the characters finds them on its way.
   */
  sentenceStops?: SentenceStops;
}
