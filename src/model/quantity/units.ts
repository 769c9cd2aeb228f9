/**
 * The unit of a number, from the words right after it ("barrels per day",
 * "per cent", "people", "-nation") or the currency sign before it.
 */
import type { Qualifier, Unit } from '../schema';
import { MODIFIER_UNITS, NOUN_MODIFIERS, PERSON_NOUNS, UNIT_NOUNS } from './lexicon';
import type { Tokens } from './tokens';

export interface UnitRead {
  unit?: Unit;
  /** One past the last unit token; the start position when nothing was read. */
  to: number;
  /** "45-year-old", "45 years old". */
  age?: boolean;
  /** "40-odd" (approx), "40-plus" (at_least). */
  qualifier?: Qualifier;
}

const CURRENCY_SIGNS: ReadonlyMap<string, Unit> = new Map([
  ['$', 'usd'],
  ['£', 'gbp'],
  ['€', 'eur'],
]);

const CURRENCY_CODES: ReadonlyMap<string, Unit> = new Map([
  ['usd', 'usd'],
  ['us$', 'usd'],
  ['eur', 'eur'],
  ['gbp', 'gbp'],
]);

/** Dollar signs of other countries: "C$5" is not US dollars. */
const FOREIGN_DOLLARS = new Set(['a', 'c', 'nz', 'hk', 's', 'r', 'nt', 'z']);

export interface CurrencyRead {
  from: number;
  unit?: Unit;
}

/** A currency written before the number at token i: "$", "US$", "£", "USD ". */
export function readCurrencyBefore(tl: Tokens, i: number, floor: number): CurrencyRead | undefined {
  const p = tl.at(i - 1);
  if (i - 1 < floor) return undefined;
  if (p.kind === 'punct' && !tl.at(i).gap && CURRENCY_SIGNS.has(p.text)) {
    const w = tl.at(i - 2);
    if (i - 2 >= floor && w.kind === 'word' && !p.gap) {
      if (w.lower === 'us' || w.lower === 'u.s.') return { from: i - 2, unit: 'usd' };
      if (FOREIGN_DOLLARS.has(w.lower) && p.text === '$') return { from: i - 2 };
    }
    return { from: i - 1, unit: CURRENCY_SIGNS.get(p.text) };
  }
  if (p.kind === 'word' && tl.at(i).gap && CURRENCY_CODES.has(p.lower) && p.text !== p.lower) {
    return { from: i - 1, unit: CURRENCY_CODES.get(p.lower) };
  }
  return undefined;
}

/** Unit words starting at token j. */
export function readUnit(tl: Tokens, j: number): UnitRead {
  const t = tl.at(j);
  if (t.kind === 'punct') {
    if (t.text === '%' || t.text === '％') return { unit: 'percent', to: j + 1 };
    if (tl.gluedHyphen(j)) return readModifier(tl, j);
    return { to: j };
  }
  if (t.kind !== 'word') return { to: j };
  const l = t.lower;
  switch (l) {
    case 'per':
      if (tl.is(j + 1, 'cent')) return { unit: 'percent', to: j + 2 };
      return { to: j };
    case 'percentage':
      if (tl.is(j + 1, 'points') || tl.is(j + 1, 'point')) return { unit: 'percent', to: j + 2 };
      return { to: j };
    case 'b':
      // "b/d"
      if (tl.at(j + 1).text === '/' && tl.is(j + 2, 'd') && !tl.at(j + 1).gap) {
        return { unit: 'barrels_per_day', to: j + 3 };
      }
      return { to: j };
    case 'barrels':
    case 'barrel':
      return readBarrels(tl, j);
    case 'us':
    case 'u.s.':
      if (tl.is(j + 1, 'dollars')) return { unit: 'usd', to: j + 2 };
      return { to: j };
    case 'pounds':
      if (tl.is(j + 1, 'sterling')) return { unit: 'gbp', to: j + 2 };
      return { unit: 'gbp', to: j + 1 };
    case 'metric':
      if (UNIT_NOUNS.get(tl.at(j + 1).lower) === 'tonnes') return { unit: 'tonnes', to: j + 2 };
      return { to: j };
    case 'years':
    case 'year':
      if (tl.is(j + 1, 'old')) return { unit: 'years', to: j + 1, age: true };
      return { unit: 'years', to: j + 1 };
    case 'square':
    case 'sq':
      // Areas have no unit in the claim model; keep "km" from reading as a length.
      return { to: j };
  }
  const unit = UNIT_NOUNS.get(l);
  if (unit) return { unit, to: j + 1 };
  if (PERSON_NOUNS.has(l)) return { unit: 'people', to: j + 1 };
  return { to: j };
}

/** "barrels", "barrels per day", "barrels of oil a day", "barrels daily". */
function readBarrels(tl: Tokens, j: number): UnitRead {
  let k = j + 1;
  if (tl.is(k, 'of')) {
    if (tl.is(k + 1, 'oil') || tl.is(k + 1, 'crude') || tl.is(k + 1, 'condensate')) {
      k += 2;
      if (tl.is(k, 'oil')) k++;
      if (tl.is(k, 'equivalent')) k++;
    } else {
      return { unit: 'barrels', to: j + 1 };
    }
  }
  if ((tl.is(k, 'per') || tl.is(k, 'a')) && tl.is(k + 1, 'day')) {
    return { unit: 'barrels_per_day', to: k + 2 };
  }
  if (tl.is(k, 'daily')) return { unit: 'barrels_per_day', to: k + 1 };
  return { unit: 'barrels', to: k };
}

/** A hyphenated modifier at the glued hyphen j: "-nation", "-year-old", "-odd". */
function readModifier(tl: Tokens, j: number): UnitRead {
  const w = tl.at(j + 1);
  if (w.kind !== 'word') return { to: j };
  const l = w.lower;
  if (l === 'odd') return { to: j + 2, qualifier: 'approx' };
  if (l === 'plus') return { to: j + 2, qualifier: 'at_least' };
  const unit = MODIFIER_UNITS.get(l) ?? UNIT_NOUNS.get(l);
  let to = j + 2;
  if (tl.gluedHyphen(to)) {
    const next = tl.at(to + 1).lower;
    if (next === 'old' || next === 'olds') return { unit, to: to + 2, age: true };
    if (next === 'long' || next === 'wide' || next === 'high' || next === 'deep') to += 2;
  }
  if (l === 'years' && tl.gluedHyphen(to) && tl.is(to + 1, 'old')) {
    return { unit: 'years', to: to + 2, age: true };
  }
  return { unit, to };
}

/**
 * The unit of "40 Islamic State fighters": a person, country or vehicle noun
 * a few modifiers after the number. Only a guess for `unit`; the mention
 * does not grow.
 */
export function guessUnitAhead(tl: Tokens, j: number): Unit | undefined {
  for (let k = j; k < j + 4; k++) {
    const t = tl.at(k);
    if (t.kind !== 'word') return undefined;
    if (PERSON_NOUNS.has(t.lower)) return 'people';
    const u = UNIT_NOUNS.get(t.lower);
    if (u === 'countries' || u === 'vehicles') return u;
    if (u !== undefined) return undefined;
    if (!t.cap && !NOUN_MODIFIERS.has(t.lower)) return undefined;
  }
  return undefined;
}
