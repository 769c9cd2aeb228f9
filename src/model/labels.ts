/** Words for the schema's codes, as the dashboard and the charts show them. */
import { QUALIFIER_MEANINGS } from './qualifiers';
import type { Category, Qualifier } from './schema';

export const CATEGORY_LABELS: Record<Category, string> = {
  oil_output: 'Oil output',
  casualties: 'Casualties',
  besieged_population: 'Besieged population',
  troops: 'Troops',
  aid: 'Aid',
  money: 'Money',
  other: 'Other figures',
};

/** The text with its first letter in capitals, for a label that starts a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const categoryLabel = (c: Category): string => CATEGORY_LABELS[c];
export const qualifierLabel = (q: Qualifier): string => QUALIFIER_MEANINGS[q].label;
