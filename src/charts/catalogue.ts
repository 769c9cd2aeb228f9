/**
 * Which charts the data calls for, with stable ids:
 *
 * - `${category}-${unit}-${kind}`: an overview of the measures of one
 *   category, unit and kind (`casualties-people-killed`), one row per
 *   measure, drawn by the report it leads with, where there are two or more
 *   such measures (src/model/fact-sheet.ts `overviewGroups`): figures in
 *   different units cannot share an axis, and figures of different kinds
 *   (killed, wounded) must not look comparable; underscores become hyphens.
 * - `measure-${measure}`: one comparison chart per measure whose reports
 *   state it differently (they differ in qualifier, value, low or high), in
 *   order of first appearance, titled with the measure's title; rows show
 *   who said what, in the order of their dates when they have any, and the
 *   subtitle whether the reports agree (src/model/agreement.ts).
 */
import type { Claim, Measure, Source } from '../model/claim';
import { statedNumbers } from '../model/claim';
import { reportMoment } from '../model/dates';
import {
  agreementMessage,
  agreementOfReports,
  byId,
  groupByMeasure,
  inTimeOrder,
  measureReports,
  measuresToChart,
  statesOneFigure,
} from '../model/measures';
import { plural } from '../model/format';
import { capitalise } from '../model/labels';
import type { Unit } from '../model/schema';
import { factSheet, overviewGroups, reportsLine } from '../model/fact-sheet';
import type { OverviewGroup } from '../model/fact-sheet';
import { CATEGORY_NAMES, UNIT_NAMES, chartRow, reportedBy, sourceLine } from './labels';
import { chartHeight, chartPlotOptions } from './plot';
import { logByDefault, xScaleFor } from './scale';
import type { XScale } from './scale';
import type { ChartOptions, ChartRow, ChartSpec } from './types';

export interface CatalogueOptions {
  /**
   * At most this many comparison charts, those of the measures with the most
   * reports (ties in order of appearance). The dashboard shows a dozen, and
   * building 5,000 it will not draw on each keystroke would waste the time it
   * has; the build makes them all.
   */
  maxMeasureCharts?: number;
  /**
   * `groupByMeasure(claims)`, or just the groups to compare, when the caller
   * has it already: the dashboard needs it too, and grouping 100,000 claims
   * once per keystroke is enough.
   */
  byMeasure?: Map<string, Claim[]>;
  /**
   * The overview charts' groups of `claims`, when the caller has them: the
   * dashboard derives its fact sheet once per search, and its overviews with it.
   */
  overviews?: OverviewGroup[] | undefined;
}

/**
 * What charts are made of besides claims: the articles they cite and the
 * measures they report, as lists or already by id (the dashboard has those
 * maps, and 10,000 sources are not worth mapping again on each keystroke).
 * A Dataset is one.
 */
export interface ChartReference {
  sources: readonly Source[] | ReadonlyMap<string, Source>;
  measures: readonly Measure[] | ReadonlyMap<string, Measure>;
}

/** The charts of these claims. */
export function chartsFor(
  claims: Claim[],
  reference: ChartReference,
  options: CatalogueOptions = {},
): ChartSpec[] {
  return [...chartSpecs(claims, reference, options)];
}

/**
 * The charts of these claims one at a time, in chartsFor's order: the build
 * draws thousands, and a chart's rows and description need not wait in
 * memory for all the others to be made.
 */
export function* chartSpecs(
  claims: Claim[],
  reference: ChartReference,
  options: CatalogueOptions = {},
): Generator<ChartSpec> {
  const context: Context = { sources: byId(reference.sources), measures: byId(reference.measures) };
  const byMeasure = options.byMeasure ?? groupByMeasure(claims);
  const groups =
    options.overviews ??
    overviewGroups(
      factSheet(
        // All the claims' measures, not only those given to compare.
        options.byMeasure ? groupByMeasure(claims) : byMeasure,
        measureReports(claims, context.measures, context.sources),
        context.measures,
        context.sources,
      ).sections,
    );
  yield* overviewCharts(groups, context);
  yield* measureCharts(byMeasure, context, options.maxMeasureCharts ?? Infinity);
}

interface Context {
  sources: ReadonlyMap<string, Source>;
  measures: ReadonlyMap<string, Measure>;
}

function slug(text: string): string {
  return text.replace(/_/g, '-');
}

