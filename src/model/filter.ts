/**
 * Filtering and full-text search over claims, shared by the dashboard and any
 * export. The search index is built once per claim set, so a keystroke costs
 * one pass of `includes` over pre-folded strings, not a re-normalisation of
 * 100,000 claims.
 */
import type { Claim } from './claim';
import type { Category, Qualifier } from './schema';
import { removeInvisible } from './text/hidden';

export interface ClaimFilters {
  category?: Category | undefined;
  place?: string | undefined;
  source?: string | undefined;
  qualifier?: Qualifier | undefined;
  /** Words to find in subject or quote (all must occur, any order, case and accents ignored). */
  q?: string | undefined;
}

/** Every filter, in the order the URL lists them; also the names of the form's controls. */
export const FILTER_KEYS = [
  'category',
  'place',
  'source',
  'qualifier',
  'q',
] as const satisfies readonly (keyof ClaimFilters)[];

/**
 * Lowercase, accents removed, curly quotes straightened, invisible characters
 * (zero-width, bidi controls, soft hyphens) dropped: what a search box should
 * ignore. "Sab\u200Bratha" is found by "Sabratha", and the other way round.
 */
export function fold(text: string): string {
  return removeInvisible(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

export interface ClaimIndex {
  /** Never changed: `claimsAt` may hand this very array back. */
  claims: Claim[];
  /** Folded subject and quote of each claim, same order as `claims`. */
  haystacks: string[];
}

export function indexClaims(claims: Claim[]): ClaimIndex {
  return { claims, haystacks: claims.map((c) => fold(`${c.subject}\n${c.quote}`)) };
}

/**
 * Where in `index.claims` the claims that pass every filter are, in order.
 * Positions rather than claims: what is worked out once per claim set (the
 * charts' index) is looked up by them, without touching 100,000 objects.
 */
export function matchClaims(index: ClaimIndex, filters: ClaimFilters): Int32Array {
  const words = fold(filters.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const { claims, haystacks } = index;
  const matched = new Int32Array(claims.length);
  let count = 0;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (filters.category && c.category !== filters.category) continue;
    if (filters.place && c.place !== filters.place) continue;
    if (filters.source && c.source_id !== filters.source) continue;
    if (filters.qualifier && c.qualifier !== filters.qualifier) continue;
    if (words.length > 0) {
      const haystack = haystacks[i]!;
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    matched[count++] = i;
  }
  return matched.slice(0, count);
}

/**
 * The claims at these positions of `index.claims`. When that is every claim,
 * it is `index.claims` itself: what the dashboard derives from all claims, it
 * then reuses, not derives again.
 */
export function claimsAt(index: ClaimIndex, positions: Int32Array): Claim[] {
  const { claims } = index;
  return positions.length === claims.length ? claims : Array.from(positions, (i) => claims[i]!);
}

/** The claims that pass every filter, in order (`index.claims` itself when all do). */
export function filterClaims(index: ClaimIndex, filters: ClaimFilters): Claim[] {
  return claimsAt(index, matchClaims(index, filters));
}

/** Distinct non-empty values of a field, sorted, for filter menus. */
export function distinct(claims: readonly Claim[], field: 'place' | 'source_id'): string[] {
  return [...new Set(claims.map((c) => c[field]).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b),
  );
}
