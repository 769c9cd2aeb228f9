/**
 * Claims that report the same real-world quantity share a `measure`
 * (measures.csv). These helpers group them, order them in time, and tell
 * whether they agree (agreement.ts), for every view and the build's
 * data/measures.csv.
 */
import type { Agreement } from './agreement';
import { agreementOf, agreementText } from './agreement';
import { whoSaid } from './attribution';
import type { Claim, Measure, Source } from './claim';
import { formatDate, reportMoment } from './dates';

export function groupByMeasure(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.measure);
    if (group) group.push(claim);
    else groups.set(claim.measure, [claim]);
  }
  return groups;
}

/** The same figure as stated: qualifier and numbers, so "40" and "as many as 40" differ. */
function sameStatement(a: Claim, b: Claim): boolean {
  return (
    a.qualifier === b.qualifier &&
    a.value === b.value &&
    a.low === b.low &&
    a.high === b.high &&
    a.unit === b.unit
  );
}

/**
 * True when the claims state one figure the same way (or there is one
 * claim): a comparison chart would show nothing side by side. This is about
 * wording, not agreement: "89" and "at least 89" state it differently and
 * agree. Compared with the first claim field by field, not through a set of
 * strings: on a keystroke the dashboard asks this of every measure among
 * 100,000 claims.
 */
export function statesOneFigure(claims: readonly Claim[]): boolean {
  const first = claims[0];
  return first === undefined || claims.every((claim) => sameStatement(first, claim));
}

/** Comparison charts drawn on the fact sheet (by the app and the prerender); more would be a wall of charts. */
export const MAX_COMPARED = 12;

/** The groups of measures stated in more than one way, in order: those worth a comparison chart. */
export function measuresToCompare(byMeasure: ReadonlyMap<string, Claim[]>): Map<string, Claim[]> {
  const compared = new Map<string, Claim[]>();
  for (const [measure, group] of byMeasure) {
    if (!statesOneFigure(group)) compared.set(measure, group);
  }
  return compared;
}

/**
 * The measures stated in more than one way that get a comparison chart: at
 * most `max`, those with the most reports (ties in order given), the most
 * reported first; all of them, in order given, when there are no more.
 */
export function measuresToChart(
  byMeasure: ReadonlyMap<string, Claim[]>,
  max: number,
): [string, Claim[]][] {
  return mostReported(measuresToCompare(byMeasure), max);
}

/**
 * `measuresToChart` of groups already known to be worth comparing (those of
 * `measuresToCompare`): the dashboard has them for every search, and looking
 * again at each of thousands of measures' reports cost a keystroke more than
 * the rest of its charts.
 */
export function mostReported(
  compared: ReadonlyMap<string, Claim[]>,
  max: number,
): [string, Claim[]][] {
  if (compared.size <= max) return [...compared];
  if (max <= 0) return [];
  // The `max` largest in one pass, kept in order (equal sizes in order of
  // appearance, as a stable sort leaves them): a search can compare
  // thousands of measures, and sorting them all on each keystroke to keep a
  // dozen cost more than the rest of choosing its charts.
  const kept: [string, Claim[]][] = [];
  for (const group of compared) {
    const size = group[1].length;
    if (kept.length === max && kept[max - 1]![1].length >= size) continue;
    let at = kept.length;
    while (at > 0 && kept[at - 1]![1].length < size) at--;
    kept.splice(at, 0, group);
    if (kept.length > max) kept.pop();
  }
  return kept;
}

/**
 * How many of a measure's reports match the filters, when not all do:
 * "2 of its 4 reports match the search and filters"; '' when all match.
 */
export function matchNote(matching: number, total: number): string {
  if (matching >= total) return '';
  return `${matching} of its ${total} reports match${matching === 1 ? 'es' : ''} the search and filters`;
}

/**
 * Claims in the order of their dates (`as_of`, else publication), earliest
 * first, so a reader sees how a figure moved; undated ones after the dated,
 * each in the order given.
 */
export function inTimeOrder(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
): Claim[] {
  const moments = new Map(claims.map((c) => [c, reportMoment(c, sources.get(c.source_id))]));
  if (![...moments.values()].some(Boolean)) return [...claims];
  return [...claims].sort((a, b) => {
    const [x, y] = [moments.get(a)!, moments.get(b)!];
    if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** One measure's reports, in time order, and whether they agree. */
export interface MeasureReports {
  /** undefined only for claims not checked against measures.csv. */
  measure: Measure | undefined;
  claims: Claim[];
  agreement: Agreement;
}

/** The agreement of these reports of one measure. */
export function agreementOfReports(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
): Agreement {
  return agreementOf(claims, (c) => reportMoment(c, sources.get(c.source_id)));
}

/** Every measure's reports (in time order) and agreement, by measure id, in order of first claim. */
export function measureReports(
  claims: readonly Claim[],
  measures: ReadonlyMap<string, Measure>,
  sources: ReadonlyMap<string, Source>,
): Map<string, MeasureReports> {
  const reports = new Map<string, MeasureReports>();
  for (const [id, group] of groupByMeasure(claims)) {
    const ordered = inTimeOrder(group, sources);
    reports.set(id, {
      measure: measures.get(id),
      claims: ordered,
      agreement: agreementOfReports(ordered, sources),
    });
  }
  return reports;
}

/** The agreement of a measure's reports in words, naming who gave each figure. */
export function agreementMessage(
  agreement: Agreement,
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
): string {
  const unit = claims[0]?.unit ?? 'items';
  return agreementText(
    agreement,
    unit,
    (c) => whoSaid(c, sources.get(c.source_id)),
    (c) => {
      const moment = reportMoment(c, sources.get(c.source_id));
      return moment ? formatDate(moment) : 'date not recorded';
    },
  );
}

/** The featured measures, the fact sheet's key figures, by their rank. */
export function featuredMeasures(measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => m.featured !== undefined).sort((a, b) => a.featured! - b.featured!);
}

/** Sources or measures by id; a map is taken as it is. */
export function byId<T extends { id: string }>(
  items: readonly T[] | ReadonlyMap<string, T>,
): ReadonlyMap<string, T> {
  return Array.isArray(items)
    ? new Map((items as readonly T[]).map((item) => [item.id, item]))
    : (items as ReadonlyMap<string, T>);
}
