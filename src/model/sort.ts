/**
 * Sorting claims for the claims table, fast enough to re-sort 100,000 claims on
 * a click. Text is ordered as `Intl.Collator('en', { numeric: true, sensitivity:
 * 'base' })` orders it: "district 2" before "district 10", case and accents
 * ignored.
 *
 * Calling the collator for each of the ~1.7 million comparisons that 100,000
 * distinct subjects need takes ~170 ms, so each distinct string is turned once
 * into a collation key: the collator's own weights of its characters (read off
 * the collator at start-up, not copied from one ICU version), packed six to a
 * number. Comparing keys is comparing a few numbers. A string with a character
 * the weights do not cover (other scripts, ligatures such as "ß") has no key
 * and is compared by the collator itself; keys agree with it exactly, so the
 * two mix in one sort.
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
 * or less than each other; the direction orders the figures within a unit. `desc` reverses the key only: ties keep that order,
 * and claims without the field (empty text, no number) come last either way.
 * `source` sorts by the source's title (its id when the title is unknown).
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
  return sortByText(claims, text, dir);
}

function sortByText(claims: readonly Claim[], text: (c: Claim) => string, dir: SortDir): Claim[] {
  const n = claims.length;
  // Distinct values first: categories, places and sources repeat a lot, so
  // most sorts collate a handful of strings.
  const groupOf = new Map<string, number>();
  const values: string[] = [];
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const value = text(claims[i]!);
    let g = groupOf.get(value);
    if (g === undefined) {
      g = values.length;
      groupOf.set(value, g);
      values.push(value);
    }
    group[i] = g;
  }

  const { order, compare } = collate(values);
  // Ranks from 0; strings the collator finds equal ("Mosul", "mosul") share
  // one. Empty values take the rank after all others, in both directions.
  const m = values.length;
  const rank = new Int32Array(m);
  let ranks = 0;
  for (let i = 0; i < m; i++) {
    if (i > 0 && compare(order[i - 1]!, order[i]!) !== 0) ranks++;
    rank[order[i]!] = ranks;
  }
  for (let g = 0; g < m; g++) {
    rank[g] = values[g] === '' ? ranks + 1 : dir === 'asc' ? rank[g]! : ranks - rank[g]!;
  }

  // Claims placed by rank (a counting sort): linear, and stable by construction.
  const next = new Int32Array(ranks + 3);
  for (let i = 0; i < n; i++) next[rank[group[i]!]! + 1]!++;
  for (let r = 1; r < next.length; r++) next[r]! += next[r - 1]!;
  const out = new Array<Claim>(n);
  for (let i = 0; i < n; i++) out[next[rank[group[i]!]!]!++] = claims[i]!;
  return out;
}

/** The number a figure sorts by: the value, else the middle of its bounds, else its one bound. */
function figureOf(claim: Claim): number {
  const { value, low, high } = claim;
  if (value !== undefined) return value;
  if (low !== undefined && high !== undefined) return (low + high) / 2;
  return low ?? high ?? NaN;
}

/** A unit as the table writes it ("barrels per day"), which `unit` sorts by. */
const unitName = (c: Claim) => UNIT_LABELS[c.unit].name;

