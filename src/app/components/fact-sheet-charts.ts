/**
 * The fact sheet's charts by category, made as a section is drawn: its
 * overviews, and its comparisons with conflicts first, then figures
 * reported on different dates, then the rest, the most reported first.
 */
import type { ChartSpec } from '../../charts/types';
import type { Claim } from '../../model/claim';
import type { OverviewGroup } from '../../model/fact-sheet';
import { measuresToChart } from '../../model/measures';

export interface SectionCharts {
  overviews: ChartSpec[];
  compared: ChartSpec[];
}

function comparedFirst(spec: ChartSpec): number {
  const status = spec.agreement?.status;
  return status === 'conflict' ? 0 : status === 'different_dates' ? 1 : 2;
}

/** One category's charts as its section shows them. */
function sectionCharts(charts: readonly ChartSpec[]): SectionCharts {
  const overviews = charts.filter((spec) => spec.kind !== 'measure');
  const compared = charts
    .filter((spec) => spec.kind === 'measure')
    .sort((a, b) => comparedFirst(a) - comparedFirst(b) || b.claims.length - a.claims.length);
  return { overviews, compared };
}

/** The fact sheet's charts, a category at a time. */
export interface SheetCharts {
  /** The measures an overview charts: rows there, so not tiles too. */
  charted: ReadonlySet<string>;
  of(category: string): SectionCharts;
}

const NONE: SectionCharts = { overviews: [], compared: [] };

/** Before the chart code arrives: every measure a tile. */
export const NO_CHARTS: SheetCharts = { charted: new Set(), of: () => NONE };

/**
 * The charts of a fact sheet with these overviews and these measures to
 * compare (the `max` most reported of them): made a category at a time, as
 * its section is drawn, and kept. A long sheet draws a few sections, and
 * making every chart on each keystroke would cost more than drawing those.
 */
export function sheetCharts(
  overviews: readonly OverviewGroup[],
  compared: ReadonlyMap<string, Claim[]>,
  max: number,
  make: (overviews: OverviewGroup[], compared: Map<string, Claim[]>) => ChartSpec[],
): SheetCharts {
  const charted = new Set(overviews.flatMap((group) => group.entries.map((e) => e.id)));
  // Chosen over the whole sheet: the most reported anywhere, not per category.
  const chosen = measuresToChart(compared, max);
  const made = new Map<string, SectionCharts>();
  return {
    charted,
    of(category) {
      let charts = made.get(category);
      if (!charts) {
        const specs = make(
          overviews.filter((group) => group.category === category),
          // A measure's claims share its category (claims check sees to it).
          new Map(chosen.filter(([, group]) => group[0]?.category === category)),
        );
        charts = sectionCharts(specs);
        made.set(category, charts);
      }
      return charts;
    },
  };
}
