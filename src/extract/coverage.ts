/**
 * The curator's to-do list: candidates that no curated claim covers and that
 * skipped.csv does not set aside. A claim covers a candidate when its mention,
 * located in the source text through its quote, overlaps the candidate's.
 */
import type { Claim } from '../model/claim';
import type { Candidate } from './candidates';
import { candidateKey } from './candidates';

export interface Span {
  start: number;
  end: number;
}

/** Where each claim's mention sits in its source text, by source id. */
export function claimSpans(
  claims: readonly Claim[],
  texts: ReadonlyMap<string, string>,
): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  for (const claim of claims) {
    const text = texts.get(claim.source_id);
    const quoteAt = text?.indexOf(claim.quote) ?? -1;
    const mentionAt = quoteAt === -1 ? -1 : claim.quote.indexOf(claim.mention);
    if (mentionAt === -1) continue;
    const start = quoteAt + mentionAt;
    const list = spans.get(claim.source_id) ?? [];
    list.push({ start, end: start + claim.mention.length });
    spans.set(claim.source_id, list);
  }
  return spans;
}

export function uncurated(
  candidates: readonly Candidate[],
  spans: ReadonlyMap<string, Span[]>,
  skipped: ReadonlyMap<string, unknown>,
): Candidate[] {
  return candidates.filter((c) => {
    if (skipped.has(candidateKey(c))) return false;
    const covered = spans.get(c.source_id ?? '') ?? [];
    return !covered.some((s) => s.start < c.end && c.start < s.end);
  });
}