function sortByFigure(claims: readonly Claim[], dir: SortDir): Claim[] {
  const n = claims.length;
  // Units by name, each given its rank (a few distinct units, so cheap).
  const units = [...new Set(claims.map((c) => c.unit))].sort((a, b) =>
    collator.compare(UNIT_LABELS[a].name, UNIT_LABELS[b].name),
  );
  const unitRank = new Map(units.map((u, r) => [u, r]));
  const figures = new Float64Array(n);
  for (let i = 0; i < n; i++) figures[i] = figureOf(claims[i]!);
  // Distinct figures in order (a typed array sorts natively, NaN last), and
  // each claim's rank among them by binary search.
  const distinct = Float64Array.from(new Set(figures)).sort();
  const numbers = Number.isNaN(distinct.at(-1)) ? distinct.length - 1 : distinct.length;
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = figures[i]!;
    if (Number.isNaN(f)) {
      rank[i] = numbers;
      continue;
    }
    let lo = 0;
    let hi = numbers - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < f) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = dir === 'asc' ? lo : numbers - 1 - lo;
  }
  // Units first: a claim's rank among all, shifted by its unit's block.
  // Figures without a number (rank `numbers`) stay after every unit.
  for (let i = 0; i < n; i++) {
    if (rank[i] !== numbers) rank[i] = unitRank.get(claims[i]!.unit)! * numbers + rank[i]!;
    else rank[i] = units.length * numbers;
  }

  // Equal figures go by id (then input order): each claim's place in id order
  // breaks ties, so one native sort of `rank * n + place` does it all.
  // Exact while units × n × n < 2^53: ~2 million claims in 100 units.
  const byId =
    numbers < n ? collate(claims.map((c) => c.id)).order : Int32Array.from(figures, (_, i) => i);
  const sortKeys = new Float64Array(n);
  for (let place = 0; place < n; place++) {
    const i = byId[place]!;
    sortKeys[place] = rank[i]! * n + place;
  }
  sortKeys.sort();
  const out = new Array<Claim>(n);
  for (let k = 0; k < n; k++) out[k] = claims[byId[sortKeys[k]! % n]!]!;
  return out;
}

// ---------------------------------------------------------------------------
// Collation keys

interface Weights {
  /** Primary weight of each covered character, by UTF-16 code; 0: not covered. */
  table: Uint16Array;
  /** The weight that starts a number: numbers sort between punctuation and letters. */
  digit: number;
  /** Codes per key number, and the base they are packed in. */
  perChunk: number;
  base: number;
}

/** Numbers with more digits than this are left to the collator (ICU splits long ones). */
const MAX_DIGITS = 200;

// Characters keys may cover: ASCII, Latin-1, Latin Extended-A, general
// punctuation (curly quotes, dashes) and currency signs.
const CANDIDATES: readonly [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2000, 0x206f],
  [0x20a0, 0x20c0],
];

let weights: Weights | undefined;

function buildWeights(): Weights {
  const candidates: string[] = [];
  for (const [from, to] of CANDIDATES) {
    for (let code = from; code <= to; code++) {
      // '0' stands for every digit: it marks where numbers sort.
      if (code > 0x30 && code <= 0x39) continue;
      const ch = String.fromCharCode(code);
      // Ignorable characters (soft hyphen, direction marks) and characters that
      // collate among the numbers ("²", "½") are left to the collator.
      if (collator.compare(ch, '') === 0) continue;
      if (code !== 0x30 && collator.compare(ch, '0') >= 0 && collator.compare(ch, 'a') < 0)
        continue;
      candidates.push(ch);
    }
  }
  candidates.sort(collator.compare);
  const table = new Uint16Array(CANDIDATES.at(-1)![1] + 1);
  let weight = 0;
  let digit = 0;
  let previous: string | undefined;
  for (const ch of candidates) {
    if (previous === undefined || collator.compare(previous, ch) !== 0) {
      // A character that expands to several weights ("ß" = "ss") sorts below
      // the previous character followed by the highest one (U+FFFF); one
      // weight cannot stand for it.
      if (previous !== undefined && collator.compare(ch, `${previous}\uffff`) <= 0) continue;
      weight++;
      previous = ch;
    }
    table[ch.charCodeAt(0)] = weight;
    if (ch === '0') digit = weight;
  }
  // Codes are weights, number lengths + 1 and digits + 1, all above 0, which
  // pads the last number of a key so that a prefix sorts first.
  const base = Math.max(weight, MAX_DIGITS + 1, 10) + 1;
  let perChunk = 1;
  while (base ** (perChunk + 1) <= Number.MAX_SAFE_INTEGER) perChunk++;
  return { table, digit, perChunk, base };
}

