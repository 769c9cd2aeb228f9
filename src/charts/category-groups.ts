/**
 * The claims of each category chart: a chart per category and unit, showing
 * the figures of its largest measures. The dashboard regroups the claims it
 * shows on every keystroke, up to 100,000 of them and as many measures, so
 * what does not change between keystrokes is worked out once per claim set,
 * in a `CategoryIndex`: each claim's chart, and its measure within that
 * chart, as small integers, and the largest number it states. Grouping the
 * claims a search matches (their positions in the set) is then a pass over
 * typed arrays, with no string keys, no object per measure, and no claim
 * object read until the few that are charted.
 */
import type { Claim } from '../model';
import { CATEGORIES, UNITS } from '../model/schema';
import type { Category, Unit } from '../model/schema';

/**
 * A chart stays readable, and quick to draw, up to this many rows; a category
 * with more figures shows the largest measures' figures and says how many the
 * table holds.
 */
export const MAX_CATEGORY_ROWS = 40;

/** One category chart's claims. */
export interface CategoryGroup {
  category: Category;
  unit: Unit;
  /** How many claims the chart stands for. */
  count: number;
  /** The claims it draws: see `CategoryIndex.group`. */
  claims: Claim[];
}

/** What grouping needs of each claim of a set, prepared once. */
export class CategoryIndex {
  /** The charts, in the schema's order of categories, then units. */
  private readonly charts: { category: Category; unit: Unit }[] = [];
  /** Per claim: its measure in its chart (a "pair"), and the largest number it states. */
  private readonly pairOf: Int32Array;
  private readonly largestOf: Float64Array;
  /** Per pair: its chart. */
  private readonly chartOf: Int32Array;
  // Scratch space for `group`, reused: a keystroke allocates no array per pair.
  private readonly seenIn: Int32Array;
  private readonly largest: Float64Array;
  private readonly rank: Int32Array;
  private call = 0;

  constructor(private readonly claims: readonly Claim[]) {
    // Chart → measure → pair, and the chart of each pair.
    const pairIds: Map<string, number>[] = [];
    const chartOfPair: number[] = [];
    const chartIds = new Map<string, Map<string, number>>();
    for (const category of CATEGORIES) {
      const units = new Map<string, number>();
      chartIds.set(category, units);
      for (const unit of UNITS) {
        units.set(unit, this.charts.length);
        this.charts.push({ category, unit });
        pairIds.push(new Map());
      }
    }
    this.pairOf = new Int32Array(claims.length);
    this.largestOf = new Float64Array(claims.length);
    claims.forEach((claim, i) => {
      const chart = chartIds.get(claim.category)!.get(claim.unit)!;
      const pairs = pairIds[chart]!;
      let pair = pairs.get(claim.measure);
      if (pair === undefined) {
        pair = chartOfPair.length;
        pairs.set(claim.measure, pair);
        chartOfPair.push(chart);
      }
      this.pairOf[i] = pair;
      this.largestOf[i] = Math.max(
        claim.value ?? -Infinity,
        claim.low ?? -Infinity,
        claim.high ?? -Infinity,
      );
    });
    this.chartOf = Int32Array.from(chartOfPair);
    this.seenIn = new Int32Array(chartOfPair.length);
    this.largest = new Float64Array(chartOfPair.length);
    this.rank = new Int32Array(chartOfPair.length);
  }

  /**
   * The charts that the claims at `positions` (in the set this index was
   * built for, in order; all of them by default) call for, in order, each
   * with the first `limit` claims when its measures are ordered by their
   * largest figure, largest first (as in a dot plot sorted by value), ties in
   * order of appearance, with the claims of one measure together. Only the
   * top `limit` measures are kept in order (each has at least one claim), not
   * all of them sorted: a chart can have tens of thousands.
   */
  group(
    positions: ArrayLike<number> = everyPosition(this.claims.length),
    limit = MAX_CATEGORY_ROWS,
  ): CategoryGroup[] {
    const call = ++this.call;
    const { pairOf, largestOf, chartOf, seenIn, largest, rank } = this;
    const counts = new Int32Array(this.charts.length);
    // Pairs in order of first appearance among these claims.
    const pairs: number[] = [];
    for (let k = 0; k < positions.length; k++) {
      const i = positions[k]!;
      const pair = pairOf[i]!;
      counts[chartOf[pair]!]!++;
      if (seenIn[pair] !== call) {
        seenIn[pair] = call;
        largest[pair] = largestOf[i]!;
        pairs.push(pair);
      } else if (largestOf[i]! > largest[pair]!) {
        largest[pair] = largestOf[i]!;
      }
    }

    const top: number[][] = this.charts.map(() => []);
    for (const pair of pairs) {
      const kept = top[chartOf[pair]!]!;
      const value = largest[pair]!;
      if (kept.length === limit && value <= largest[kept[limit - 1]!]!) continue;
      // After the last one at least as large: ties keep their order of appearance.
      let at = kept.length;
      while (at > 0 && largest[kept[at - 1]!]! < value) at--;
      kept.splice(at, 0, pair);
      if (kept.length > limit) kept.pop();
    }
    // Rank within its chart of each pair kept; -1 for the others.
    for (const pair of pairs) rank[pair] = -1;
    for (const kept of top) kept.forEach((pair, r) => (rank[pair] = r));

    const byRank: Claim[][][] = top.map((kept) => kept.map(() => []));
    for (let k = 0; k < positions.length; k++) {
      const i = positions[k]!;
      const pair = pairOf[i]!;
      const r = rank[pair]!;
      if (r >= 0) byRank[chartOf[pair]!]![r]!.push(this.claims[i]!);
    }

    const groups: CategoryGroup[] = [];
    this.charts.forEach(({ category, unit }, chart) => {
      if (counts[chart] === 0) return;
      const kept = byRank[chart]!.flat().slice(0, limit);
      groups.push({ category, unit, count: counts[chart]!, claims: kept });
    });
    return groups;
  }
}

function everyPosition(length: number): Int32Array {
  return Int32Array.from({ length }, (_, i) => i);
}
