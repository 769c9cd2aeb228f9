/**
 * Numbers that are not amounts: years, dates, clock times, ages, phone
 * numbers, identifiers ("Flight 370"), names ("Boeing 737", "G20") and
 * sports scores ("won 2-0"). Each rule looks at a few tokens either side of
 * the number; none looks further than a sentence.
 */
import {
  GROUP_OF_WORDS,
  MATURITY_WORDS,
  STREET_WORDS,
  IDENTIFIER_WORDS,
  MONTHS,
  NAME_WORDS,
  NOT_NAMES,
  NUMBER_PREFIXES,
  ORDINAL_SUFFIXES,
  PHONE_WORDS,
  SPORTS_WORDS,
  TIME_WORDS,
  TIME_ZONES,
  VERB_BEFORE_NUMBER,
  WEEKDAYS,
} from './lexicon';
import type { NumberCore } from './numbers';
import { isHyphen } from './tokens';
import type { Token, Tokens } from './tokens';
import type { ExclusionReason } from './types';
import { readUnit } from './units';

export interface Exclusion {
  reason: ExclusionReason;
  /** First token, when the excluded text starts before the number ("+44", "G20", "March 22"). */
  from?: number;
  /** One past the last token the excluded number covers ("2016-02-19" is five tokens). */
  to: number;
}

function isInteger(t: Token): boolean {
  return t.kind === 'num' && !t.decimal;
}

function isNumber(t: Token): boolean {
  return t.kind === 'num';
}

function plainInteger(t: Token): boolean {
  return t.kind === 'num' && !t.decimal && !t.commas;
}

export function yearLike(t: Token): boolean {
  return plainInteger(t) && t.text.length === 4 && t.num >= 1100 && t.num <= 2100;
}

function isMonth(t: Token): boolean {
  return t.kind === 'word' && MONTHS.has(t.text);
}

/** Month before token i: "March 22", "Dec. 2". */
function monthBefore(tl: Tokens, i: number): boolean {
  const p = tl.at(i - 1);
  if (isMonth(p)) return true;
  return p.text === '.' && !p.gap && isMonth(tl.at(i - 2));
}

/** A dash or slash joining tokens k-1 and k+1 with no spaces. */
function gluedJoin(tl: Tokens, k: number, chars: string): boolean {
  const t = tl.at(k);
  return t.kind === 'punct' && chars.includes(t.text) && !t.gap && !tl.at(k + 1).gap;
}

/** Number groups joined by glued hyphens from token i: [i, i+2, i+4, …]. */
function hyphenChain(tl: Tokens, i: number): number[] {
  const groups = [i];
  let k = i;
  while (gluedJoin(tl, k + 1, '-‐‑–') && isInteger(tl.at(k + 2))) {
    k += 2;
    groups.push(k);
  }
  return groups;
}

function nearWord(tl: Tokens, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k <= to; k++) {
    const t = tl.at(k);
    if (t.kind === 'word' && words.has(t.lower)) return true;
  }
  return false;
}

function hasUnitAfter(tl: Tokens, k: number): boolean {
  return readUnit(tl, k).unit !== undefined;
}

/**
 * Why the digits core c is not an amount, or undefined when it is one.
 * `quantity` says the words around it already make it one: a currency sign,
 * a scale or a unit.
 */
