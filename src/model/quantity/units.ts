/**
 * The unit of a number: from the words right after it ("barrels per day",
 * "per cent", "people", "sq ft", "-nation"), from letters glued to it
 * ("128GB", "212p", "38C") or from the currency written before it ("$",
 * "A$", "$US", "RM", "USD"). The words and their codes are in unit-lexicon.ts.
 */
import type { Qualifier, Unit } from '../schema';
import { isCurrency } from '../units';
import { NOUN_MODIFIERS, ONES, PERSON_NOUNS, TEENS, TENS } from './lexicon';
import { WORD, WordFilter } from './token-table';
import type { Tokens } from './tokens';
import {
  CURRENCY_PREFIXES,
  CURRENCY_SIGNS,
  DOLLAR_COUNTRIES,
  GLUED_ONLY_UNITS,
  MODIFIER_UNITS,
  UNIT_PHRASES,
  UNIT_WORDS,
  WEIGHT_WORDS,
} from './unit-lexicon';
import type { UnitForm, UnitPhrase } from './unit-lexicon';

export interface UnitRead {
  unit?: Unit;
  /** One past the last unit token; the start position when nothing was read. */
  to: number;
  /** Multiplies the value: 0.01 for pence, 10 for decades. */
  factor?: number;
  /** A dollar or cent with no country: the sentence's dollar, if it named one. */
  dollar?: boolean;
  /** "45-year-old", "45 years old". */
  age?: boolean;
  /** "40-odd" (approx), "40-plus" (at_least). */
  qualifier?: Qualifier;
  /** A hyphenated modifier whose noun is no unit: "a three-bedroom semi". */
  classifier?: boolean;
}

function read(form: UnitForm, to: number): UnitRead {
  const r: UnitRead = { unit: form.unit, to };
  if (form.factor !== undefined) r.factor = form.factor;
  if (form.dollar) r.dollar = true;
  return r;
}

const PHRASES_BY_FIRST = new Map<string, UnitPhrase[]>();
for (const phrase of [...UNIT_PHRASES].sort((a, b) => b[0].length - a[0].length)) {
  const first = phrase[0][0]!;
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

/** One past the phrase's last token when it starts at token j, else -1. */
function matchPhrase(tl: Tokens, j: number, words: readonly string[]): number {
  let k = j;
  for (let w = 0; w < words.length; w++) {
    const want = words[w]!;
    let t = tl.at(k);
    // "kilowatt-hours", "square-metre": a glued hyphen may join two words.
    if (w > 0 && tl.gluedHyphen(k) && /^\p{L}/u.test(want)) t = tl.at(++k);
    if (t.lower !== want || t.kind === 'end') return -1;
    // Punctuation in a phrase is glued: "km/h", "m²", "°C".
    if (w > 0 && (t.kind === 'punct' || tl.at(k - 1).kind === 'punct') && t.gap) return -1;
    k++;
  }
  return k;
}

/** The longest unit phrase starting at token j. */
function readPhrase(tl: Tokens, j: number): UnitRead | undefined {
  for (const [words, form] of PHRASES_BY_FIRST.get(tl.at(j).lower) ?? []) {
    const to = matchPhrase(tl, j, words);
    if (to !== -1) return read(form, to);
  }
  return undefined;
}

/**
 * "pounds" is weight after a word of weight ("weighs 250 pounds") or before
 * "of" and a thing ("2,500 pounds of fentanyl"), else money.
 */
function poundsAt(tl: Tokens, j: number): UnitForm {
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) {
    if (WEIGHT_WORDS.has(tl.at(k).lower)) return { unit: 'lb' };
  }
  if (tl.is(j + 1, 'of') && tl.at(j + 2).kind === 'word' && !MONEY_NOUNS.has(tl.at(j + 2).lower)) {
    return { unit: 'lb' };
  }
  return { unit: 'gbp' };
}

/** Nouns after "pounds of" that keep pounds money: "millions of pounds of public money". */
const MONEY_NOUNS = new Set([
  'public', 'taxpayers', "taxpayers'", 'taxpayer', 'money', 'funding', 'investment', 'spending',
  'cash', 'debt', 'revenue', 'savings', 'cuts', 'tax', 'government', 'new', 'extra', 'aid',
  'damage', 'losses', 'profit', 'sales', 'assets', 'bonuses', 'fines', 'subsidies', 'lottery',
]); // prettier-ignore

