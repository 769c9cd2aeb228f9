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

/** The figure as stated: qualifier and numbers, so "40" and "as many as 40" differ. */
function statement(c: Claim): string {
  return `${c.qualifier}:${c.value ?? ''}:${c.low ?? ''}:${c.high ?? ''}:${c.unit}`;
}

/** True when the claims of one measure state it differently. */
export function disagree(claims: readonly Claim[]): boolean {
  return new Set(claims.map(statement)).size > 1;
}