export function classifyDigits(
  tl: Tokens,
  c: NumberCore,
  quantity: boolean,
  /** A currency is written before the number ("RM150", "$US87"): the word glued to it is that. */
  currency = false,
  /** One past the unit words read after the number. */
  unitEnd = c.to,
): Exclusion | undefined {
  const i = c.from;
  const t = tl.at(i);
  if (c.excluded) return { reason: c.excluded, to: c.to };
  const prev = tl.at(i - 1);
  const next = tl.at(c.to);

  // Clock times and lap times: "10:30", "3 p.m.", "0600 GMT", "1400 hrs", "1:42.3", "2:05:54".
  if (next.text === ':' && !next.gap && isNumber(tl.at(c.to + 1)) && !tl.at(c.to + 1).gap) {
    let to = c.to + 2;
    const minutes = tl.at(c.to + 1);
    while (tl.at(to).text === ':' && !tl.at(to).gap && isNumber(tl.at(to + 1))) to += 2;
    if (/^\d\d(\.\d+)?$/.test(minutes.text) && t.num <= 24 && !t.decimal) {
      if (TIME_WORDS.has(tl.at(to).lower) || TIME_ZONES.has(tl.at(to).text)) to++;
      return { reason: 'time', to };
    }
    return { reason: 'identifier', to };
  }
  if (c.scale === 1 && (TIME_WORDS.has(next.lower) || TIME_ZONES.has(next.text))) {
    if (next.lower !== 'am' || t.num <= 12) return { reason: 'time', to: c.to + 1 };
  }
  if (c.scale === 1 && plainInteger(t) && t.text.length === 4 && tl.is(c.to, 'hrs')) {
    return { reason: 'time', to: c.to + 1 };
  }
  if (!currency) {
    // Glued to a word: "G20", "MH370", "F-16", "COVID-19" (but "mid-2015" is a year).
    if (!t.gap && prev.kind === 'word') return { reason: 'name', from: i - 1, to: c.to };
    if (!t.gap && prev.kind === 'punct' && isHyphen(prev.text) && !prev.gap) {
      const w = tl.at(i - 2);
      // "the under-21 side", "the over-65s"
      if (w.lower === 'under' || w.lower === 'over')
        return { reason: 'age', from: i - 2, to: c.to };
      if (w.kind === 'word' && !NUMBER_PREFIXES.has(w.lower)) {
        return { reason: 'name', from: i - 2, to: c.to };
      }
      if (w.kind === 'num') return { reason: 'identifier', to: c.to };
    }
  }
  if (!t.gap && prev.text === '#') return { reason: 'identifier', from: i - 1, to: c.to };
  // "the 10-year Treasury note", "two-year gilts": a security named by its term.
  if (tl.gluedHyphen(c.to) && MATURITY_WORDS.has(tl.at(unitEnd).lower)) {
    return { reason: 'label', to: unitEnd };
  }

  // "delivered 35 737 jets": a number right after another names a model.
  if (
    plainInteger(t) &&
    plainInteger(prev) &&
    t.gap &&
    !yearLike(prev) &&
    prev.text[0] !== '0' &&
    c.scale === 1 &&
    c.unit === undefined
  ) {
    return { reason: 'name', to: c.to };
  }

  if (prev.cap || next.cap) {
    const named = namedBeforeCount(tl, c, prev, next, currency);
    if (named) return named;
  }

  if (quantity) return undefined;

  // "151 for 9", "356 for five", "by 320 votes to 244": a cricket score, a vote result.
  const score = scoreAfter(tl, c);
  if (score) return { reason: 'score', to: score };

  // Phone numbers: "+44 20 7946 0958", "(202) 555-0134", "555-0134".
  if (prev.text === '+' && !t.gap && plainInteger(t)) {
    let k = i;
    while (plainInteger(tl.at(k + 1)) || gluedJoin(tl, k + 1, '-.')) k++;
    return { reason: 'phone', from: i - 1, to: k + 1 };
  }
  if (
    prev.text === '(' &&
    next.text === ')' &&
    plainInteger(t) &&
    t.text.length === 3 &&
    plainInteger(tl.at(c.to + 1))
  ) {
    const chain = hyphenChain(tl, c.to + 1);
    return { reason: 'phone', from: i - 1, to: chain[chain.length - 1]! + 1 };
  }

  // Numeric dates: "2016-02-19", "19/02/2016", "9/11".
  if (plainInteger(t) && gluedJoin(tl, c.to, '/') && plainInteger(tl.at(c.to + 1))) {
    let to = c.to + 2;
    if (gluedJoin(tl, to, '/') && plainInteger(tl.at(to + 1))) to += 2;
    return { reason: 'date', to };
  }
  if (isInteger(t) && c.to === i + 1 && gluedJoin(tl, c.to, '-‐‑–')) {
    const chain = hyphenChain(tl, i);
    if (chain.length >= 2) {
      const last = chain[chain.length - 1]!;
      const texts = chain.map((k) => tl.at(k).text);
      if (texts.length === 3 && texts[0]!.length === 4 && texts[1]!.length === 2) {
        return { reason: 'date', to: last + 1 };
      }
      if (texts.length >= 3) {
        const digits = texts.join('').length;
        const phone = digits >= 10 && digits <= 12 && texts[texts.length - 1]!.length === 4;
        return { reason: phone ? 'phone' : 'identifier', to: last + 1 };
      }
      // Two groups: a year span, a phone number, a score, or (left to the caller) a range.
      const a = tl.at(i);
      const b = tl.at(last);
      if (hasUnitAfter(tl, last + 1)) return undefined;
      if (yearLike(a) && (b.text.length === 2 || yearLike(b))) {
        return { reason: 'year', to: last + 1 };
      }
      if (
        a.text.length === 3 &&
        b.text.length === 4 &&
        (b.text[0] === '0' || b.num < a.num || nearWord(tl, i - 4, i - 1, PHONE_WORDS))
      ) {
        return { reason: 'phone', to: last + 1 };
      }
      // A range runs upwards, so "3-1", "108-102" and odds of "5,000-1" are results; so is a
      // pair in a list of set scores beside one ("6-4, 3-6, 7-5", rules 6.3).
      if (
        b.num <= a.num ||
        (a.text.length <= 3 && b.text.length <= 3 && nearWord(tl, i - 5, last + 5, SPORTS_WORDS)) ||
        (a.text.length <= 2 &&
          b.text.length <= 2 &&
          (scorePair(tl, i - 4) || scorePair(tl, last + 2)))
      ) {
        return { reason: 'score', to: last + 1 };
      }
    }
  }
  // "3-D", "4-H": a single letter glued on by a hyphen.
  if (
    tl.gluedHyphen(c.to) &&
    tl.at(c.to + 1).kind === 'word' &&
    tl.at(c.to + 1).text.length === 1
  ) {
    return { reason: 'identifier', to: c.to + 2 };
  }

  // Calendar dates with a month name: "March 22", "Dec. 2", "22 March", "January 1, 2015".
  if (isInteger(t) && monthBefore(tl, i) && (t.num <= 31 || yearLike(t))) {
    let to = c.to;
    if (gluedJoin(tl, to, '-‐‑–') && plainInteger(tl.at(to + 1))) to += 2;
    return { reason: 'date', from: isMonth(prev) ? i - 1 : i - 2, to };
  }
  if (plainInteger(t) && t.num >= 1 && t.num <= 31) {
    if (isMonth(next)) return { reason: 'date', to: c.to + 1 };
    if (gluedJoin(tl, c.to, '-‐‑–') && plainInteger(tl.at(c.to + 1)) && isMonth(tl.at(c.to + 2))) {
      return { reason: 'date', to: c.to + 3 };
    }
  }
  if (yearLike(t) && prev.text === ',' && isInteger(tl.at(i - 2)) && monthBefore(tl, i - 2)) {
    return { reason: 'date', to: c.to };
  }

  // Identifiers and names: "Flight 370", "Resolution 2254", "No. 10", "Boeing 737";
  // but "to number 3,000" counts.
  if (
    prev.kind === 'word' &&
    IDENTIFIER_WORDS.has(prev.lower) &&
    !t.commas &&
    !hasUnitAfter(tl, c.to) &&
    !(prev.lower === 'number' && VERB_BEFORE_NUMBER.has(tl.at(i - 2).lower))
  ) {
    return { reason: 'identifier', to: c.to };
  }
  // "No. 10", "No.5", "v.2", "Art.5": a number after an abbreviation names something.
  if (prev.text === '.' && !prev.gap && !t.gap && tl.at(i - 2).kind === 'word') {
    return { reason: 'identifier', to: c.to };
  }
  if (prev.text === '.' && !prev.gap && (tl.is(i - 2, 'no') || tl.is(i - 2, 'nos'))) {
    return { reason: 'identifier', to: c.to };
  }
  // "the S P 500": an index written with its letters apart.
  if (prev.kind === 'word' && /^[A-Z]$/.test(prev.text) && /^[A-Z]$/.test(tl.at(i - 2).text)) {
    return { reason: 'name', to: c.to };
  }
  if (prev.kind === 'word' && prev.text === 'No') return { reason: 'identifier', to: c.to };
  if (prev.kind === 'word' && NAME_WORDS.has(prev.lower)) return { reason: 'name', to: c.to };
  // "S&P 500", "AT&T 5G"
  if (prev.kind === 'word' && prev.cap && tl.at(i - 2).text === '&' && !prev.gap) {
    return { reason: 'name', to: c.to };
  }
  if (tl.is(i - 1, 'of') && GROUP_OF_WORDS.has(tl.at(i - 2).lower) && tl.at(i - 2).cap) {
    return { reason: 'name', to: c.to };
  }

  // Ages after names: "Smith, 45, said", "John Smith (45)".
  if (plainInteger(t) && t.num <= 120 && !hasUnitAfter(tl, c.to)) {
    const w = tl.at(i - 2);
    if (
      prev.text === ',' &&
      !prev.gap &&
      w.kind === 'word' &&
      !MONTHS.has(w.text) &&
      !WEEKDAYS.has(w.lower) &&
      !NOT_NAMES.has(w.lower) &&
      (next.text === ',' || next.text === ')' || next.text === ';' || next.kind === 'end')
    ) {
      return { reason: 'age', to: c.to };
    }
    if (prev.text === '(' && next.text === ')' && w.kind === 'word' && w.cap) {
      return { reason: 'age', to: c.to };
    }
  }

  // Codes: leading zeros ("007"), long digit strings ("9780141036144"); with more groups of
  // digits after it, a phone number ("020 7219 3000").
  if (plainInteger(t) && t.text.length > 1 && t.text[0] === '0') {
    let to = c.to;
    while (plainInteger(tl.at(to)) && tl.at(to).text.length >= 3 && to < c.to + 3) to++;
    return { reason: to > c.to ? 'phone' : 'identifier', to };
  }
  if (plainInteger(t) && t.text.length >= 7) return { reason: 'identifier', to: c.to };

  if (yearLike(t)) return { reason: 'year', to: c.to };

  // "350 Fifth Avenue", "10 Downing Street": an address.
  const street = streetAfter(tl, c.to);
  if (plainInteger(t) && street) return { reason: 'address', to: street };

  // A bare number right after a capitalised word names something: "the Galaxy
  // Note 7.", "Barcelona 3 Real Madrid 2", "the Raspberry Pi 5 costs", "Court 2
  // of"; "orbit Jupiter 37 times" and "In Aleppo 40 were killed" count (their
  // unit words make them quantities before this rule).
  if (
    prev.kind === 'word' &&
    prev.cap &&
    t.gap &&
    !tl.sentenceStart(i - 1) &&
    !WEEKDAYS.has(prev.lower) &&
    !MONTHS.has(prev.text) &&
    // "Snowy 2.0", "Web 3.0": a version number is written with its ".0".
    (plainInteger(t) || (t.decimal && t.text.length <= 4 && t.text.endsWith('.0'))) &&
    t.text.length <= 4 &&
    (next.kind !== 'word' || next.cap || !NOT_AFTER_NAMES.has(next.lower))
  ) {
    return { reason: 'name', to: c.to };
  }
  return undefined;
}