/** "pesos" are Philippine where the sentence says so; other countries' pesos have no code here. */
function pesosAt(tl: Tokens, j: number): UnitForm | undefined {
  for (let k = j - 1; k >= Math.max(0, j - 24); k--) {
    const l = tl.at(k).lower;
    if (l === 'philippine' || l === 'philippines' || l === 'manila' || l === 'filipino') {
      return { unit: 'php' };
    }
  }
  return undefined;
}

/**
 * "times" is a multiplier ("three times as many", "19 times earnings", "10
 * times higher") unless what follows makes it a count of occasions ("raised
 * 200 times since it opened", "three times a day", "37 times.").
 */
function timesAt(tl: Tokens, j: number): boolean {
  const next = tl.at(j + 1);
  if (next.kind !== 'word') return false;
  return !OCCASIONS.has(next.lower);
}

const OCCASIONS = new Set([
  'a', 'an', 'per', 'since', 'in', 'during', 'this', 'last', 'so', 'over', 'before', 'after',
  'each', 'every', 'until', 'when', 'while', 'and', 'or', 'but', 'at', 'on', 'by', 'from', 'to',
  'with', 'without', 'for', 'between', 'already', 'now', 'today', 'yesterday', 'that', 'which',
]); // prettier-ignore

/**
 * Unit words starting at token j. `glued`: token j is letters glued to the
 * number ("5kg", "212p"), where short case-sensitive forms count too.
 */
export function readUnit(tl: Tokens, j: number, glued = false): UnitRead {
  const t = tl.at(j);
  if (t.kind === 'punct') {
    if (t.text === '%' || t.text === '％') return { unit: 'percent', to: j + 1 };
    if (tl.gluedHyphen(j)) return readModifier(tl, j);
    return readPhrase(tl, j) ?? { to: j };
  }
  if (t.kind !== 'word') return { to: j };
  const phrase = readPhrase(tl, j);
  if (phrase) return phrase;
  const l = t.lower;
  switch (l) {
    case 'b':
      // "b/d"
      if (tl.at(j + 1).text === '/' && tl.is(j + 2, 'd') && !tl.at(j + 1).gap) {
        return { unit: 'barrels_per_day', to: j + 3 };
      }
      return { to: j };
    case 'barrels':
    case 'barrel':
      return readBarrels(tl, j);
    case 'pounds':
    case 'pound':
      return read(poundsAt(tl, j), j + 1);
    case 'years':
    case 'year':
      if (tl.is(j + 1, 'old')) return { unit: 'years', to: j + 1, age: true };
      // "300 Year 9 girls": "Year 9" is a school year (rules, 6.1), not the unit.
      if (t.cap && tl.at(j + 1).kind === 'num') return { to: j };
      return { unit: 'years', to: j + 1 };
    case 'pesos':
    case 'peso': {
      const form = pesosAt(tl, j);
      return form ? read(form, j + 1) : { to: j + 1 };
    }
    case 'times':
      return timesAt(tl, j) ? { unit: 'times', to: j + 1 } : { to: j + 1 };
  }
  if (glued || SPACED_LETTER_UNITS.has(t.text)) {
    const exact = GLUED_ONLY_UNITS.get(t.text);
    if (exact) return read(exact, j + 1);
  }
  const form = UNIT_WORDS.get(l);
  if (form) return read(form, j + 1);
  if (PERSON_NOUNS.has(l)) {
    // "36 fighter jets", "two passenger planes": a person noun that names a kind of vehicle.
    if (vehicleAfter(tl, j)) return { unit: 'vehicles', to: j + 2 };
    return { unit: 'people', to: j + 1 };
  }
  return { to: j };
}

const VEHICLE_NOUNS = new WordFilter(
  [...UNIT_WORDS].filter(([, form]) => form.unit === 'vehicles').map(([word]) => word),
);

/** Words before the count of a group: "two of the 24 trucks", "one of its 12 ships". */
const GROUP_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);

/** Words that may follow "of" in "two of the 24 trucks", "four of six members". */
const GROUP_OPENERS = new WordFilter([
  ...GROUP_DETERMINERS, ...ONES.keys(), ...TEENS.keys(), ...TENS.keys(),
]); // prettier-ignore

