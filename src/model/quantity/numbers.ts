/**
 * Reads one number at a token: digits with their scale ("1.6 million",
 * "$13.6M"), spelled-out numbers ("one hundred and twenty", "a dozen") and
 * fraction words, which are shares in percent ("two-thirds", "half").
 */
import type { Unit } from '../schema';
import {
  AFTER_SHARE,
  BIG_SCALES,
  DIMENSION_NOUNS,
  DIMENSION_WORDS,
  FRACTION_BLOCKERS,
  FRACTIONS_PLURAL,
  FRACTIONS_SINGULAR,
  HALF_BLOCKERS,
  ONES,
  ORDINAL_SUFFIXES,
  PERSON_NOUNS,
  RACE_WORDS,
  SCALE_WORDS,
  SPACED_SCALE_ABBREVIATIONS,
  SUFFIX_SCALES,
  TEENS,
  TENS,
  TIME_SUFFIXES,
} from './lexicon';
import { isHyphen } from './tokens';
import type { Token, Tokens } from './tokens';
import type { ExclusionReason } from './types';
import { PREFIXED_UNITS, UNIT_WORDS } from './unit-lexicon';
import { readUnit } from './units';

export interface NumberCore {
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  value: number;
  /** The written figure before any scale: 1.6 in "1.6 million". */
  raw: number;
  /** 1 unless a scale word or suffix applied. */
  scale: number;
  /** Spelled out in words. */
  words: boolean;
  /** Just the word "one", which is usually a pronoun. */
  bareOne: boolean;
  /** A fraction word: the value is a share in percent. */
  percent: boolean;
  /** From a fraction word: 66.666… may be written 66.7. */
  approximate?: boolean;
  /** A glued suffix gave the unit ("5km") or said what the number is ("3rd", "1990s"). */
  unit?: Unit;
  /** The glued unit multiplies the value: 0.01 for "212p". */
  factor?: number;
  /** The glued unit is a bare cent ("15c"): the sentence's dollar, if it named one. */
  dollar?: boolean;
  measured?: boolean;
  excluded?: ExclusionReason;
}

/** Round away float noise from scaling: 13.6 * 1e6 is 13600000, not 13600000.000000002. */
export function clean(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}

function core(from: number, to: number, raw: number, scale: number, words: boolean): NumberCore {
  return {
    from,
    to,
    value: scale === 1 ? raw : clean(raw * scale),
    raw,
    scale,
    words,
    bareOne: false,
    percent: false,
  };
}

/** Digits at token i, with a glued suffix and a following scale word. */
export function readDigits(tl: Tokens, i: number, currency: boolean): NumberCore {
  const t = tl.at(i);
  const c = core(i, i + 1, t.num, 1, false);
  const s = tl.at(i + 1);
  if (s.kind === 'word' && !s.gap) {
    readGlued(tl, c, t, s, currency);
    // More letters or digits glued on ("4x4", "H5N1"): a code.
    const after = tl.at(c.to);
    if (!c.excluded && (after.kind === 'num' || after.kind === 'word') && !after.gap) {
      c.excluded = 'identifier';
    }
  }
  if (c.scale === 1 && !c.excluded && !c.measured) readScaleWords(tl, c);
  if (c.scale !== 1) c.value = clean(c.raw * c.scale);
  return c;
}

/** Letters glued to the digits t: an ordinal, a decade, a unit, a scale or a code. */
function readGlued(tl: Tokens, c: NumberCore, t: Token, s: Token, currency: boolean): void {
  const i = c.from;
  const l = s.lower;
  c.to = i + 2;
  if (ORDINAL_SUFFIXES.has(l) && !t.decimal && ordinalSuffix(t.num) === l) {
    c.excluded = 'ordinal';
    return;
  }
  if (l === 's' && !t.decimal && !t.commas) {
    c.excluded = t.text.length === 4 ? 'year' : decadeOfLife(tl, i) ? 'age' : 'year';
    return;
  }
  if (TIME_SUFFIXES.has(l)) {
    c.excluded = 'time';
    return;
  }
  // "9.58s" is seconds; "5m/s" and "50m²" are unit phrases, read before the m alone.
  const u = l === 's' ? { unit: 'seconds' as const, to: i + 2 } : readUnit(tl, i + 1, true);
  if (u.unit !== undefined) {
    c.unit = u.unit;
    c.to = u.to;
    c.measured = true;
    if (u.factor !== undefined) c.factor = u.factor;
    if (u.dollar) c.dollar = true;
  } else if (l === 'm') {
    const reading = gluedM(tl, i, currency);
    if (reading === 'million') c.scale = 1e6;
    else if (reading === 'name') c.excluded = 'name';
    else {
      c.unit = 'm';
      c.measured = true;
    }
  } else if (s.text === 'K' && !currency && !t.decimal && t.num <= 16) {
    // "4K video", "a 5K run": a resolution or a race, not thousands.
    c.excluded = 'name';
  } else if (SUFFIX_SCALES.has(l)) {
    c.scale = SUFFIX_SCALES.get(l)!;
  } else {
    // "5G", "3D", "737MAX": a code, not an amount.
    c.excluded = 'identifier';
  }
}

