/**
 * The fact sheet's charts by category, made as a section is drawn: its
 * overviews, and its comparisons with conflicts first, then figures
 * reported on different dates, then the rest, the most reported first.
 */
import type { ChartSpec } from '../../charts/types';
import type { Claim } from '../../model/claim';
import { overviewGroups } from '../../model/fact-sheet';
import type { FactSheetSection, OverviewGroup } from '../../model/fact-sheet';
import { mostReported } from '../../model/measures';

export interface SectionCharts {
  overviews: ChartSpec[];
  compared: ChartSpec[];
  /** The measures its overviews chart: rows there, so not tiles too. */
  charted: ReadonlySet<string>;
}

function comparedFirst(spec: ChartSpec): number {
  const status = spec.agreement?.status;
  return status === 'conflict' ? 0 : status === 'different_dates' ? 1 : 2;
}

/** One category's charts as its section shows them. */
function sectionCharts(charts: readonly ChartSpec[], charted: ReadonlySet<string>): SectionCharts {
  const overviews = charts.filter((spec) => spec.kind !== 'measure');
  const compared = charts
    .filter((spec) => spec.kind === 'measure')
    .sort((a, b) => comparedFirst(a) - comparedFirst(b) || b.claims.length - a.claims.length);
  return { overviews, compared, charted };
}

/** The fact sheet's charts, a category at a time. */
export interface SheetCharts {
  of(category: string): SectionCharts;
}

const NONE: SectionCharts = { overviews: [], compared: [], charted: new Set() };

/** Before the chart code arrives: every measure a tile. */
export const NO_CHARTS: SheetCharts = { of: () => NONE };

/**
 * The charts of a fact sheet with these sections and these measures to
 * compare (`measuresToCompare`, or a search's; the `max` most reported of
 * them): made a category at a time, as its section is drawn, and kept,
 * overviews included. A long sheet draws a few sections, and making every
 * chart on each keystroke would cost more than drawing those.
 */
export function sheetCharts(
  sections: readonly FactSheetSection[],
  compared: ReadonlyMap<string, Claim[]>,
  max: number,
  make: (overviews: OverviewGroup[], compared: Map<string, Claim[]>) => ChartSpec[],
): SheetCharts {
  // Chosen over the whole sheet, the most reported anywhere, not per
  // category; once, when the first section asks.
  let chosen: [string, Claim[]][] | undefined;
  const made = new Map<string, SectionCharts>();
  return {
    of(category) {
      let charts = made.get(category);
      if (!charts) {
        const section = sections.find((s) => s.category === category);
        const overviews = section ? overviewGroups([section]) : [];
        chosen ??= mostReported(compared, max);
        const specs = make(
          overviews,
          // A measure's claims share its category (claims check sees to it).
          new Map(chosen.filter(([, group]) => group[0]?.category === category)),
        );
        const charted = new Set(overviews.flatMap((group) => group.entries.map((e) => e.id)));
        charts = sectionCharts(specs, charted);
        made.set(category, charts);
      }
      return charts;
    },
  };
}
