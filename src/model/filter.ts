/**
 * Filtering and full-text search over claims, shared by the dashboard and any
 * export. The search index is built once per claim set, so a keystroke costs
 * one pass of `includes` over pre-folded strings, not a re-normalisation of
 * 100,000 claims.
 */
import type { Claim, Measure } from './claim';
import type { Category, Qualifier } from './schema';
import { inPlace, placeArea } from './places';
import { fold } from './text/fold';

export { fold };

export interface ClaimFilters {
  category?: Category | undefined;
  /** A place, or an area that takes in the places in it (places.ts): "Libya" finds "Sabratha, Libya". */
  place?: string | undefined;
  source?: string | undefined;
  qualifier?: Qualifier | undefined;
  /**
   * Words to find in what a claim says and is about: subject, quote, place,
   * attribution and its measure's title (all must occur, in any of them, in
   * any order; case and accents ignored).
   */
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

export interface ClaimIndex {
  /** Never changed: `claimsAt` may hand this very array back. */
  claims: Claim[];
  /**
   * Folded searchable text of each claim (see `ClaimFilters.q`), same order
   * as `claims`: folded on the first search, not at load, where folding
   * 100,000 claims would hold the first view for the search no one has typed.
   */
  haystacks: () => string[];
  /**
   * Folds ahead of the first search, a batch of claims at a time while
   * `goOn()` says so (an idle callback's time left), so that no task holds
   * the page for long. True when every claim is folded.
   */
  foldAhead: (goOn: () => boolean) => boolean;
  /** The area of each claim's place (places.ts), same order as `claims`. */
  areas: (string | undefined)[];
}

/** Claims folded between two looks at the time left: a few milliseconds' work. */
const FOLD_BATCH = 500;

/**
 * The search index of these claims; `measures` gives the measure titles
 * searched with them. Places repeat, so each distinct one is read once.
 */
export function indexClaims(
  claims: Claim[],
  measures: ReadonlyMap<string, Pick<Measure, 'title'>> = new Map(),
): ClaimIndex {
  const areaOf = new Map<string, string | undefined>();
  const areas = claims.map((c) => {
    if (!areaOf.has(c.place)) areaOf.set(c.place, placeArea(c.place));
    return areaOf.get(c.place);
  });
  const folded: string[] = [];
  const foldUpTo = (end: number) => {
    for (let i = folded.length; i < end; i++) {
      const c = claims[i]!;
      const title = measures.get(c.measure)?.title ?? '';
      folded.push(fold([c.subject, c.quote, c.place, c.attributed_to, title].join('\n')));
    }
  };
  const haystacks = () => {
    foldUpTo(claims.length);
    return folded;
  };
  const foldAhead = (goOn: () => boolean) => {
    while (folded.length < claims.length && goOn()) {
      foldUpTo(Math.min(claims.length, folded.length + FOLD_BATCH));
    }
    return folded.length === claims.length;
  };
  return { claims, haystacks, foldAhead, areas };
}

/** The search words of a query: folded, split on white space. */
function searchWords(q: string | undefined): string[] {
  return fold(q ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Where in `index.claims` the claims that pass every filter are, in order.
 * Positions rather than claims: what is worked out once per claim set (the
 * charts' index) is looked up by them, without touching 100,000 objects.
 */
export function matchClaims(index: ClaimIndex, filters: ClaimFilters): Int32Array {
  return matchPositions(index, filters, searchWords(filters.q));
}

/**
 * The positions that pass `filters` (none when undefined) and hold every
 * one of `words`; of `within` only, when given.
 */
function matchPositions(
  index: ClaimIndex,
  filters: ClaimFilters | undefined,
  words: string[],
  within?: Int32Array,
): Int32Array {
  const { claims, areas } = index;
  const haystacks = words.length > 0 ? index.haystacks() : [];
  const candidates = within?.length ?? claims.length;
  const matched = new Int32Array(candidates);
  let count = 0;
  for (let k = 0; k < candidates; k++) {
    const i = within ? within[k]! : k;
    if (filters) {
      const c = claims[i]!;
      if (filters.category && c.category !== filters.category) continue;
      if (filters.place && !inPlace(c.place, filters.place, areas[i])) continue;
      if (filters.source && c.source_id !== filters.source) continue;
      if (filters.qualifier && c.qualifier !== filters.qualifier) continue;
    }
    if (words.length > 0) {
      const haystack = haystacks[i]!;
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    matched[count++] = i;
  }
  return matched.slice(0, count);
}

/** Searches a matcher remembers: the last few queries typed, a few arrays of positions. */
const REMEMBERED = 8;

interface Remembered {
  /** The filters other than the words, as one key. */
  others: string;
  words: string[];
  positions: Int32Array;
}

/**
 * `matchClaims` for a reader typing: the same answers, from less work. A
 * query that only adds to one remembered (every remembered word is part of
 * a new one, the other filters the same) can match only claims that one
 * matched, so only those are tested; a query met again (erasing what was
 * typed goes back through them) gets the very array it got before, so what
 * the dashboard derives from it is not derived again.
 */
export function createMatcher(index: ClaimIndex): (filters: ClaimFilters) => Int32Array {
  const remembered: Remembered[] = [];
  return (filters) => {
    const words = searchWords(filters.q);
    const others = FILTER_KEYS.map((key) => (key === 'q' ? '' : (filters[key] ?? ''))).join('\n');
    const key = words.join(' ');
    const same = remembered.find((r) => r.others === others && r.words.join(' ') === key);
    if (same) {
      remembered.splice(remembered.indexOf(same), 1);
      remembered.unshift(same);
      return same.positions;
    }
    // The narrowest remembered search this one adds to.
    let base: Remembered | undefined;
    for (const r of remembered) {
      const wider =
        r.others === others && r.words.every((w) => words.some((word) => word.includes(w)));
      if (wider && (!base || r.positions.length < base.positions.length)) base = r;
    }
    // Its matches pass the same other filters and hold its words, and so
    // every new word found in one of them: only the other words are tested.
    const positions = base
      ? matchPositions(
          index,
          undefined,
          words.filter((word) => !base.words.some((w) => w.includes(word))),
          base.positions,
        )
      : matchPositions(index, filters, words);
    remembered.unshift({ others, words, positions });
    remembered.length = Math.min(remembered.length, REMEMBERED);
    return positions;
  };
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
