/**
 * The claim model shared by the CLI and the dashboard. Text fields are '' when
 * empty, so a claim writes back to exactly the CSV it was read from; numbers
 * are undefined when empty.
 */
import type { Category, Qualifier, Unit } from './schema';

export interface Claim {
  id: string;
  category: Category;
  subject: string;
  measure: string;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  qualifier: Qualifier;
  unit: Unit;
  place: string;
  as_of: string;
  source_id: string;
  quote: string;
  mention: string;
  attributed_to: string;
  note: string;
}

/**
 * A real-world quantity that claims report (measures.csv). Every claim of a
 * measure counts the same thing, in the same unit, so their figures can be
 * compared and whether they agree computed.
 */
export interface Measure {
  id: string;
  /** What is counted, readable on its own: titles the measure's charts and cards. */
  title: string;
  category: Category;
  unit: Unit;
  place: string;
  /** The date, month, year or ISO interval the quantity refers to; '' when not stated. */
  period: string;
  /** What counts and what does not. */
  definition: string;
  /** Rank among the key figures (1 first); undefined when not featured. */
  featured?: number | undefined;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  dateline: string;
  published: string;
  url: string;
  credits: string;
}

/** The numbers a claim states, in the order low, value, high. */
export function statedNumbers(claim: Pick<Claim, 'value' | 'low' | 'high'>): number[] {
  return [claim.low, claim.value, claim.high].filter((n): n is number => n !== undefined);
}