function* overviewCharts(groups: OverviewGroup[], context: Context): Generator<ChartSpec> {
  for (const { category, unit, kind, count, entries } of groups) {
    const rows = entries.map((e) =>
      chartRow(
        e.headline,
        context.sources.get(e.headline.source_id),
        context.measures.get(e.id),
        'category',
        (e.reports?.claims.length ?? 1) > 1 ? reportsLine(e) : '',
      ),
    );
    const shown =
      count > rows.length
        ? `the ${rows.length} largest of ${plural(count, 'measure')} (all are in the table)`
        : plural(count, 'measure');
    const what = kind.replace(/-/g, ' ');
    yield spec({
      id: `${slug(category)}-${slug(unit)}-${kind}`,
      kind: 'category',
      title: `${CATEGORY_NAMES[category]}: ${what} (${UNIT_NAMES[unit]})`,
      subtitle: `${capitalise(shown)} in ${UNIT_NAMES[unit]}, one row each, by the report it leads with`,
      unit,
      rows,
      context,
      about: `${CATEGORY_NAMES[category].toLowerCase()}, ${what}, in ${UNIT_NAMES[unit]}`,
    });
  }
}

function* measureCharts(
  byMeasure: Map<string, Claim[]>,
  context: Context,
  max: number,
): Generator<ChartSpec> {
  for (const [id, group] of measuresToChart(byMeasure, max)) {
    // One axis, one unit: a measure reported in two units (which the checker
    // does not let through) is charted in its most used one, with a note.
    const unit = mostCommon(group.map((c) => c.unit));
    const same = group.filter((c) => c.unit === unit);
    if (statesOneFigure(same)) continue;
    const left = group.length - same.length;
    const measure = context.measures.get(id);
    const title = measure?.title ?? mostCommon(same.map((c) => c.subject));
    const ordered = inTimeOrder(same, context.sources);
    const dated = same.some((c) => reportMoment(c, context.sources.get(c.source_id)));
    const agreement = agreementOfReports(ordered, context.sources);
    const rows = ordered.map((c) =>
      chartRow(c, context.sources.get(c.source_id), measure, 'measure'),
    );
    yield {
      ...spec({
        id: `measure-${id}`,
        kind: 'measure',
        title,
        subtitle:
          `${agreementMessage(agreement, same, context.sources)}. ` +
          `${plural(same.length, 'report')}${dated ? ', earliest first' : ''}` +
          (left > 0 ? ` (${plural(left, 'figure')} in other units not shown)` : ''),
        unit,
        rows,
        context,
        about: `“${title}”`,
      }),
      measure,
      agreement,
    };
  }
}

/** The most frequent value; ties go to the first seen. */
function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}

interface SpecInput {
  id: string;
  kind: ChartSpec['kind'];
  title: string;
  subtitle: string;
  unit: Unit;
  rows: ChartRow[];
  context: Context;
  /** What the chart is about, for the description: "casualties in people". */
  about: string;
}

function spec(input: SpecInput): ChartSpec {
  const claims = input.rows.map((r) => r.claim);
  const log = logByDefault(claims);
  const chart = {
    title: input.title,
    describe: (scale: XScale) => describe(input, scale, log),
    unit: input.unit,
    rows: input.rows,
    logByDefault: log,
  };
  return {
    id: input.id,
    kind: input.kind,
    title: input.title,
    subtitle: input.subtitle,
    sourceLine: sourceLine(claims, input.context.sources, input.context.measures),
    claims,
    rows: input.rows,
    logByDefault: log,
    description: chart.describe(xScaleFor(claims, log)),
    plot: (options?: ChartOptions) => chartPlotOptions(chart, options),
    height: (options?: ChartOptions) => chartHeight(chart, options),
  };
}

/**
 * "Dot chart of 4 figures about “People killed in …”, one row each: more than
 * 40, Reuters, “Signs grow…”; 40, …; 41, according to the mayor, in … Linear
 * scale from 0." The last sentence follows the scale drawn.
 */
function describe(input: SpecInput, scale: XScale, logByDefault: boolean): string {
  const items = input.rows.map((r) => {
    const what = input.kind === 'category' ? `${r.counted}: ` : '';
    return `${what}${r.figure}, ${reportedBy(r.claim, r.source)}`;
  });
  let scaleText: string;
  if (scale.type === 'log') {
    scaleText = logByDefault ? 'Log scale, as the figures span orders of magnitude.' : 'Log scale.';
    if (scale.dropped.length > 0) {
      scaleText += ` Not shown on it: ${plural(scale.dropped.length, 'figure')} of 0 or less.`;
    }
  } else {
    const negative = scale.shown.some((c) => statedNumbers(c).some((n) => n < 0));
    scaleText = `Linear scale${negative ? '' : ' from 0'}.`;
  }
  return `Dot chart of ${plural(input.rows.length, 'figure')} about ${input.about}, one row each: ${items.join('; ')}. ${scaleText}`;
}
