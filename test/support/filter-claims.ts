/** The claims that pass every filter, in order: what the dashboard shows, for tests to compare with. */
import type { Claim } from '../../src/model/claim';
import { claimsAt, matchClaims } from '../../src/model/filter';
import type { ClaimFilters, ClaimIndex } from '../../src/model/filter';

/** `index.claims` itself when every claim passes, as `claimsAt` gives it. */
export function filterClaims(index: ClaimIndex, filters: ClaimFilters): Claim[] {
  return claimsAt(index, matchClaims(index, filters));
}