/** The indices of `values` in collator order, and the comparator of `collationKeys`. */
function collate(values: readonly string[]): {
  order: Int32Array;
  compare: (a: number, b: number) => number;
} {
  const { compare, start, end, flat } = collationKeys(values);
  const m = values.length;
  let keyed = 0;
  for (let i = 0; i < m; i++) if (end[i]! >= 0) keyed++;

  // Strings with keys are sorted by them, those without by the collator, and
  // the two lists merged.
  const withKey = new Int32Array(keyed);
  const withoutKey = new Int32Array(m - keyed);
  for (let i = 0, k = 0, u = 0; i < m; i++) {
    if (end[i]! >= 0) withKey[k++] = i;
    else withoutKey[u++] = i;
  }
  multikeySort(withKey, 0, keyed, 0, start, end, flat);
  if (withoutKey.length === 0) return { order: withKey, compare };
  withoutKey.sort(compare);
  const order = new Int32Array(m);
  for (let i = 0, k = 0, u = 0; i < m; i++) {
    order[i] =
      u >= withoutKey.length || (k < keyed && compare(withKey[k]!, withoutKey[u]!) <= 0)
        ? withKey[k++]!
        : withoutKey[u++]!;
  }
  return { order, compare };
}

/**
 * The collation keys of `values`, and a comparator of indices into `values`
 * that orders them as the collator does: by keys where both have one.
 */
function collationKeys(values: readonly string[]): {
  compare: (a: number, b: number) => number;
  /** Where each key starts and ends in `flat`; end -1: no key. */
  start: Int32Array;
  end: Int32Array;
  flat: Float64Array;
} {
  const m = values.length;
  const keys = new KeyWriter(values);
  const start = new Int32Array(m);
  const end = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    start[i] = keys.used;
    end[i] = keys.write(values[i]!) ? keys.used : -1;
  }
  const flat = keys.buffer;
  const compare = (a: number, b: number): number =>
    end[a]! < 0 || end[b]! < 0
      ? collator.compare(values[a]!, values[b]!)
      : compareFrom(a, b, 0, start, end, flat);
  return { compare, start, end, flat };
}

/**
 * Multikey quicksort (Bentley and Sedgewick) of `order[lo, hi)` by the keys
 * from their `depth`th number on: a 3-way partition on one number of the key,
 * the equal part then sorted on the next one, so no comparison re-reads the
 * prefix two keys share. Twice as fast as Array#sort with a comparator for
 * 100,000 subjects. Equal keys end in the order of their indices.
 */
function multikeySort(
  order: Int32Array,
  lo: number,
  hi: number,
  depth: number,
  start: Int32Array,
  end: Int32Array,
  flat: Float64Array,
): void {
  while (hi - lo > 1) {
    if (hi - lo <= 12) {
      // Insertion sort for small parts, comparing the rest of the keys.
      for (let i = lo + 1; i < hi; i++) {
        const v = order[i]!;
        let j = i;
        for (; j > lo; j--) {
          const u = order[j - 1]!;
          if ((compareFrom(u, v, depth, start, end, flat) || u - v) <= 0) break;
          order[j] = u;
        }
        order[j] = v;
      }
      return;
    }
    // Median of three places picked pseudo-randomly: first, middle and last
    // made sorted input (ids) three times slower. The pivot only changes the
    // speed: the result is the same.
    const size = hi - lo;
    const pivot = median(
      numberAt(order[lo + (nextRandom() % size)]!, depth, start, end, flat),
      numberAt(order[lo + (nextRandom() % size)]!, depth, start, end, flat),
      numberAt(order[lo + (nextRandom() % size)]!, depth, start, end, flat),
    );
    let lt = lo;
    let gt = hi - 1;
    for (let i = lo; i <= gt;) {
      const v = order[i]!;
      const k = numberAt(v, depth, start, end, flat);
      if (k < pivot) {
        order[i++] = order[lt]!;
        order[lt++] = v;
      } else if (k > pivot) {
        order[i] = order[gt]!;
        order[gt--] = v;
      } else i++;
    }
    multikeySort(order, lo, lt, depth, start, end, flat);
    // Keys that ended here are equal: they keep the order of their indices.
    if (pivot >= 0) multikeySort(order, lt, gt + 1, depth + 1, start, end, flat);
    else order.subarray(lt, gt + 1).sort();
    lo = gt + 1;
  }
}

