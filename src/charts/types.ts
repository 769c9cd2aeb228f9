/** The contract between chart specs (pure), the renderer and the PlotFigure component. */
import type { PlotOptions } from '@observablehq/plot';
import type { Claim, Measure, Source } from '../model/claim';
import type { Agreement } from '../model/agreement';

export interface ChartOptions {
  /** Outer width in pixels; 640 when not given. */
  width?: number;
  /** Log scale on or off; undefined = automatic (`ChartSpec.logByDefault`). */
  log?: boolean;
  /** Where a mark links; default: claim => `#/claims/${id}`. */
  href?: (claim: Claim) => string;
  /** The document Plot builds the SVG in: jsdom's in Node, window.document in browsers. */
  document?: Document;
}

/** One claim as a chart shows it: the texts of its row, its tooltip and its label for screen readers. */
export interface ChartRow {
  claim: Claim;
  source: Source | undefined;
  /** What the row counts: its measure's title, else the claim's subject. */
  counted: string;
  /** "more than 40", "dozens of tourists": the figure as formatFigure writes it. */
  figure: string;
  /** "read as 24–120 by convention" for a vague amount, else ''. */
  note: string;
  /** Who gave the figure: `attributed_to`, else the publisher or the article. */
  who: string;
  /** The article: "Reuters, “Signs grow of…”", or the title alone when no publisher is named. */
  sourceText: string;
  /** "according to the mayor, in Reuters, “U.S. strikes…”", or the article alone. */
  reportedBy: string;
  /** "figure for Jan 2015; publication date not recorded" (dates.ts `dateLine`). */
  date: string;
  /** The y-axis label, one or two lines separated by "\n" (before truncation). */
  label: string;
  /** Tooltip text (the SVG <title>): figure, quote and source. */
  tooltip: string;
  /** aria-label of the mark: what a screen reader announces for the link. */
  ariaLabel: string;
}

export interface ChartSpec {
  /** Stable slug: `casualties-people`, `measure-sabratha-strike-deaths`. */
  id: string;
  kind: 'category' | 'measure';
  /** A category's name and unit, or the measure's title. */
  title: string;
  subtitle: string;
  /** Who published the figures and when: "Sources: Reuters, 2 articles. Publication dates not recorded. …" */
  sourceLine: string;
  /** A comparison chart's measure and whether its reports agree; undefined for a category chart. */
  measure?: Measure | undefined;
  agreement?: Agreement | undefined;
  claims: Claim[];
  /** One per claim, in the order of the chart's rows (top to bottom). */
  rows: ChartRow[];
  /** Plot options for these claims */
  plot(options?: ChartOptions): PlotOptions;
  /** The height of the chart `plot` lays out, in pixels, without building its marks. */
  height(options?: ChartOptions): number;
  /** generated plain-text description for screen readers */
  description: string;
  /** whether values span orders of magnitude (log scale by default) */
  logByDefault: boolean;
}
