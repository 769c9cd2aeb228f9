/** The props of the views that show a claim with its measure's other reports (a card, the claim view). */
import type { Claim, Measure, Source } from '../../model/claim';
import type { MeasureReports } from '../../model/measures';

export interface ClaimInContext {
  claim: Claim;
  measure: Measure | undefined;
  /** Every report of the claim's measure, in time order, with their agreement. */
  reports: MeasureReports | undefined;
  sources: ReadonlyMap<string, Source>;
}
