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