/**
 * Numbers that a capitalised word beside them names, even before a noun that would make them a
 * count: "Year 12 students", "the 737 MAX 9 jets".
 */
function namedBeforeCount(
  tl: Tokens,
  c: NumberCore,
  prev: Token,
  next: Token,
  currency: boolean,
): Exclusion | undefined {
  const i = c.from;
  const t = tl.at(i);
  // "Year 12 students", "Grade 5 pupils", "Level 3 staff": a capitalised label word names the
  // number even when a person noun follows, which would otherwise make it a count (rules, 6.1).
  if (
    prev.kind === 'word' &&
    prev.cap &&
    (IDENTIFIER_WORDS.has(prev.lower) || prev.lower === 'year' || prev.lower === 'form') &&
    plainInteger(t) &&
    c.scale === 1 &&
    c.unit === undefined &&
    !currency
  ) {
    return { reason: IDENTIFIER_WORDS.has(prev.lower) ? 'identifier' : 'label', to: c.to };
  }
  // "the 737 MAX 9 jets", "an A350 XWB 1000": digits, a model word in capitals, digits name one
  // model; neither number counts (rules, 6.1). "40 NHS trusts" has no number after the capitals.
  if (plainInteger(t) && c.scale === 1 && c.unit === undefined && !currency) {
    if (allCaps(next) && next.gap && plainInteger(tl.at(c.to + 1)) && tl.at(c.to + 1).gap) {
      return { reason: 'name', to: c.to + 2 };
    }
    if (allCaps(prev) && t.gap && plainInteger(tl.at(i - 2))) return { reason: 'name', to: c.to };
  }

  return undefined;
}

