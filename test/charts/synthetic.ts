/** Made-up claims for chart tests: every qualifier, and figures spanning orders of magnitude. */
import type { ChartReference } from '../../src/charts/catalogue';
import type { Claim, Measure, Source } from '../../src/model/claim';
import type { Qualifier } from '../../src/model/schema';

export const SOURCES: Source[] = [
  {
    id: 'wire-report',
    title: 'Strike kills dozens',
    publisher: 'Wire',
    dateline: 'TOWN',
    published: '',
    url: '',
    credits: '',
  },
  {
    id: 'study',
    title: 'A study without a publisher',
    publisher: '',
    dateline: '',
    published: '',
    url: '',
    credits: '',
  },
];

export function claim(
  id: string,
  qualifier: Qualifier,
  numbers: Partial<Claim>,
  more: Partial<Claim> = {},
): Claim {
  return {
    id,
    category: 'casualties',
    subject: 'People killed in the strike',
    measure: 'strike-toll',
    qualifier,
    unit: 'people',
    place: '',
    as_of: '',
    source_id: 'wire-report',
    quote: `The strike killed ${id}.`,
    mention: id,
    attributed_to: '',
    note: '',
    ...numbers,
    ...more,
  };
}

/** One claim of each qualifier, all about one toll. */
export const EVERY_QUALIFIER: Claim[] = [
  claim('exact-41', 'exact', { value: 41 }, { attributed_to: 'the mayor' }),
  claim('approx-35', 'approx', { value: 35 }),
  claim('at-least-30', 'at_least', { low: 30 }, { source_id: 'study' }),
  claim('more-than-40', 'more_than', { low: 40 }),
  claim('at-most-45', 'at_most', { high: 45 }),
  claim('less-than-50', 'less_than', { high: 50 }),
  claim('range-36-42', 'range', { low: 36, high: 42 }),
  claim('vague-24-60', 'vague', { low: 24, high: 60 }, { mention: 'dozens' }),
];

/** Figures from 5 to 50,000: log scale by default. */
export const SPREAD: Claim[] = [
  claim('spread-5', 'exact', { value: 5 }, { measure: 'a' }),
  claim('spread-more-than-300', 'more_than', { low: 300 }, { measure: 'b' }),
  claim('spread-at-most-2000', 'at_most', { high: 2000 }, { measure: 'c' }),
  claim('spread-range', 'range', { low: 20000, high: 50000 }, { measure: 'd' }),
];

/**
 * The measures of these claims, as a curator would write them: titled with
 * the first report's subject, in its category and unit.
 */
export function measuresOf(claims: readonly Claim[]): Measure[] {
  const measures = new Map<string, Measure>();
  for (const c of claims) {
    if (measures.has(c.measure)) continue;
    measures.set(c.measure, {
      id: c.measure,
      title: c.subject,
      category: c.category,
      unit: c.unit,
      place: c.place,
      period: '',
      definition: `What the reports of ${c.measure} count.`,
      // Every made-up claim counts people killed: the measures may share an overview.
      kind: c.category === 'casualties' && c.unit === 'people' ? 'killed' : '',
    });
  }
  return [...measures.values()];
}

/** What chartsFor needs besides the claims: their sources (SOURCES by default) and measures. */
export function reference(
  claims: readonly Claim[],
  sources: readonly Source[] | ReadonlyMap<string, Source> = SOURCES,
): ChartReference {
  return { sources, measures: measuresOf(claims) };
}