/** Words after "the 100m" that are no noun it could count: "won the 100m in 9.81 seconds". */
const NOT_NOUNS = new Set(['in', 'at', 'on', 'for', 'with', 'and', 'or', 'but', 'by', 'final']);

/** The ordinal suffix English writes after n: 1st, 2nd, 3rd, 11th, 22nd. */
function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * A glued m: millions ("3.4m tonnes", "£48m", "25m homes"), metres ("2.4m
 * tall", "a 5m wall", "a 10m-high fence") or a race ("the 100m freestyle").
 */
function gluedM(tl: Tokens, i: number, currency: boolean): 'million' | 'metres' | 'name' {
  if (currency) return 'million';
  const next = tl.at(i + 2);
  if (tl.gluedHyphen(i + 2) && DIMENSION_WORDS.has(tl.at(i + 3).lower)) return 'metres';
  if (next.kind === 'word' && next.gap) {
    if (DIMENSION_WORDS.has(next.lower)) return 'metres';
    if (RACE_WORDS.has(next.lower)) return 'name';
  }
  if (tl.at(i + 1).text === 'M') return 'million';
  // "between 60cm and 1.1m", "from 80cm to 1.2m": after a metric length at the other end of
  // a range, m is metres too (rules, 6.11); millions would not be ranged with centimetres.
  const conn = tl.at(i - 1);
  if (
    (conn.lower === 'and' || conn.lower === 'to' || conn.lower === 'or' || isHyphen(conn.text)) &&
    METRIC_LENGTHS.has(tl.at(i - 2).lower) &&
    tl.at(i - 3).kind === 'num'
  ) {
    return 'metres';
  }
  // "a wingspan of 2.5m", "a height of 828m"
  if (tl.is(i - 1, 'of') && DIMENSION_NOUNS.has(tl.at(i - 2).lower)) return 'metres';
  // "won the 100m in 9.81 seconds", "won the men's 10,000m in 27 minutes": a distance with no
  // noun after it names the race (rules, 6.1).
  if (
    (tl.is(i - 1, 'the') || possessive(tl.at(i - 1))) &&
    (next.kind !== 'word' || !next.gap || NOT_NOUNS.has(next.lower))
  ) {
    return 'name';
  }
  // "a 5m wall": one thing of a size, where millions would be "a £5m deal".
  const article = tl.is(i - 1, 'a') || tl.is(i - 1, 'an');
  const noun =
    next.kind === 'word' &&
    next.gap &&
    !next.cap &&
    !next.lower.endsWith('s') &&
    !UNIT_WORDS.has(next.lower) &&
    !PERSON_NOUNS.has(next.lower) &&
    !SCALE_WORDS.has(next.lower);
  return article && noun ? 'metres' : 'million';
}

/** A possessive word: "men's", "women’s", "girls'". */
function possessive(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const l = t.lower;
  return l.endsWith("'s") || l.endsWith('’s') || l.endsWith("s'") || l.endsWith('s’');
}

/** Lengths written with a metric prefix ("cm", "km"): the metre's group of PREFIXED_UNITS. */
const METRIC_LENGTHS: ReadonlySet<string> = new Set(
  [...PREFIXED_UNITS].filter(([unit, [group]]) => group === 'm' && unit !== 'm').map(([u]) => u),
);

/** "1.6 million", "$200-million", "3 hundred thousand", "$3 mln". */
function readScaleWords(tl: Tokens, c: NumberCore): void {
  let k = c.to;
  if (tl.gluedHyphen(k) && SCALE_WORDS.has(tl.at(k + 1).lower)) k++;
  const w = tl.at(k);
  if (w.kind !== 'word') return;
  const scale = SCALE_WORDS.get(w.lower) ?? SPACED_SCALE_ABBREVIATIONS.get(w.lower);
  if (scale === undefined || (k === c.to && !w.gap)) return;
  c.scale = scale;
  c.to = k + 1;
  const w2 = tl.at(c.to);
  if (scale === 100 && w2.kind === 'word' && BIG_SCALES.has(w2.lower)) {
    c.scale *= BIG_SCALES.get(w2.lower)!;
    c.to++;
  } else if (scale < 1e7 && (w2.lower === 'crore' || w2.lower === 'crores')) {
    // Indian compound scales multiply: "Rs 11 lakh crore" is 11 × 10^5 × 10^7 = 1.1 × 10^13,
    // "Rs 5 thousand crore" 5 × 10^10 (rules, section 5 "Scaling").
    c.scale *= 1e7;
    c.to++;
  }
}

/** "in their 20s" is an age; "the 80s" a decade. */
function decadeOfLife(tl: Tokens, i: number): boolean {
  let k = i - 1;
  if (tl.at(k).kind === 'punct' && tl.at(k).text === '-') k--;
  const p = tl.at(k).lower;
  const pp = tl.at(k - 1).lower;
  const possessive = (w: string) =>
    w === 'their' || w === 'his' || w === 'her' || w === 'my' || w === 'our' || w === 'your';
  return possessive(p) || ((p === 'early' || p === 'mid' || p === 'late') && possessive(pp));
}

type Last = 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'and' | 'half' | 'dozen';

/**
 * A spelled-out number: "six", "twenty-five", "one hundred and twenty",
 * "two million", "a hundred", "a dozen", "two and a half million".
 */
export function readWords(tl: Tokens, i: number): NumberCore | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  const first = tl.at(i).lower;
  if (first === 'a' || first === 'an') {
    const next = tl.at(i + 1).lower;
    if (!(next === 'hundred' || next === 'dozen' || BIG_SCALES.has(next))) return undefined;
    current = 1;
    last = 'unit';
    j = i + 1;
  }
  for (;;) {
    const t = tl.at(j);
    if (t.kind !== 'word') break;
    const l = t.lower;
    const small = last === 'none' || last === 'hundred' || last === 'scale' || last === 'and';
    if (ONES.has(l) && (small || last === 'ten')) {
      current += ONES.get(l)!;
      last = 'unit';
    } else if (TEENS.has(l) && small) {
      current += TEENS.get(l)!;
      last = 'teen';
    } else if (TENS.has(l) && small) {
      current += TENS.get(l)!;
      last = 'ten';
    } else if (l === 'hundred' && (last === 'unit' || last === 'teen') && current > 0) {
      current *= 100;
      last = 'hundred';
    } else if (l === 'dozen' && (last === 'unit' || last === 'teen' || last === 'ten')) {
      current *= 12;
      last = 'dozen';
      j++;
      break;
    } else if (BIG_SCALES.has(l) && current > 0 && last !== 'scale' && last !== 'and') {
      total += current * BIG_SCALES.get(l)!;
      current = 0;
      last = 'scale';
    } else if (
      l === 'and' &&
      (last === 'hundred' || last === 'scale') &&
      (ONES.has(tl.at(j + 1).lower) ||
        TEENS.has(tl.at(j + 1).lower) ||
        TENS.has(tl.at(j + 1).lower))
    ) {
      last = 'and';
    } else if (
      l === 'and' &&
      (last === 'unit' || last === 'teen' || last === 'ten') &&
      tl.is(j + 1, 'a') &&
      tl.is(j + 2, 'half')
    ) {
      current += 0.5;
      last = 'half';
      j += 3;
      continue;
    } else {
      break;
    }
    j++;
    if (last === 'ten' && tl.gluedHyphen(j) && ONES.has(tl.at(j + 1).lower)) j++;
  }
  if (last === 'none' || last === 'and') return undefined;
  if (j === i + 1 && (first === 'a' || first === 'an')) return undefined;
  const value = total + current;
  const c = core(i, j, value, 1, true);
  c.bareOne = j === i + 1 && first === 'one';
  return c;
}