/** Words after "<Name> N" that make N a count of something named: "Reuters 40 of them". */
const NOT_AFTER_NAMES = new Set(['of', 'and', 'or', 'to', 'more', 'other', 'others']);

/** One past "for 9", "votes to 244" after a number; a cricket score or a vote result. */
function scoreAfter(tl: Tokens, c: NumberCore): number | undefined {
  let k = c.to;
  // "finished 18 under par", "a three-over-par 74": a golf score (rules, 6.3).
  if (underPar(tl, k)) return k;
  if (tl.is(k, 'votes') && tl.is(k + 1, 'to') && isInteger(tl.at(k + 2))) return k + 3;
  if (!tl.is(k, 'for')) return undefined;
  k++;
  const w = tl.at(k);
  const wickets = w.kind === 'num' ? (isInteger(w) ? w.num : NaN) : WICKETS.get(w.lower);
  if (wickets === undefined || !(wickets <= 10) || !(c.value > wickets)) return undefined;
  // "151 for 9", not "40 for 5 nights"
  const after = tl.at(k + 1);
  if (after.kind === 'word' && !after.cap && after.lower !== 'in' && after.lower !== 'at') {
    return undefined;
  }
  return k + 1;
}

const WICKETS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, k) => [
    w,
    k + 1,
  ]),
);

