/**
 * How often each proposed field would be accepted as it stands: for every
 * curated claim, the proposal for the candidate at its mention, field by
 * field against what the curator wrote. The measure is proposed from
 * measures.csv and the other claims only (the claim's own subject left out),
 * and counts as right when the curator's measure is among the first three
 * suggestions: over claims whose measure has other reports (the claim joins
 * a known measure), and over every claim (the measure's title and
 * definition, written by a curator, may have been written from this very
 * claim, so this one flatters).
 */
import { extractCandidates } from '../extract/candidates';
import type { Dataset } from '../model/check/dataset';
import { plainNumber } from '../model/csv/write';
import { MeasureIndex, measureOptions } from './measures';
import { proposeClaim } from './propose';

export const SCORED_FIELDS = [
  'subject',
  'category',
  'unit',
  'qualifier',
  'numbers',
  'attribution',
  'measure in top 3',
  'measure in top 3, every claim',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldRate {
  field: ScoredField;
  accepted: number;
  total: number;
}

export interface AcceptanceReport {
  rates: FieldRate[];
  /** Curated claims with no candidate at their mention (not proposed at all). */
  unproposed: number;
  /** Per field, the claims where the proposal was not accepted: `id: proposed → curated`. */
  misses: Record<ScoredField, string[]>;
}

const same = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export function fieldAcceptance(dataset: Dataset): AcceptanceReport {
  const counts = new Map<ScoredField, { accepted: number; total: number }>(
    SCORED_FIELDS.map((f) => [f, { accepted: 0, total: 0 }]),
  );
  const misses = Object.fromEntries(SCORED_FIELDS.map((f) => [f, [] as string[]])) as Record<
    ScoredField,
    string[]
  >;
  const score = (field: ScoredField, ok: boolean, id: string, detail: string) => {
    const c = counts.get(field)!;
    c.total++;
    if (ok) c.accepted++;
    else misses[field].push(`${id}: ${detail}`);
  };
  const candidatesBySource = new Map<string, ReturnType<typeof extractCandidates>>();
  let unproposed = 0;
  for (const claim of dataset.claims) {
    const text = dataset.texts.get(claim.source_id) ?? '';
    let candidates = candidatesBySource.get(claim.source_id);
    if (!candidates) {
      candidatesBySource.set(
        claim.source_id,
        (candidates = extractCandidates(text, { sourceId: claim.source_id })),
      );
    }
    const start = text.indexOf(claim.quote) + claim.quote.indexOf(claim.mention);
    const end = start + claim.mention.length;
    const candidate = candidates.find((c) => c.start < end && start < c.end);
    if (!candidate) {
      unproposed++;
      continue;
    }
    const others = dataset.claims.filter((c) => c !== claim);
    const index = new MeasureIndex(measureOptions(dataset.measures, others));
    const { draft, measures } = proposeClaim(candidate, index);
    score(
      'subject',
      same(draft.subject, claim.subject),
      claim.id,
      `"${draft.subject}" → "${claim.subject}"`,
    );
    score(
      'category',
      draft.category === claim.category,
      claim.id,
      `${draft.category} → ${claim.category}`,
    );
    score('unit', draft.unit === claim.unit, claim.id, `${draft.unit} → ${claim.unit}`);
    score(
      'qualifier',
      draft.qualifier === claim.qualifier,
      claim.id,
      `${draft.qualifier} → ${claim.qualifier}`,
    );
    const numbers = (n: number | undefined) => (n === undefined ? '' : plainNumber(n));
    const curated = [claim.value, claim.low, claim.high].map(numbers).join('/');
    const proposed = [draft.value, draft.low, draft.high].join('/');
    score('numbers', curated === proposed, claim.id, `${proposed} → ${curated}`);
    score(
      'attribution',
      same(draft.attributed_to, claim.attributed_to),
      claim.id,
      `"${draft.attributed_to}" → "${claim.attributed_to}"`,
    );
    const found = measures.slice(0, 3).some((m) => m.id === claim.measure);
    const detail = `${measures.map((m) => m.id).join(', ') || '(none of this unit and category)'} → ${claim.measure}`;
    if (others.some((c) => c.measure === claim.measure)) {
      score('measure in top 3', found, claim.id, detail);
    }
    score('measure in top 3, every claim', found, claim.id, detail);
  }
  return {
    rates: SCORED_FIELDS.map((field) => ({ field, ...counts.get(field)! })),
    unproposed,
    misses,
  };
}