/** "two-thirds", "a quarter", "one third", "half"; or an amount: "half a million". */
export function readFraction(tl: Tokens, i: number): NumberCore | undefined {
  const t = tl.at(i);
  const l = t.lower;
  let numerator: number;
  let j: number;
  let den: number | undefined;
  // "a quarter-point cut": the size of a change of interest rates.
  if (l === 'quarter' && tl.gluedHyphen(i + 1) && tl.is(i + 2, 'point')) {
    const c = core(i, i + 3, 0.25, 1, true);
    c.unit = 'percentage_points';
    c.measured = true;
    return c;
  }
  if (l === 'half') {
    const p = tl.at(i - 1);
    if (p.kind === 'word' && HALF_BLOCKERS.has(p.lower)) return undefined;
    // "first-half profit", "a second-half rally": the period (rules, 6.5).
    if (tl.gluedHyphen(i - 1) && HALF_BLOCKERS.has(tl.at(i - 2).lower)) return undefined;
    numerator = 1;
    den = 2;
    j = i + 1;
  } else {
    if (l === 'a' || l === 'an' || l === 'one') numerator = 1;
    else if (ONES.has(l) && ONES.get(l)! > 1) numerator = ONES.get(l)!;
    else if (l === 'ten') numerator = 10;
    else return undefined;
    let k = i + 1;
    if (l !== 'a' && l !== 'an' && tl.gluedHyphen(k)) k++;
    const f = tl.at(k);
    if (f.kind !== 'word') return undefined;
    den = numerator === 1 ? FRACTIONS_SINGULAR.get(f.lower) : FRACTIONS_PLURAL.get(f.lower);
    if (den === undefined) return undefined;
    // "an hour and a half"
    if ((l === 'a' || l === 'an') && tl.is(i - 1, 'and') && den === 2) return undefined;
    j = k + 1;
    // "a third attack", "a fifth term": the ordinal, not the share.
    const next = tl.at(j);
    if (numerator === 1 && den !== 2 && next.kind === 'word' && !AFTER_SHARE.has(next.lower)) {
      if (!BIG_SCALES.has(next.lower) && !SPANS.has(next.lower) && next.lower !== 'point') {
        return undefined;
      }
    }
  }
  // "a quarter-point cut", "a half-point rise": a share of a percentage point.
  if (tl.gluedHyphen(j) && tl.is(j + 1, 'point')) {
    const c = core(i, j + 2, (numerator / den) * 1, 1, true);
    c.unit = 'percentage_points';
    c.measured = true;
    return c;
  }
  // "quarter-final", "half-brother", "two-thirds-owned"
  if (tl.gluedHyphen(j)) return undefined;
  const share = numerator / den;
  // Amounts: "half a million", "a quarter of a million", "a half million", "half a dozen";
  // spans: "half an hour", "a quarter of a mile", "a quarter century".
  let k = j;
  if (tl.is(k, 'of')) k++;
  const art = tl.at(k).lower;
  if (art === 'a' || art === 'an') {
    const s = tl.at(k + 1).lower;
    const scale = s === 'dozen' ? 12 : SCALE_WORDS.get(s);
    if (scale !== undefined) return fractionOf(i, k + 2, share, scale);
    const span = SPANS.get(s);
    if (span) return fractionOf(i, k + 2, share, span[1], span[0]);
    return unitFraction(tl, i, k + 1, share);
  }
  if (k === j) {
    const s = tl.at(j).lower;
    const scale = BIG_SCALES.get(s);
    if (scale !== undefined) return fractionOf(i, j + 1, share, scale);
    const span = SPANS.get(s);
    if (span) return fractionOf(i, j + 1, share, span[1], span[0]);
    // "a quarter point", "half a point" (below): a share of a percentage point, as
    // "a quarter-point cut" is.
    if (s === 'point') return pointFraction(i, j + 1, share);
    if (FRACTION_BLOCKERS.has(s)) return undefined;
  }
  const c = core(i, j, share * 100, 1, true);
  // Unrounded, so that the checker sees 66.666… and allows the curator's rounding.
  c.value = (100 * numerator) / den;
  c.percent = true;
  c.approximate = true;
  return c;
}

