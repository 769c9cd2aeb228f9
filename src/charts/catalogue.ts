/**
 * Which charts the data calls for, with stable ids:
 *
 * - `${category}-${unit}`: one chart per category and unit with claims (figures
 *   in different units cannot share an axis), in the schema's order of
 *   categories and units; underscores become hyphens (`oil-output-barrels-per-day`).
 * - `measure-${measure}`: one comparison chart per measure whose claims
 *   disagree (they differ in qualifier, value, low or high), in order of first
 *   appearance; rows show who said what.
 */
import type { Claim, Source } from '../model';
import { statedNumbers } from '../model';
import { disagree, groupByMeasure } from '../model/measures';
import type { Unit } from '../model/schema';
import { CategoryIndex } from './category-groups';
import type { CategoryGroup } from './category-groups';
import {
  CATEGORY_NAMES,
  MEASURE_NOUNS,
  UNIT_NAMES,
  chartRow,
  plural,
  reportedBy,
  sourceLine,
} from './labels';
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
   * `groupByMeasure(claims)`, or just its groups that disagree
   * (`contestedMeasures`), when the caller has it already: the dashboard
   * needs it too, and grouping 100,000 claims once per keystroke is enough.
   */
  byMeasure?: Map<string, Claim[]>;
  /**
   * The category charts' groups of `claims`, when the caller has them: the
   * dashboard builds a `CategoryIndex` of all its claims once, and groups
   * what a search matches with it.
   */
  categoryGroups?: CategoryGroup[] | undefined;
}

/**
 * The charts of these claims. `sources`: the articles they cite, as a list
 * or already by id (the dashboard has that map, and 10,000 sources are not
 * worth mapping again on each keystroke).
 */
export function chartsFor(
  claims: Claim[],
  sources: readonly Source[] | ReadonlyMap<string, Source>,
  options: CatalogueOptions = {},
): ChartSpec[] {
  const sourceById = Array.isArray(sources)
    ? new Map(sources.map((s: Source) => [s.id, s]))
    : (sources as ReadonlyMap<string, Source>);
  const byMeasure = options.byMeasure ?? groupByMeasure(claims);
  const groups = options.categoryGroups ?? new CategoryIndex(claims).group();
  return [
    ...categoryCharts(groups, sourceById),
    ...measureCharts(byMeasure, sourceById, options.maxMeasureCharts ?? Infinity),
  ];
}

function slug(text: string): string {
  return text.replace(/_/g, '-');
}

function categoryCharts(
  groups: CategoryGroup[],
  sources: ReadonlyMap<string, Source>,
): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const { category, unit, count, claims: kept } of groups) {
    const rows = kept.map((c) => chartRow(c, sources.get(c.source_id), 'category'));
    const shown =
      count > rows.length
        ? `the ${rows.length} largest of ${plural(count, 'figure')} (all are in the table)`
        : plural(count, 'figure');
    specs.push(
      spec({
        id: `${slug(category)}-${slug(unit)}`,
        kind: 'category',
        title: `${CATEGORY_NAMES[category]} (${UNIT_NAMES[unit]})`,
        subtitle: `${capitalise(shown)} in ${UNIT_NAMES[unit]}, as reported; each mark links to its sentence`,
        unit,
        rows,
        sources,
        about: `${CATEGORY_NAMES[category].toLowerCase()} in ${UNIT_NAMES[unit]}`,
      }),
    );
  }
  return specs;
}

function measureCharts(
  byMeasure: Map<string, Claim[]>,
  sources: ReadonlyMap<string, Source>,
  max: number,
): ChartSpec[] {
  let contested = [...byMeasure].filter(([, group]) => disagree(group));
  if (contested.length > max) {
    // Stable sort: equal sizes keep their order of appearance.
    contested = contested.sort(([, a], [, b]) => b.length - a.length).slice(0, max);
  }
  const specs: ChartSpec[] = [];
  for (const [measure, group] of contested) {
    // One axis, one unit: a measure reported in two units (which the data
    // should not have) is charted in its most used one, with a note.
    const unit = mostCommon(group.map((c) => c.unit));
    const same = group.filter((c) => c.unit === unit);
    if (!disagree(same)) continue;
    const left = group.length - same.length;
    const subject = mostCommon(same.map((c) => c.subject));
    const noun = MEASURE_NOUNS[same[0]!.category];
    const rows = same.map((c) => chartRow(c, sources.get(c.source_id), 'measure'));
    specs.push(
      spec({
        id: `measure-${measure}`,
        kind: 'measure',
        title: subject,
        subtitle:
          `${plural(same.length, 'figure')} reported for the same ${noun}; each mark links to its sentence` +
          (left > 0 ? ` (${plural(left, 'figure')} in other units not shown)` : ''),
        unit,
        rows,
        sources,
        about: `“${subject}”`,
      }),
    );
  }
  return specs;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  sources: ReadonlyMap<string, Source>;
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
    sourceLine: sourceLine(claims, input.sources),
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
    const what = input.kind === 'category' ? `${r.claim.subject}: ` : '';
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
