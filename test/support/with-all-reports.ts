/**
 * The rule for a measure under a filter or a search, written plainly: a
 * measure is shown when any of its reports matches, and then with all its
 * reports. The dashboard follows it through `sheetOfMatches`
 * (src/model/fact-sheet.ts); tests hold that to this.
 */
import type { Claim } from '../../src/model/claim';
import type { MeasureReports } from '../../src/model/measures';

/** Each shown measure's reports, in time order, given the claims shown grouped by measure. */
export function withAllReports(
  shownByMeasure: ReadonlyMap<string, readonly Claim[]>,
  reports: ReadonlyMap<string, MeasureReports>,
): Map<string, Claim[]> {
  const all = new Map<string, Claim[]>();
  for (const [id, shown] of shownByMeasure) all.set(id, reports.get(id)?.claims ?? [...shown]);
  return all;
}