/**
 * A fraction of a unit multiplies the unit (rules, 6.9): "half a cent" is 0.005
 * usd, "half a percentage point" 0.5 percentage_points, "half a degree" 0.5
 * degrees. Counted nouns are no unit here: "half a team" is no amount of people.
 */
function unitFraction(tl: Tokens, i: number, j: number, share: number): NumberCore | undefined {
  if (tl.is(j, 'point')) return pointFraction(i, j + 1, share);
  const u = readUnit(tl, j);
  const unit = u.unit;
  if (unit === undefined || u.age || COUNTED_UNITS.has(unit)) return undefined;
  const c = core(i, u.to, share, 1, true);
  c.unit = unit;
  if (u.factor !== undefined) c.factor = u.factor;
  if (u.dollar) c.dollar = true;
  c.measured = true;
  return c;
}

const COUNTED_UNITS = new Set<Unit>(['people', 'countries', 'vehicles', 'items', 'times']);

function pointFraction(i: number, to: number, share: number): NumberCore {
  const c = core(i, to, share, 1, true);
  c.unit = 'percentage_points';
  c.measured = true;
  return c;
}

/** Singular nouns a fraction can take: "half an hour" is 0.5 hours, "a quarter century" 25 years. */
const SPANS: ReadonlyMap<string, readonly [Unit, number]> = new Map([
  ['hour', ['hours', 1]],
  ['day', ['days', 1]],
  ['week', ['weeks', 1]],
  ['month', ['months', 1]],
  ['year', ['years', 1]],
  ['decade', ['years', 10]],
  ['century', ['years', 100]],
  ['minute', ['minutes', 1]],
  ['mile', ['miles', 1]],
  ['kilometre', ['km', 1]],
  ['kilometer', ['km', 1]],
  ['tonne', ['tonnes', 1]],
  ['ton', ['tonnes', 1]],
]);

function fractionOf(
  from: number,
  to: number,
  share: number,
  scale: number,
  unit?: Unit,
): NumberCore {
  const c = core(from, to, share, scale, true);
  c.approximate = true;
  if (unit) c.unit = unit;
  return c;
}