/** Whether the person noun at j modifies a vehicle noun: "fighter jets", "passenger ships". */
function vehicleAfter(tl: Tokens, j: number): boolean {
  // Most person nouns are followed by no vehicle noun: ruled out on the table first.
  if (j + 1 < tl.length && !VEHICLE_NOUNS.mayHold(tl.table, j + 1)) return false;
  const next = tl.at(j + 1);
  return next.kind === 'word' && UNIT_WORDS.get(next.lower)?.unit === 'vehicles';
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

/** A hyphenated modifier at the glued hyphen j: "-nation", "-year-old", "-odd", "-inch". */
function readModifier(tl: Tokens, j: number): UnitRead {
  const w = tl.at(j + 1);
  if (w.kind !== 'word') return { to: j };
  const l = w.lower;
  if (l === 'odd') return { to: j + 2, qualifier: 'approx' };
  if (l === 'plus') return { to: j + 2, qualifier: 'at_least' };
  const phrase = readPhrase(tl, j + 1);
  let r: UnitRead;
  if (phrase) r = phrase;
  else {
    const form = MODIFIER_UNITS.get(l) ?? UNIT_WORDS.get(l);
    r = form ? read(form, j + 2) : { to: j + 2, classifier: true };
    if (l === 'pound') r = read(poundsAt(tl, j), j + 2);
  }
  let to = r.to;
  if (tl.gluedHyphen(to)) {
    const next = tl.at(to + 1).lower;
    if (next === 'old' || next === 'olds') return { ...r, to: to + 2, age: true };
    if (
      next === 'long' ||
      next === 'wide' ||
      next === 'high' ||
      next === 'deep' ||
      next === 'tall'
    ) {
      to += 2;
    }
  }
  return { ...r, to };
}

/** Letters that are units written apart too: "rated 65 W", "weighs 112 g". */
const SPACED_LETTER_UNITS = new Set(['W', 'V', 'g', 'Nm']);

export interface CurrencyRead {
  /** First token of the currency. */
  from: number;
  unit?: Unit;
  /** A bare dollar sign: the sentence's dollar, if it named one. */
  dollar?: boolean;
}

/**
 * A currency written before the number at token i: "$", "£", "US$", "A$",
 * "$US", "HK$", "RM", "Rs", "USD ". Tokens before floor belong to an earlier match.
 */
export function readCurrencyBefore(tl: Tokens, i: number, floor: number): CurrencyRead | undefined {
  if (i - 1 < floor) return undefined;
  const p = tl.at(i - 1);
  const n = tl.at(i);
  // "$US87", "$A5,300": the country glued after the sign.
  if (p.kind === 'word' && !p.gap && !n.gap && i - 2 >= floor && tl.at(i - 2).text === '$') {
    const country = DOLLAR_COUNTRIES.get(p.lower);
    if (country !== undefined && p.text === p.text.toUpperCase()) {
      return { from: i - 2, ...(country ? { unit: country } : {}) };
    }
  }
  const sign = p.kind === 'punct' && !n.gap ? CURRENCY_SIGNS.get(p.text) : undefined;
  if (sign) {
    const w = tl.at(i - 2);
    // "US$5", "A$4.2m", "HK$3bn": the country glued before the sign.
    if (p.text === '$' && i - 2 >= floor && w.kind === 'word' && !p.gap) {
      const country = DOLLAR_COUNTRIES.get(w.lower);
      if (country !== undefined) return { from: i - 2, ...(country ? { unit: country } : {}) };
    }
    return { from: i - 1, unit: sign.unit, ...(sign.dollar ? { dollar: true } : {}) };
  }
  // "RM150", "Rs 5 crore", "Rs.500", "USD 40m".
  let k = i - 1;
  if (p.text === '.' && !p.gap && k - 1 >= floor) k--;
  const w = tl.at(k);
  if (w.kind === 'word' && CURRENCY_PREFIXES.has(w.text)) {
    // A currency code or abbreviation before the number, glued or apart.
    return { from: k, unit: CURRENCY_PREFIXES.get(w.text)!.unit };
  }
  // "R18.12": the rand's sign is a bare capital R, so it is read only glued to the number
  // and where the sentence has named the rand or South Africa before it (rules, section 5).
  if (w.text === 'R' && k === i - 1 && !n.gap && randAt(tl, k)) return { from: k, unit: 'zar' };
  return undefined;
}

/** Words before token j that make a glued "R" the rand: "the rand traded at R18.12". */
function randAt(tl: Tokens, j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 24); k--) {
    const t = tl.at(k);
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return false;
    if (RAND_WORDS.has(t.lower)) return true;
    if (t.lower === 'african' && tl.is(k - 1, 'south')) return true;
    if (t.lower === 'africa' && tl.is(k - 1, 'south')) return true;
  }
  return false;
}

