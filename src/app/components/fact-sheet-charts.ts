/**
 * The fact sheet's charts by category: its overviews, and its comparisons
 * with conflicts first, then figures reported on different dates, then the
 * rest, the most reported first.
 */
import type { ChartSpec } from '../../charts/types';

export interface SectionCharts {
  overviews: ChartSpec[];
  compared: ChartSpec[];
}

function comparedFirst(spec: ChartSpec): number {
  const status = spec.agreement?.status;
  return status === 'conflict' ? 0 : status === 'different_dates' ? 1 : 2;
}

export function chartsByCategory(charts: readonly ChartSpec[]): Map<string, SectionCharts> {
  const by = new Map<string, SectionCharts>();
  for (const spec of charts) {
    const category = spec.claims[0]?.category;
    if (!category) continue;
    const entry = by.get(category) ?? { overviews: [], compared: [] };
    (spec.kind === 'measure' ? entry.compared : entry.overviews).push(spec);
    by.set(category, entry);
  }
  for (const entry of by.values()) {
    entry.compared.sort(
      (a, b) => comparedFirst(a) - comparedFirst(b) || b.claims.length - a.claims.length,
    );
  }
  return by;
}
