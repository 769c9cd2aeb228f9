/**
 * Sorting claims for the claims table. Text is ordered as `Intl.Collator('en',
 * { numeric: true, sensitivity: 'base' })` orders it: "district 2" before
 * "district 10", case and accents ignored.
 *
 * The collator is slow next to comparing numbers, and the table sorts again on
 * every keystroke in search while a column is sorted, so each column's
 * distinct texts are ranked once and the ranking kept: a sort then only looks
 * its texts up and orders claims by those ranks. `npm run bench -- sort`
 * measures both the first sort and the ones after it.
 */
import type { Claim } from './claim';
import { UNIT_LABELS } from './units';

export type SortKey =
  'figure' | 'unit' | 'category' | 'subject' | 'place' | 'source' | 'attributed_to' | 'qualifier';
export const SORT_KEYS: readonly SortKey[] = [
  'figure',
  'unit',
  'category',
  'subject',
  'place',
  'source',
  'attributed_to',
  'qualifier',
];
export type SortDir = 'asc' | 'desc';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * A sorted copy of `claims`; the input is never changed. Claims with equal keys
 * keep their input order (the sort is stable), except under `figure`, where
 * equal figures go by id. `figure` groups by unit first (in the order of the
 * units' names, as `unit` sorts them), since 87% and 150 people are not more
 * or less than each other; the direction orders the figures within a unit.
 * `desc` reverses the key only: ties keep that order, and claims without the
 * field (empty text, no number) come last either way. `source` sorts by the
 * source's title (its id when the title is unknown).
 */
export function sortClaims(
  claims: readonly Claim[],
  key: SortKey,
  dir: SortDir,
  sourceTitles: ReadonlyMap<string, string>,
): Claim[] {
  if (claims.length < 2) return claims.slice();
  if (key === 'figure') return sortByFigure(claims, dir);
  const text =
    key === 'source'
      ? (c: Claim) => sourceTitles.get(c.source_id) ?? c.source_id
      : key === 'unit'
        ? unitName
        : (c: Claim) => c[key];
  const { ranks, count } = rankTexts(claims, key, text);
  if (dir === 'desc') reverse(ranks, count);
  return pick(claims, byRank(inputOrder(claims.length), ranks, count + 1));
}

/** A unit as the table writes it ("barrels per day"), which `unit` sorts by. */
const unitName = (c: Claim) => UNIT_LABELS[c.unit].name;

/** The number a figure sorts by: the value, else the middle of its bounds, else its one bound. */
function figureOf(claim: Claim): number {
  const { value, low, high } = claim;
  if (value !== undefined) return value;
  if (low !== undefined && high !== undefined) return (low + high) / 2;
  return low ?? high ?? NaN;
}

function sortByFigure(claims: readonly Claim[], dir: SortDir): Claim[] {
  const n = claims.length;
  const figures = new Float64Array(n);
  for (let i = 0; i < n; i++) figures[i] = figureOf(claims[i]!);
  // Distinct figures in order (a typed array sorts numerically, NaN last).
  const distinct = new Float64Array(new Set(figures)).sort();
  const numbers = Number.isNaN(distinct.at(-1)) ? distinct.length - 1 : distinct.length;
  const rankOf = new Map<number, number>();
  for (let r = 0; r < numbers; r++) rankOf.set(distinct[r]!, r);
  const figureRanks = new Int32Array(n);
  for (let i = 0; i < n; i++) figureRanks[i] = rankOf.get(figures[i]!) ?? numbers;
  if (dir === 'desc') reverse(figureRanks, numbers);
  // A unit's figures together, in the order of the units' names; figures
  // without a number after every unit.
  const units = rankTexts(claims, 'unit', unitName);
  for (let i = 0; i < n; i++) if (Number.isNaN(figures[i])) units.ranks[i] = units.count;
  // Sorted by the last key first, each sort stable: equal figures go by id,
  // then input order.
  const ids = rankTexts(claims, 'id', (c) => c.id);
  let order = byRank(inputOrder(n), ids.ranks, ids.count + 1);
  order = byRank(order, figureRanks, numbers + 1);
  order = byRank(order, units.ranks, units.count + 1);
  return pick(claims, order);
}

interface Ranking {
  /**
   * Each text's place in collator order, from 0; texts the collator finds
   * equal ("Mosul", "mosul") share one. The empty text is placed after all.
   */
  rank: Map<string, number>;
  /** How many places there are before the empty text's. */
  count: number;
}

/**
 * The last ranking made for each column. A column's texts rarely change (the
 * table sorts subsets of one dataset), so a ranking is kept until a sort meets
 * a text it lacks; then the texts of that sort are ranked instead.
 */
const rankings = new Map<string, Ranking>();

/** The rank of each claim's text in `column` (see `Ranking`), and the count of ranks. */
function rankTexts(
  claims: readonly Claim[],
  column: string,
  text: (c: Claim) => string,
): { ranks: Int32Array; count: number } {
  const n = claims.length;
  const ranks = new Int32Array(n);
  const kept = rankings.get(column);
  if (kept) {
    let i = 0;
    for (; i < n; i++) {
      const rank = kept.rank.get(text(claims[i]!));
      if (rank === undefined) break;
      ranks[i] = rank;
    }
    if (i === n) return { ranks, count: kept.count };
  }
  const texts = new Set(claims.map(text));
  texts.delete('');
  const sorted = [...texts].sort(collator.compare);
  const rank = new Map<string, number>();
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || collator.compare(sorted[i - 1]!, sorted[i]!) !== 0) count++;
    rank.set(sorted[i]!, count - 1);
  }
  rank.set('', count);
  rankings.set(column, { rank, count });
  for (let i = 0; i < n; i++) ranks[i] = rank.get(text(claims[i]!))!;
  return { ranks, count };
}

/** Reverses ranks below `count`; those at `count` (no figure, empty text) stay last. */
function reverse(ranks: Int32Array, count: number): void {
  for (let i = 0; i < ranks.length; i++) if (ranks[i]! < count) ranks[i] = count - 1 - ranks[i]!;
}

function inputOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * `order` (indices) stably sorted by their `ranks`, whole numbers below
 * `range`: a counting sort, linear and with no comparison.
 */
function byRank(order: Int32Array, ranks: Int32Array, range: number): Int32Array {
  const n = order.length;
  const next = new Int32Array(range + 1);
  for (let k = 0; k < n; k++) next[ranks[order[k]!]! + 1]!++;
  for (let r = 1; r <= range; r++) next[r]! += next[r - 1]!;
  const sorted = new Int32Array(n);
  for (let k = 0; k < n; k++) sorted[next[ranks[order[k]!]!]!++] = order[k]!;
  return sorted;
}

function pick(claims: readonly Claim[], order: Int32Array): Claim[] {
  const picked = new Array<Claim>(order.length);
  for (let k = 0; k < order.length; k++) picked[k] = claims[order[k]!]!;
  return picked;
}