const RAND_WORDS = new Set(['rand', 'rands', 'zar', 'johannesburg', 'jse', 'pretoria']);

/**
 * The unit of "40 Islamic State fighters": a person, country or vehicle noun
 * a few modifiers after the number. Only a guess for `unit`; the mention
 * does not grow.
 */
export function guessUnitAhead(tl: Tokens, j: number): Unit | undefined {
  for (let k = j; k < j + 4; k++) {
    const t = tl.at(k);
    // "two of the 24 trucks", "four of six MPC members": counted in the group's noun.
    if (k === j && t.lower === 'of') return guessUnitOfGroup(tl, j + 1);
    // "35 737 jets": a model number between the count and its noun.
    if (k === j && t.kind === 'num' && !t.decimal && t.gap && tl.at(k + 1).kind === 'word')
      continue;
    if (t.kind !== 'word') return undefined;
    if (PERSON_NOUNS.has(t.lower)) return vehicleAfter(tl, k) ? 'vehicles' : 'people';
    const u = UNIT_WORDS.get(t.lower)?.unit;
    if (u === 'countries' || u === 'vehicles') return u;
    if (u !== undefined) return undefined;
    if (!t.cap && !NOUN_MODIFIERS.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * The unit of "two of the 24 trucks", "four of six MPC members": a part of a
 * counted group is counted in the group's noun. j is the token after "of".
 */
function guessUnitOfGroup(tl: Tokens, j: number): Unit | undefined {
  // Ruled out on the table, before a token is made: "1 of Aleppo", "5 of them".
  if (tl.table.kind[j] === WORD && !GROUP_OPENERS.mayHold(tl.table, j)) return undefined;
  let k = j;
  const d = tl.at(k).lower;
  if (GROUP_DETERMINERS.has(d)) k++;
  const n = tl.at(k);
  if (n.kind === 'num') {
    if (n.decimal || !n.gap || tl.at(k + 1).kind !== 'word') return undefined;
    k++;
  } else if (ONES.has(n.lower) || TEENS.has(n.lower) || TENS.has(n.lower)) {
    k++;
  } else {
    return undefined;
  }
  return guessUnitAhead(tl, k);
}

/**
 * An exchange rate written as a bare number against a currency: "the yen
 * strengthened to 142.3 per dollar", "the rupee closed at 83.21 to the
 * dollar". The figure is in the currency the sentence prices, named before
 * it (rules, section 5, "Rates"). `from` is the figure's first token, `to`
 * one past its last; returns the unit and one past the base currency.
 */
export function readExchangeRate(
  tl: Tokens,
  from: number,
  to: number,
): { unit: Unit; to: number } | undefined {
  let k = to;
  const w = tl.at(k).lower;
  if (w === 'per') k++;
  else if ((w === 'to' || w === 'against') && tl.is(k + 1, 'the')) k += 2;
  else return undefined;
  if (tl.is(k, 'us') || tl.is(k, 'u.s.')) k++;
  const base = tl.at(k).lower === 'greenback' ? 'usd' : UNIT_WORDS.get(tl.at(k).lower)?.unit;
  if (base === undefined || !isCurrency(base)) return undefined;
  for (let j = from - 1; j >= Math.max(0, from - 20); j--) {
    const t = tl.at(j);
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return undefined;
    if (t.kind !== 'word') continue;
    const u = UNIT_WORDS.get(t.lower)?.unit;
    if (u !== undefined && u !== base && isCurrency(u)) return { unit: u, to: k + 1 };
  }
  return undefined;
}