/**
 * One past the street word of an address after a number: "350 Fifth Avenue", "12 Harbour Road",
 * "350 West 57th Street" (an ordinal among the capitalised words).
 */
function streetAfter(tl: Tokens, k: number): number | undefined {
  for (let j = k; j < k + 4; j++) {
    const t = tl.at(j);
    if (t.kind === 'num' && j > k && ordinalAfter(tl, j)) {
      j++;
      continue;
    }
    if (t.kind !== 'word' || !t.cap) return undefined;
    if (j > k && STREET_WORDS.has(t.lower)) return j + 1;
  }
  return undefined;
}

/** Digits at j with an ordinal suffix glued on: "57th". */
function ordinalAfter(tl: Tokens, j: number): boolean {
  const s = tl.at(j + 1);
  return s.kind === 'word' && !s.gap && ORDINAL_SUFFIXES.has(s.lower);
}

/** A word in capitals of two letters or more: a model's designation ("MAX", "XWB"). */
function allCaps(t: Token): boolean {
  if (t.kind !== 'word' || !t.cap || t.text.length < 2) return false;
  const w = t.text;
  for (let k = 1; k < w.length; k++) {
    const ch = w.charCodeAt(k);
    if (ch < 65 || ch > 90) return false;
  }
  return true;
}

/** "under par", "over par", "-under-par" at k: a golf score. */
function underPar(tl: Tokens, k: number): boolean {
  let w = tl.at(k);
  if (w.kind === 'punct') {
    // The token after a comma or a full stop is left unmade: most numbers end so.
    if (!isHyphen(w.text) || !tl.gluedHyphen(k)) return false;
    w = tl.at(++k);
  }
  if (w.kind !== 'word' || (w.lower !== 'under' && w.lower !== 'over')) return false;
  if (tl.gluedHyphen(k + 1)) k++;
  return tl.is(k + 1, 'par');
}

/** Whether tokens k, k+1, k+2 are a score of two small numbers, the first higher ("6-4", "7-6"). */
function scorePair(tl: Tokens, k: number): boolean {
  const a = tl.at(k);
  const b = tl.at(k + 2);
  return (
    plainInteger(a) &&
    plainInteger(b) &&
    a.text.length <= 2 &&
    b.text.length <= 2 &&
    b.num < a.num &&
    gluedJoin(tl, k + 1, '-‐‑–') &&
    (tl.at(k + 3).text === ',' || tl.at(k - 1).text === ',')
  );
}

/** Why the spelled-out number c is not an amount: a name ("Group of Seven", "Ocean's Eleven"), a clock time. */
export function classifyWords(tl: Tokens, c: NumberCore, unitEnd: number): Exclusion | undefined {
  if (tl.at(c.from).cap && !tl.sentenceStart(c.from)) return { reason: 'name', to: c.to };
  if (!c.percent && TIME_WORDS.has(tl.at(c.to).lower)) return { reason: 'time', to: c.to + 1 };
  if (tl.gluedHyphen(c.to) && MATURITY_WORDS.has(tl.at(unitEnd).lower)) {
    return { reason: 'label', to: unitEnd };
  }
  // "the big four banks", "the Big Three carmakers": a fixed name for a known group, where "the
  // two main parties" counts (rules, 6.8).
  if (tl.is(c.from - 1, 'big') && tl.is(c.from - 2, 'the')) return { reason: 'name', to: c.to };
  // "close to absolute zero": the name of a temperature (rules, 6.1).
  if (tl.is(c.from - 1, 'absolute')) return { reason: 'name', to: c.to };
  if (underPar(tl, c.to)) return { reason: 'score', to: c.to };
  return undefined;
}
