/**
 * Claims that report the same real-world quantity share a `measure`. These
 * helpers group them and tell whether their figures disagree.
 */
import type { Claim } from './claim';

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
 * True when the claims of one measure state it differently. Compared with the
 * first claim field by field, not through a set of strings: on a keystroke
 * the dashboard asks this of every measure among 100,000 claims.
 */
export function disagree(claims: readonly Claim[]): boolean {
  const first = claims[0];
  return first !== undefined && claims.some((claim) => !sameStatement(first, claim));
}

/** The groups whose claims disagree (contested figures), in their order. */
/** Comparison charts drawn on the fact sheet (by the app and the prerender); more would be a wall of charts. */
export const MAX_CONTESTED = 12;

export function contestedMeasures(byMeasure: ReadonlyMap<string, Claim[]>): Map<string, Claim[]> {
  const contested = new Map<string, Claim[]>();
  for (const [measure, claims] of byMeasure) if (disagree(claims)) contested.set(measure, claims);
  return contested;
}