/**
 * The number at `depth` of the key of value i; -1 past its end, so that a key
 * sorts before the longer keys it is a prefix of.
 */
function numberAt(
  i: number,
  depth: number,
  start: Int32Array,
  end: Int32Array,
  flat: Float64Array,
): number {
  const k = start[i]! + depth;
  return k < end[i]! ? flat[k]! : -1;
}

function compareFrom(
  a: number,
  b: number,
  depth: number,
  start: Int32Array,
  end: Int32Array,
  flat: Float64Array,
): number {
  const endA = end[a]!;
  const endB = end[b]!;
  let i = start[a]! + depth;
  let j = start[b]! + depth;
  for (; i < endA && j < endB; i++, j++) {
    if (flat[i] !== flat[j]) return flat[i]! < flat[j]! ? -1 : 1;
  }
  return endA - i - (endB - j);
}

let seed = 1;
/** Xorshift: pseudo-random pivots without Math.random. */
function nextRandom(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
}

function median(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/** Collation keys of many strings, one after another in one array of numbers. */
class KeyWriter {
  buffer: Float64Array;
  used = 0;
  private readonly weights = (weights ??= buildWeights());

  constructor(values: readonly string[]) {
    let chars = 0;
    for (const value of values) chars += value.length;
    // One number per `perChunk` characters and a padded one per string; only
    // strings full of digits need it to grow.
    this.buffer = new Float64Array(Math.ceil(chars / this.weights.perChunk) + values.length + 16);
  }

  /**
   * Appends the key of `text` and returns true, or returns false when `text`
   * has a character that is not covered. A run of digits becomes the digit
   * weight, its length without leading zeros, then its digits: longer numbers
   * sort higher and "007" equals "7", as with `numeric: true`.
   */
  write(text: string): boolean {
    const { table, digit, perChunk, base } = this.weights;
    const length = text.length;
    let at = this.used;
    // A number of n digits takes n + 2 codes: at most three codes a character.
    const room = at + Math.ceil((length * 3) / perChunk) + 1;
    if (room > this.buffer.length) {
      const grown = new Float64Array(Math.max(room, this.buffer.length * 2));
      grown.set(this.buffer);
      this.buffer = grown;
    }
    const out = this.buffer;
    // Packed as it goes, in plain locals: a helper function closing over the
    // running chunk would allocate a boxed number per character.
    let chunk = 0;
    let filled = 0;
    for (let i = 0; i < length;) {
      const code = text.charCodeAt(i);
      if (isDigit(code)) {
        let end = i + 1;
        while (end < length && isDigit(text.charCodeAt(end))) end++;
        while (i < end && text.charCodeAt(i) === 0x30) i++;
        const digits = end - i;
        if (digits > MAX_DIGITS) return false;
        for (let k = -2; k < digits; k++) {
          const c = k === -2 ? digit : k === -1 ? digits + 1 : text.charCodeAt(i + k) - 0x30 + 1;
          chunk = chunk * base + c;
          if (++filled === perChunk) {
            out[at++] = chunk;
            chunk = 0;
            filled = 0;
          }
        }
        i = end;
        continue;
      }
      const weight = code < table.length ? table[code]! : 0;
      if (weight === 0) return false;
      chunk = chunk * base + weight;
      if (++filled === perChunk) {
        out[at++] = chunk;
        chunk = 0;
        filled = 0;
      }
      i++;
    }
    if (filled > 0) out[at++] = chunk * base ** (perChunk - filled);
    this.used = at;
    return true;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
