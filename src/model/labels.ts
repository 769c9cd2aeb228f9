/** Words for the schema's codes, as the dashboard and the charts show them. */
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

const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exact',
  approx: 'approximate',
  at_least: 'at least',
  more_than: 'more than',
  at_most: 'at most',
  less_than: 'less than',
  range: 'range',
  vague: 'vague amount',
};

export const categoryLabel = (c: Category): string => CATEGORY_LABELS[c];
export const qualifierLabel = (q: Qualifier): string => QUALIFIER_LABELS[q];
