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
import { CATEGORIES, UNITS } from '../model/schema';
import type { Unit } from '../model/schema';
import {
  CATEGORY_NAMES,
  MEASURE_NOUNS,
  UNIT_NAMES,
  chartRow,
  plural,
  reportedBy,
  sourceLine,
} from './labels';
import { chartPlotOptions } from './plot';
import { logByDefault, xScaleFor } from './scale';
import type { XScale } from './scale';
import type { ChartOptions, ChartRow, ChartSpec } from './types';

export function chartsFor(claims: Claim[], sources: Source[]): ChartSpec[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return [...categoryCharts(claims, sourceById), ...measureCharts(claims, sourceById)];
}

function slug(text: string): string {
  return text.replace(/_/g, '-');
}

function categoryCharts(claims: Claim[], sources: Map<string, Source>): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const category of CATEGORIES) {
    for (const unit of UNITS) {
      const group = claims.filter((c) => c.category === category && c.unit === unit);
      if (group.length === 0) continue;
      const ordered = orderForCategory(group);
      const rows = ordered.map((c) => chartRow(c, sources.get(c.source_id), 'category'));
      const n = group.length;
      specs.push(
        spec({
          id: `${slug(category)}-${slug(unit)}`,
          kind: 'category',
          title: `${CATEGORY_NAMES[category]} (${UNIT_NAMES[unit]})`,
          subtitle: `${plural(n, 'figure')} in ${UNIT_NAMES[unit]}, as reported; each mark links to its sentence`,
          unit,
          rows,
          sources,
          about: `${CATEGORY_NAMES[category].toLowerCase()} in ${UNIT_NAMES[unit]}`,
        }),
      );
    }
  }
  return specs;
}

/**
 * Claims of one measure stay together; measures are ordered by their largest
 * figure, largest first, as in a dot plot sorted by value. Ties keep file order.
 */
function orderForCategory(claims: Claim[]): Claim[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) groups.set(c.measure, [...(groups.get(c.measure) ?? []), c]);
  const size = (group: Claim[]) => Math.max(...group.flatMap(statedNumbers));
  return [...groups.values()]
    .map((group, i) => ({ group, i, size: size(group) }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .flatMap(({ group }) => group);
}

/** A claim as it states its figure: "40" and "as many as 40" differ. */
function statement(c: Claim): string {
  return `${c.qualifier}:${c.value ?? ''}:${c.low ?? ''}:${c.high ?? ''}`;
}

function measureCharts(claims: Claim[], sources: Map<string, Source>): ChartSpec[] {
  const byMeasure = new Map<string, Claim[]>();
  for (const c of claims) byMeasure.set(c.measure, [...(byMeasure.get(c.measure) ?? []), c]);
  const specs: ChartSpec[] = [];
  for (const [measure, group] of byMeasure) {
    if (new Set(group.map(statement)).size < 2) continue;
    // One axis, one unit: a measure reported in two units (which the data
    // should not have) is charted in its most used one, with a note.
    const unit = mostCommon(group.map((c) => c.unit));
    const same = group.filter((c) => c.unit === unit);
    if (new Set(same.map(statement)).size < 2) continue;
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
  sources: Map<string, Source>;
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
