/**
 * The scanner: walks the tokens once and, at each token that can open a
 * number, reads the number, then looks a few tokens back for a currency sign
 * and a qualifier ("more than $") and forward for a range, a unit and a
 * suffix qualifier ("to 16 barrels per day", "or more"). Whatever it reads is
 * consumed, so each token belongs to at most one match. Last it reads the
 * movement a figure is part of (movements.ts): the word of change around it,
 * and the earlier level the sentence gives ("fell from X to Y", "Y, up from X").
 */
import type { Qualifier, Unit } from '../schema';
import { isCurrency } from '../units';
import { classifyDigits, classifyWords, yearLike } from './exclusions';
import {
  AGE_WORDS,
  BRACKETED,
  FOLD_WORDS,
  MONTHS,
  ONES,
  PERSON_NOUNS,
  SPAN_ADJECTIVES,
  ORDINAL_WORDS,
  SCALE_WORDS,
  TEENS,
  TENS,
  TIME_FILLERS,
  TIME_WORDS,
  VAGUE_PLURALS,
} from './lexicon';
import {
  CHANGE_NOUNS,
  CHANGE_VERBS,
  COMPARATIVES,
  governorBefore,
  LEVEL_FILLERS,
  OBJECT_SPAN,
  PHRASAL_UP,
  NEED_THAN,
  NEUTRAL_MOVES,
  SHARE_ONLY,
  TALLY,
  TRANSITIVE,
} from './movements';
import type { Change, Governor } from './movements';
import { clean, readDigits, readFraction, readWords } from './numbers';
import type { NumberCore } from './numbers';
import { readPrefix, readSuffix } from './qualifiers';
import type { QualifierRead } from './qualifiers';
import { NUM, TokenTable, WordFilter } from './token-table';
// tokenize through tokens.ts, the tokenizer's public face (test/extract/linear.test.ts counts its tokens there).
import { isDash, isHyphen, isMinus, tokenize, Tokens } from './tokens';
import type { SentenceStops } from '../text/sentence-breaks';
import type { ExclusionReason, Figure, QuantityMatch, ScanOptions } from './types';
import { PREFIXED_UNITS } from './unit-lexicon';
import { guessUnitAhead, readCurrencyBefore, readExchangeRate, readUnit } from './units';
import type { CurrencyRead, UnitRead } from './units';
import { mayOpenDecade, readDecade, readVague } from './vague';

const SPAN_UNITS = new Set<Unit>(['minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/** Shares: a transitive verb's figure is a change when it is one ("cut prices 5%"). */
const SHARE_UNITS = new Set<Unit | undefined>(['percent', 'percentage_points', 'times']);

/** Dollars of countries: once a sentence names one, its bare "$" and "cents" are that dollar. */
const DOLLARS = new Set<Unit>(['usd', 'aud', 'nzd', 'cad', 'hkd', 'sgd', 'twd']);

/** Currencies whose hundredth is a cent: a change in bare cents takes its level's. */
const MINOR_OF = new Set<Unit>([...DOLLARS, 'eur']);

/** Words that can open a number; every other word is skipped with one lookup. */
const TRIGGERS = new Set<string>([
  ...ONES.keys(),
  ...TEENS.keys(),
  ...TENS.keys(),
  ...VAGUE_PLURALS.keys(),
  ...FOLD_WORDS.keys(),
  'a',
  'an',
  'half',
  'few',
  'several',
  'low',
  'mid',
  'high',
  'many',
  'minus',
  'the',
  'upper',
  'quarter',
]);

/** Rules out, on its hash, most words that are not TRIGGERS or ORDINAL_WORDS. */
const TRIGGER_FILTER = new WordFilter([...TRIGGERS, ...ORDINAL_WORDS.keys()]);

interface Found {
  match?: QuantityMatch;
  /** One past the last token consumed. */
  to: number;
}

/** A unit and how it applies: the factor of pence and cents, the sentence's dollar. */
interface UnitChoice {
  unit?: Unit;
  factor?: number;
  dollar?: boolean;
}

function choose(...options: (UnitChoice | undefined)[]): UnitChoice {
  return options.find((o) => o?.unit !== undefined) ?? {};
}

function figureOf(m: QuantityMatch): Figure {
  const { start, end, mention, value, low, high, qualifier, unit, approximate } = m;
  const f: Figure = { start, end, mention, qualifier };
  if (value !== undefined) f.value = value;
  if (low !== undefined) f.low = low;
  if (high !== undefined) f.high = high;
  if (unit !== undefined) f.unit = unit;
  if (approximate) f.approximate = true;
  return f;
}

function levelOf(m: Figure): number {
  return m.value ?? m.high ?? m.low ?? NaN;
}

/**
 * The text is tokenized a chunk at a time so that the token arrays stay small
 * and short-lived: on a 20 MB text one array of all tokens spends most of its
 * time in the garbage collector. A chunk ends at whitespace; the scanner
 * stops MARGIN tokens before its end (no construct reads further ahead) and
 * the next chunk starts LOOKBACK tokens before that point, so that prefix
 * qualifiers and exclusion rules see the words they look back at.
 */
const CHUNK = 1 << 16;
const MARGIN = 64;
const LOOKBACK = 16;

/**
 * The token table every scan fills, a chunk at a time: scanning is
 * synchronous and reads only the current chunk's tokens, so one table serves
 * every text instead of arrays allocated per chunk.
 */
const TABLE = new TokenTable(CHUNK);
const SHARED_TABLE_CHARS = 4 * CHUNK;

/** The last figure found, for the level its change reaches and for figures joined to it. */
interface Last {
  match: QuantityMatch;
  change?: Change;
}

class Scanner {
  private tl: Tokens = new Tokens('', new TokenTable(0));
  /** Tokens before this index belong to an earlier match. */
  private floor = 0;
  /** Reading the second figure of a movement: no movement of its own. */
  private nested = false;
  private last: Last | undefined;
  /** The last figure found that is not a period: the level a change in apposition moves. */
  private level: QuantityMatch | undefined;
  /** The dollar the current sentence named ("A$4.2m, up from $3.9m"), and how far the text was checked for a sentence end. */
  private dollar: Unit | undefined;
  private dollarCheckedTo = 0;
  /** The last resolve gave a bare dollar or cent the US dollar, for no dollar was named yet. */
  private defaulted = false;
  /** The last figure so defaulted: "easing 12 cents to S$38.40" gives it the level's dollar. */
  private bareDollar: QuantityMatch | undefined;

  constructor(
    private readonly text: string,
    private readonly all: boolean,
    /** Reading a curator's mention: a lone "one" is a number there. */
    private readonly loose: boolean,
    private readonly stops?: SentenceStops,
  ) {}

  run(): QuantityMatch[] {
    const out: QuantityMatch[] = [];
    const text = this.text;
    const n = text.length;
    let from = 0;
    /** Character offsets: where scanning resumes, and where the last match ended. */
    let resume = 0;
    let floorAt = 0;
    let size = CHUNK;
    while (from < n) {
      let to = Math.min(n, from + size);
      while (to < n && text.charCodeAt(to) > 32 && !/\s/.test(text[to]!)) to++;
      const last = to >= n;
      // A chunk grown past a long run with no whitespace gets a table of its
      // own, so the shared one never holds on to megabytes.
      const shared = to - from <= SHARED_TABLE_CHARS ? TABLE : undefined;
      const table = tokenize(text, from, to, shared, TRIGGER_FILTER, this.stops);
      const starts = table.start;
      const count = table.length;
      const limit = last ? count : count - MARGIN;
      let i = 0;
      while (i < count && starts[i]! < resume) i++;
      if (!last && i >= limit) {
        size *= 2;
        continue;
      }
      size = CHUNK;
      this.tl = new Tokens(text, table);
      this.floor = 0;
      while (this.floor < count && starts[this.floor]! < floorAt) this.floor++;
      i = this.scanTokens(i, limit, out);
      resume = i < count ? starts[i]! : to;
      floorAt = this.floor < count ? starts[this.floor]! : to;
      if (last) break;
      from = starts[Math.max(0, i - LOOKBACK)]!;
    }
    return out;
  }

  /**
   * Scans tokens [i, limit); returns the first token not scanned. Only the
   * tokens the tokenizer listed as openings are visited: every number may
   * open a figure, and the few words of TRIGGERS, which a word's hash rules
   * most words out of before its string is made.
   */
  private scanTokens(i: number, limit: number, out: QuantityMatch[]): number {
    const tl = this.tl;
    const { kind, opening, openings } = tl.table;
    let o = 0;
    while (o < openings && opening[o]! < i) o++;
    for (; o < openings; o++) {
      const j = opening[o]!;
      if (j >= limit) break;
      // Consumed by the last match.
      if (j < i) continue;
      // A number, or a word: one of TRIGGERS?
      if (kind[j] === NUM || this.triggers(tl.at(j).lower)) {
        const found = this.matchAt(j);
        if (found) {
          if (found.match && (this.all || !found.match.excluded)) {
            out.push(found.match);
            if (!found.match.excluded) {
              this.last = { match: found.match, change: found.match.change };
              // A period ("for the nine months") is no level a change in apposition moves.
              const unit = found.match.unit;
              if (unit === undefined || !SPAN_UNITS.has(unit)) this.level = found.match;
            }
          }
          i = this.floor = Math.max(found.to, j + 1);
        }
      }
    }
    return Math.max(i, limit);
  }

  /** A word that may open a number: one of TRIGGERS, or with --all an ordinal ("third"). */
  private triggers(lower: string): boolean {
    return TRIGGERS.has(lower) || (this.all && ORDINAL_WORDS.has(lower));
  }

  private matchAt(i: number): Found | undefined {
    const tl = this.tl;
    const t = tl.at(i);
    if (t.kind === 'num') return this.digitsAt(i);
    const l = t.lower;
    // "The" opens nothing but a decade: most are ruled out on the next token's table entry.
    if (l === 'the' && !mayOpenDecade(tl, i)) return undefined;
    const d = readDecade(tl, i);
    if (d)
      return this.movement(this.vague(d.from, d.to, d.low, d.high, d.unit), i, this.governor(i));
    if (l === 'the') return undefined;
    const v = readVague(tl, i);
    if (v) return this.movement(this.vague(v.from, v.to, v.low, v.high), i, this.governor(i));
    if (l === 'minus' && tl.at(i + 1).kind === 'num') {
      // "plus or minus 3 percentage points": a margin of error, not a sign (rules, 6.6).
      if (tl.is(i - 1, 'or') && tl.is(i - 2, 'plus')) return this.digitsAt(i + 1);
      return this.digitsAt(i + 1, i);
    }
    const fold = FOLD_WORDS.get(l);
    if (fold !== undefined) {
      // "fivefold", "tenfold": a multiplier.
      const c: NumberCore = {
        from: i,
        to: i + 1,
        value: fold,
        raw: fold,
        scale: 1,
        words: true,
        bareOne: false,
        percent: false,
        unit: 'times',
      };
      return this.number(c, undefined, undefined);
    }
    const f = readFraction(tl, i);
    if (f) return this.number(f, undefined, undefined);
    const w = readWords(tl, i);
    if (w) return this.number(w, undefined, undefined);
    if ((l === 'a' || l === 'an') && this.boundedArticle(i)) {
      // "less than a minute", "more than a year", "nearly a decade": a figure of one.
      const one: NumberCore = {
        from: i,
        to: i + 1,
        value: 1,
        raw: 1,
        scale: 1,
        words: true,
        bareOne: false,
        percent: false,
      };
      return this.number(one, undefined, undefined);
    }
    if (this.all && ORDINAL_WORDS.has(l)) {
      return {
        match: this.build(i, i + 1, 'exact', ORDINAL_WORDS.get(l)!, {}, 'ordinal'),
        to: i + 1,
      };
    }
    return undefined;
  }

  /**
   * Digits at i, with their sign and currency: "-3.2", "$-12.4bn",
   * "-$1.3 billion", "¥-25 billion"; `minusWord` is the token of "minus".
   */
  private digitsAt(i: number, minusWord?: number): Found | undefined {
    const tl = this.tl;
    const t = tl.at(i);
    let negative = minusWord;
    let currency: CurrencyRead | undefined;
    const p = tl.at(i - 1);
    if (negative === undefined && i - 1 >= this.floor && p.kind === 'punct' && isMinus(p.text)) {
      if (!t.gap) {
        // "$-12.4bn": the currency before the sign.
        currency = readCurrencyBefore(tl, i - 1, this.floor);
        if (currency || p.gap || tl.at(i - 2).text === '(' || i - 1 === 0) negative = i - 1;
      }
    } else if (negative === undefined) {
      currency = readCurrencyBefore(tl, i, this.floor);
      // "-$1.3 billion", "-£212m"
      const s = currency ? tl.at(currency.from - 1) : undefined;
      if (currency && s && s.kind === 'punct' && isMinus(s.text) && !tl.at(currency.from).gap) {
        if (currency.from - 1 >= this.floor && (s.gap || currency.from - 1 === 0)) {
          negative = currency.from - 1;
        }
      }
    }
    const c = readDigits(tl, i, currency !== undefined);
    if (negative !== undefined) {
      c.raw = -c.raw;
      c.value = -c.value;
    }
    return this.number(c, currency, negative);
  }

  /** The figure of the number core c; `single`: never a range (X of "from X to Y"). */
  private number(
    c: NumberCore,
    currency: CurrencyRead | undefined,
    negative: number | undefined,
    single = false,
  ): Found | undefined {
    const tl = this.tl;
    const digits = !c.words;
    let u1: UnitRead = c.percent ? { to: c.to } : readUnit(tl, c.to);
    // "seven straight months", "22 consecutive days"
    if (u1.unit === undefined && SPAN_ADJECTIVES.has(tl.at(c.to).lower)) {
      const span = readUnit(tl, c.to + 1);
      if (span.unit !== undefined && SPAN_UNITS.has(span.unit)) u1 = span;
    }
    const guessed =
      u1.unit === undefined && c.unit === undefined ? guessUnitAhead(tl, u1.to) : undefined;

    const person = this.personVerbAfter(u1.to);
    // A lone "one" with nothing around it that counts ("one day", "one of them"): a pronoun.
    if (c.bareOne && !this.loose && u1.unit === undefined && guessed === undefined && !person) {
      const next = tl.at(u1.to);
      const joined = ONE_JOINERS.has(next.lower) || (next.kind === 'punct' && isDash(next.text));
      if (!joined && !readPrefix(tl, c.from, this.floor) && !readSuffix(tl, u1.to)) {
        if (!this.personVerbBefore(c.from)) return undefined;
      }
    }
    if (digits) {
      const quantity =
        currency !== undefined ||
        negative !== undefined ||
        c.scale > 1 ||
        u1.unit !== undefined ||
        guessed !== undefined ||
        person !== undefined ||
        u1.to > c.to ||
        c.unit !== undefined;
      const ex = classifyDigits(tl, c, quantity, currency !== undefined, u1.to);
      if (ex) {
        const from = Math.max(this.floor, Math.min(ex.from ?? c.from, currency?.from ?? c.from));
        return this.excluded(from, ex.to, c.value, ex.reason);
      }
    }
    // "No one was hurt": a pronoun.
    if (c.bareOne && tl.is(c.from - 1, 'no')) return undefined;
    if (c.words && !this.loose) {
      const ex = classifyWords(tl, c, u1.to);
      if (ex) return this.excluded(c.from, ex.to, c.value, ex.reason);
    }
    // "a 45-year-old", "45 years old"; "3.2 million years old" is a span, not a person's age.
    if (u1.age && c.value <= 130) return this.excluded(c.from, u1.to, c.value, 'age');
    // "a three-bedroom semi", "a four-room flat", "a three-way race": a small count in a
    // compound names a kind of thing; "a 1,200-page report" still measures it.
    if (u1.classifier && !this.loose && Number.isInteger(c.value) && c.value <= 12) {
      return this.excluded(c.from, u1.to, c.value, 'label');
    }
    // "its steepest one-day decline", "a one-year deal": "one" picks a period out (rules, 6.8).
    if (c.bareOne && tl.gluedHyphen(c.to) && u1.unit !== undefined && SPAN_UNITS.has(u1.unit)) {
      return this.excluded(c.from, u1.to, c.value, 'label');
    }

    // "a 40mph zone", "a 60 km/h zone": the speed names the kind of zone (rules, 6.1).
    const speed = u1.unit ?? c.unit;
    if ((speed === 'mph' || speed === 'kmh') && ZONES.has(tl.at(u1.to).lower)) {
      return this.excluded(c.from, u1.to, c.value, 'label');
    }
    // "five months of age", "six weeks old", "the second dose at 18 months": a child's age
    // (rules, 6.4); "stood at 18 months" is a level.
    if (u1.unit === 'months' || u1.unit === 'weeks') {
      const after = tl.at(u1.to).lower;
      if (
        after === 'old' ||
        (after === 'of' && tl.is(u1.to + 1, 'age')) ||
        (tl.is(c.from - 1, 'at') && !LEVEL_BEFORE_AT.has(tl.at(c.from - 2).lower))
      ) {
        return this.excluded(c.from, after === 'old' ? u1.to + 1 : u1.to, c.value, 'age');
      }
    }

    // "a magnitude 7.1 earthquake": a unit written before the number.
    const magnitude = !currency && c.from - 1 >= this.floor && tl.is(c.from - 1, 'magnitude');
    let from = currency?.from ?? (magnitude ? c.from - 1 : c.from);
    if (negative !== undefined) from = Math.min(from, negative);
    let prefix = readPrefix(tl, from, this.floor);
    if (
      prefix &&
      (this.overMeansDuring(prefix, u1) || this.pastMeansAgo(prefix) || this.upIsParticle(prefix))
    ) {
      prefix = undefined;
    }
    const opener = prefix ? prefix.at : from;
    const between = opener - 1 >= this.floor && tl.is(opener - 1, 'between');
    const fromWord = opener - 1 >= this.floor && tl.is(opener - 1, 'from');
    const governor = this.nested ? undefined : this.governor(opener);

    // "aged 18 to 34", "children under five", "everyone over 75": an age bracket.
    if (!this.loose && this.ageBracket(from, opener, prefix, u1)) {
      const range = c.percent ? undefined : this.range(c, u1, currency, between, undefined);
      return this.excluded(between ? opener - 1 : opener, range?.to ?? u1.to, c.value, 'age');
    }

    // "one in five", "four out of five": a share.
    if (!c.percent && c.scale === 1 && Number.isInteger(c.value) && c.value >= 1) {
      const r = this.ratio(c);
      if (r) {
        const found = this.finish(opener, r.to, prefix, undefined, r.value, {
          unit: 'percent',
          approximate: true,
        });
        return this.movement(found, opener, governor);
      }
    }

    // "fell from $41,200 to $39,850": one figure, the level reached, with its earlier level.
    if (fromWord && !this.nested && !c.percent) {
      const moved = this.fromTo(opener, c, currency, negative);
      if (moved) return moved;
    }

    if (!c.percent && !single) {
      const range = this.range(c, u1, currency, between, governor);
      if (range) {
        const start = between || fromWord ? opener - 1 : opener;
        const choice = this.resolve(choose(range.unit, this.glued(c), currency, u1), start);
        const factor = choice.factor ?? 1;
        const found: Found = {
          match: this.build(start, range.to, 'range', 0, {
            low: clean(range.low * factor),
            high: clean(range.high * factor),
            unit: choice.unit,
          }),
          to: range.to,
        };
        return this.movement(found, opener, governor);
      }
    }

    // Unit, suffix qualifier, unit again: "40 or more people", "40 people or more", "40-odd people".
    let to = u1.to;
    let later: UnitChoice | undefined;
    let suffix: Qualifier | undefined = u1.qualifier;
    for (let pass = 0; pass < 2; pass++) {
      const s = readSuffix(tl, to);
      if (s) {
        suffix ??= s.qualifier;
        to = s.at;
      }
      // A unit after a qualifier ("40-odd people", "40 or more people"), not a second unit
      // after the first ("3.2% year on year").
      const u = s || (u1.unit === undefined && c.unit === undefined) ? readUnit(tl, to) : undefined;
      if (u && u.to > to && !u.age) {
        later ??= u;
        suffix ??= u.qualifier;
        to = u.to;
      }
      if (!s) break;
    }
    const before: UnitChoice | undefined = magnitude ? { unit: 'magnitude' } : undefined;
    const read = choose(this.glued(c), currency, before, u1, later, { unit: guessed });
    // The words around the figure, read only when its own words give no unit.
    let choice = this.resolve(
      read.unit !== undefined
        ? read
        : {
            unit:
              (c.percent ? 'percent' : undefined) ??
              person ??
              (to === u1.to ? undefined : this.personVerbAfter(to)) ??
              // "kills more than 8 million a year": the verb before the qualifier.
              this.personVerbBefore(opener) ??
              (c.bareOne ? undefined : (this.countOf(opener) ?? this.elliptical(opener, to))),
          },
      from,
    );

    // "the yen strengthened to 142.3 per dollar": an exchange rate, in the currency priced.
    if (choice.unit === undefined && digits) {
      const rate = readExchangeRate(tl, from, to);
      if (rate) {
        choice = { unit: rate.unit };
        to = rate.to;
      }
    }
    if (c.bareOne && !this.loose) {
      const counted =
        choice.unit !== undefined &&
        (u1.unit !== undefined || guessed !== undefined || choice.unit === 'people');
      const qualified = prefix !== undefined && !tl.is(prefix.at, 'some') && !tl.is(c.to, 'of');
      if (!counted && !qualified && suffix === undefined) return undefined;
    }
    // "$58 a barrel", "15 cents a litre", "£1,280 a month": the rate's denominator.
    if (choice.unit !== undefined) to = this.rate(to);
    const value = choice.factor === undefined ? c.value : clean(c.value * choice.factor);
    const found = this.finish(opener, to, prefix, suffix, value, {
      unit: choice.unit,
      approximate: c.approximate === true,
    });
    if (this.defaulted && choice.unit !== undefined) this.bareDollar = found.match;
    return this.movement(found, opener, governor);
  }

  /**
   * An article that a qualifier bounds, before a unit: "less than a minute"
   * (rules, 6.8); "a year ago" and "about a mile away" stay articles.
   */
  private boundedArticle(i: number): boolean {
    const tl = this.tl;
    const prefix = readPrefix(tl, i, this.floor);
    if (!prefix) return false;
    // "nearly a decade", "almost a year"; "about a year" only places something in time.
    const near = tl.is(prefix.at, 'nearly') || tl.is(prefix.at, 'almost');
    if (prefix.qualifier === 'approx' && !near) return false;
    const u = readUnit(tl, i + 1);
    if (u.unit === undefined || u.unit === 'people' || u.age) return false;
    // "saving $98.5 billion over a decade": "over" is "during".
    if (this.overMeansDuring(prefix, u)) return false;
    const after = tl.at(u.to).lower;
    return after !== 'ago' && after !== 'away' && after !== 'earlier' && after !== 'later';
  }

  /** The unit glued to the digits ("212p", "128GB"), as a choice. */
  private glued(c: NumberCore): UnitChoice | undefined {
    if (c.unit === undefined) return undefined;
    return {
      unit: c.unit,
      ...(c.factor === undefined ? {} : { factor: c.factor }),
      ...(c.dollar ? { dollar: true } : {}),
    };
  }

  /**
   * A bare dollar or cent is the dollar its sentence named before it ("A$4.2m,
   * up from $3.9m"), else the US dollar; a named dollar becomes the sentence's.
   */
  private resolve(choice: UnitChoice, at: number): UnitChoice {
    if (choice.unit === undefined) return choice;
    const offset = this.tl.at(at).start;
    if (this.dollar !== undefined && this.sentenceEnded(offset)) this.dollar = undefined;
    this.defaulted = choice.dollar === true && this.dollar === undefined;
    if (choice.dollar) return { ...choice, unit: this.dollar ?? choice.unit };
    if (DOLLARS.has(choice.unit)) {
      this.dollar = choice.unit;
      this.dollarCheckedTo = offset;
    }
    return choice;
  }

  /** Whether a sentence ended between the last check and offset; each character is read once. */
  private sentenceEnded(offset: number): boolean {
    const text = this.text.slice(this.dollarCheckedTo, offset);
    this.dollarCheckedTo = Math.max(this.dollarCheckedTo, offset);
    return /[.!?]["'”’)]*\s+[\p{Lu}\d“"(]|[\n\r]/u.test(text);
  }

  /** "12 were killed", "one was wounded": a count of people by its verb. */
  private personVerbAfter(j: number): Unit | undefined {
    const tl = this.tl;
    let k = j;
    if (tl.is(k, 'more') || tl.is(k, 'others') || tl.is(k, 'people')) k++;
    if (tl.is(k, 'were') || tl.is(k, 'was') || tl.is(k, 'are') || tl.is(k, 'have')) k++;
    else if (tl.is(k, 'had') || tl.is(k, 'has')) k++;
    if (tl.is(k, 'been')) k++;
    const w = tl.at(k).lower;
    return PERSON_VERBS.has(w) && k > j ? 'people' : w === 'died' ? 'people' : undefined;
  }

  /** "killing three people and wounding seven": a count of people by the verb before it. */
  private personVerbBefore(k: number): Unit | undefined {
    return PERSON_VERBS_BEFORE.has(this.tl.at(k - 1).lower) ? 'people' : undefined;
  }

  /**
   * "The number of troops … has fallen to about 900", "put the death toll at
   * 41": the figure counts what the sentence named it the number of.
   */
  private countOf(k: number): Unit | undefined {
    const tl = this.tl;
    // "a crowd of 60,214", "an attendance of 89,294": a noun for a gathering of persons.
    if (tl.is(k - 1, 'of') && GATHERINGS.has(tl.at(k - 2).lower)) return 'people';
    for (let j = k - 1, steps = 0; steps < 14 && j >= 0; j--, steps++) {
      const t = tl.at(j);
      if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return undefined;
      if (t.lower === 'toll' && (tl.is(j - 1, 'death') || tl.is(j - 1, 'casualty')))
        return 'people';
      if (t.lower !== 'of' || !COUNT_NOUNS.has(tl.at(j - 1).lower)) continue;
      for (let n = j + 1; n <= j + 3; n++) {
        const w = tl.at(n);
        if (w.kind !== 'word') break;
        if (PERSON_NOUNS.has(w.lower)) return 'people';
        const u = readUnit(tl, n).unit;
        if (u === 'countries' || u === 'vehicles') return u;
      }
    }
    return undefined;
  }

  /**
   * "The camp, built for 20,000 people, now houses more than 90,000": a bare
   * count with no noun of its own counts what the sentence's last figure
   * counted (people, countries, vehicles), the noun left out (rules, 5).
   */
  private elliptical(opener: number, to: number): Unit | undefined {
    const last = this.last?.match;
    if (last === undefined || !COUNTED.has(last.unit)) return undefined;
    const tl = this.tl;
    // The figure ends its clause ("now houses more than 90,000."), or "of them" follows; a
    // figure that runs on ("hit 40 on Monday", "at 10 in the morning") is some other amount.
    const next = tl.at(to);
    if (next.kind === 'num' || (next.kind === 'word' && !ELLIPSIS_FOLLOWERS.has(next.lower))) {
      return undefined;
    }
    // "ended at 10.": a time or a level.
    if (tl.is(opener - 1, 'at')) return undefined;
    const start = tl.at(opener).start;
    if (start < last.end || start - last.end > 200) return undefined;
    return /[.!?;:]/.test(this.text.slice(last.end, start)) ? undefined : last.unit;
  }

  /** "$58 a barrel", "per share", "an hour": extends the mention over a rate's denominator. */
  private rate(to: number): number {
    const tl = this.tl;
    const a = tl.at(to).lower;
    if (a !== 'a' && a !== 'an' && a !== 'per' && a !== 'each') return to;
    const noun = tl.at(to + 1);
    if (noun.kind !== 'word' || TRIGGERS.has(noun.lower) || SCALE_WORDS.has(noun.lower)) {
      return to;
    }
    const after = tl.at(to + 2).lower;
    if (after === 'ago' || after === 'earlier' || after === 'later' || after === 'before')
      return to;
    return to + 2;
  }

  private finish(
    from: number,
    to: number,
    prefix: QualifierRead | undefined,
    suffix: Qualifier | undefined,
    value: number,
    extra: { unit?: Unit | undefined; approximate?: boolean },
  ): Found {
    const qualifier: Qualifier = prefix?.qualifier ?? suffix ?? 'exact';
    return { match: this.build(from, to, qualifier, value, extra), to };
  }

  /** The word of change governing a figure that opens at token k, or the change of the figure just before it. */
  private governor(k: number): Governor | undefined {
    return governorBefore(this.tl, k, this.floor);
  }

  /**
   * The movement a figure is part of: its change, the level its change
   * reaches, and the earlier level given after it ("to £48m from £61m",
   * "5.92pc, up from 2.25pc"), which it consumes.
   */
  private movement(found: Found, opener: number, governor: Governor | undefined): Found {
    const m = found.match;
    if (!m || m.excluded || this.nested) return found;
    let change: Change | undefined;
    let level = false;
    // "a pay rise over four years": a period after "over" is how long the change took.
    const during = m.unit !== undefined && SPAN_UNITS.has(m.unit) && this.tl.is(opener - 1, 'over');
    if (governor && !(during && !governor.by && !governor.to)) {
      const share = SHARE_UNITS.has(m.unit);
      if (governor.to || governor.by) change = governor.change;
      else if (TRANSITIVE.has(governor.word)) change = share ? governor.change : undefined;
      else if (LOSS.has(governor.word) && isCurrency(m.unit)) {
        change = this.levelFollows(found.to) ? governor.change : undefined;
      } else change = governor.change;
      level = governor.to;
    }
    const last = this.last;
    if (!change && last?.change && this.joinedToLast(opener, last.match)) {
      // "rose 6.5pc to 812p", "0.3pc lower at 7,412 points": the level the change reached.
      change = last.change;
      level = true;
      // "easing 12 cents to S$38.40": a change in bare cents is in the level's dollar or euro
      // (rules, section 5, "Which dollar").
      if (last.match === this.bareDollar && m.unit !== undefined && MINOR_OF.has(m.unit)) {
        last.match.unit = m.unit;
      }
      last.match.to = figureOf(m);
    } else if (!change && last?.change && this.coordinated(opener, last.match, m)) {
      // "down 2.15pc this week and 17pc this year"
      change = last.change;
    } else if (!change && last?.change && this.restated(opener, last.match)) {
      // "fell 12 cents, or 2 per cent,", "rose 9% to 234.2 billion yuan ($32.3 billion)"
      change = last.change;
      // "dropped to $1.1 billion, or 54 cents a share, from $1.5 billion, or 73 cents a share":
      // the two earlier levels, in the same order.
      const pair = last.match.from ? undefined : this.earlierPair(found.to, last.match, m);
      if (pair) {
        last.match.from = pair.first;
        m.from = pair.second;
        found.to = pair.to;
      }
    } else if (!change) {
      const put = this.leveller(opener);
      if (put && last?.change && this.sameSentence(last.match, m)) {
        // "lower the price cap by 7pc, taking the typical bill to £1,568"
        change = last.change;
        level = true;
      } else if (put === undefined && last && !last.change && this.isPeriod(last.match)) {
        // "have trebled in two years to more than $400 a tonne": the level reached after the
        // period the change took.
        change = this.changeBeforePeriod(opener, last.match);
        level = change !== undefined;
      } else if (put === 'total') {
        // "another 1,500 troops, bringing the total to roughly 40,000": a total is brought to a
        // figure by adding to it, so it went up.
        change = 'up';
        level = true;
      }
    }
    change ??= this.changeAfter(opener, found.to, m);
    const before = this.level;
    if (change && before && !before.change && !before.from && this.apposed(opener, before)) {
      // "420 million tonnes of cargo last year, up 24%", "revenue of 1.2 trillion naira for the
      // nine months, a 41% rise", "424 ppm, about 50% higher than": the change in apposition is
      // the change of the level before it, the level that change reached (section 7).
      before.change = change;
      if (last?.match === before) last.change = change;
    }
    // "Y from X", "Y, up from X", "Y, compared with X a year earlier".
    const earlier = this.earlierAfter(found.to, level);
    const eu = earlier?.figure.unit;
    if (earlier && eu !== undefined && m.unit !== undefined && eu !== m.unit) {
      // "rose 18pc to £212.4m in the six months to June, compared with £180m": an earlier level
      // in another unit is the earlier level of the last level of its own unit.
      if (before?.change && !before.from && before.unit === eu && this.sameSentence(before, m)) {
        before.from = earlier.figure;
        found.to = earlier.to;
      }
    } else if (earlier) {
      m.from = earlier.figure;
      // "142 million tonnes a year from 77 million": an earlier level written without a unit is
      // in the level's, when the two are of one size ("212p from 180" is not 180 pence in pounds).
      const was = earlier.figure;
      if (was.unit === undefined && m.unit !== undefined && m.unit !== 'items') {
        const a = Math.abs(levelOf(m));
        const b = Math.abs(levelOf(was));
        if (b <= 10 * a && a <= 10 * b) was.unit = m.unit;
      }
      // "grew 6.7% in the quarter, slowing from 7.8%": the word before the earlier level says
      // how the figure moved from it, whatever the verb before the figure said of its subject.
      // "grew 4.9 per cent, compared with 5.2 per cent": the size of a change compared with an
      // earlier size moved as the two say (growth slowed), like "slowing from".
      const size = change !== undefined && !level && !earlier.change;
      change = earlier.change ?? (size ? undefined : change) ?? byLevels(m, earlier.figure);
      found.to = earlier.to;
    }
    if (change) m.change = change;
    return found;
  }

  /** Whether the figure opening at k follows the last figure through "to" or "at" ("by £20m to £1.02bn"). */
  private joinedToLast(k: number, last: QuantityMatch): boolean {
    const tl = this.tl;
    let j = k - 1;
    // "to a record 4.5 percent", "to an average of £1,280"
    while (j > 0 && LEVEL_FILLERS.has(tl.at(j).lower) && !tl.is(j, 'to') && !tl.is(j, 'at')) j--;
    if (!tl.is(j, 'to') && !tl.is(j, 'at')) return false;
    const to = tl.is(j, 'to');
    // "gained 2.1 per cent, or 387 points, to close at 18,764": where a market ended.
    if (tl.is(j, 'at') && CLOSES.has(tl.at(j - 1).lower) && tl.is(j - 2, 'to')) j -= 2;
    j--;
    if (COMPARATIVES.has(tl.at(j).lower)) j--;
    // "fell 12 cents, or 2 per cent, to $5.88"
    if (tl.at(j).text === ',') j--;
    // "rose 0.7pc in September to", "jumped 15 cents a litre in Sydney in a week, to": when and
    // where the change happened may stand between it and the level, a few words opened by a
    // preposition. Not before "at" ("rose as high as 4.72pc in early trading before settling at")
    // unless a comparative stands first: "closed 2.3% lower on Friday at 1,234p".
    for (let steps = 0; steps < 6 && tl.at(j).end > last.end; steps++) {
      // "against the dollar", "year-on-year": a hyphen inside a word goes on.
      if (tl.gluedHyphen(j)) {
        j--;
        continue;
      }
      if (tl.at(j).kind !== 'word' || CLAUSE_JOINS.has(tl.at(j).lower)) return false;
      if (tl.at(j - 1).end <= last.end) {
        if (tl.at(j - 1).end !== last.end) return false;
        const w = tl.at(j).lower;
        if (to && ADJUNCTS.has(w)) return true;
        return COMPARATIVES.has(w) && ADJUNCTS.has(tl.at(j + 1).lower);
      }
      j--;
    }
    return tl.at(j).end === last.end || (tl.at(j).end <= last.end && tl.at(j).start >= last.start);
  }

  /** Whether the figure opening at k restates the last: ", or 2 per cent", "($32.3 billion)". */
  private restated(k: number, last: QuantityMatch): boolean {
    const tl = this.tl;
    if (tl.is(k - 1, 'or') && tl.at(k - 2).text === ',') return tl.at(k - 3).end === last.end;
    if (tl.at(k - 1).text === '(') return tl.at(k - 2).end === last.end;
    return false;
  }

  /** Whether no sentence ends between the last figure and this one, a few clauses apart at most. */
  private sameSentence(last: QuantityMatch, m: QuantityMatch): boolean {
    if (m.start - last.end > 300) return false;
    return !/[.!?]["'”’)]*\s/.test(this.text.slice(last.end, m.start));
  }

  /** "taking the bill to", "bringing the total to": a verb that puts a level, with no direction of its own. */
  private leveller(k: number): 'level' | 'total' | undefined {
    const tl = this.tl;
    let j = k - 1;
    while (j > 0 && LEVEL_FILLERS.has(tl.at(j).lower) && !tl.is(j, 'to')) j--;
    if (!tl.is(j, 'to')) return undefined;
    // The object between the verb and "to": "bringing the total for the year to".
    let total = false;
    for (let i = j - 1; i >= Math.max(this.floor, j - OBJECT_SPAN - 1); i--) {
      const t = tl.at(i);
      if (t.kind !== 'word') return undefined;
      if (LEVELLERS.has(t.lower)) return total ? 'total' : 'level';
      if (TOTALS.has(t.lower)) total = true;
    }
    return undefined;
  }

  /** After a level and its restatement: "from $1.5 billion, or 73 cents a share". */
  private earlierPair(
    to: number,
    first: QuantityMatch,
    second: QuantityMatch,
  ): { first: Figure; second: Figure; to: number } | undefined {
    const tl = this.tl;
    let k = to;
    if (tl.at(k).text === ',') k++;
    if (!tl.is(k, 'from')) return undefined;
    const x = this.figureAt(k + 1);
    if (!x?.match || x.match.excluded || x.match.unit !== first.unit) return undefined;
    if (tl.at(x.to).text !== ',' || !tl.is(x.to + 1, 'or')) return undefined;
    const w = this.figureAt(x.to + 2);
    if (!w?.match || w.match.excluded || w.match.unit !== second.unit) return undefined;
    return { first: figureOf(x.match), second: figureOf(w.match), to: w.to };
  }

  private isPeriod(m: QuantityMatch): boolean {
    return m.unit !== undefined && SPAN_UNITS.has(m.unit);
  }

  /**
   * The change before a period that the figure opening at k follows through
   * "to": "trebled in two years to", "rose 30% over five years to". The verb,
   * or the change of the figure, just before the period's preposition.
   */
  private changeBeforePeriod(k: number, period: QuantityMatch): Change | undefined {
    const tl = this.tl;
    let j = k - 1;
    while (j > 0 && LEVEL_FILLERS.has(tl.at(j).lower) && !tl.is(j, 'to')) j--;
    if (!tl.is(j, 'to') || tl.at(j - 1).end !== period.end) return undefined;
    j--;
    for (let steps = 0; steps < 4 && tl.at(j).start > period.start; steps++) j--;
    if (tl.at(j).start !== period.start) return undefined;
    // "in the past five years"
    j--;
    for (let steps = 0; steps < 2 && PERIOD_FILLERS.has(tl.at(j).lower); steps++) j--;
    if (!PERIOD_PREPOSITIONS.has(tl.at(j).lower)) return undefined;
    const before = tl.at(j - 1);
    const level = this.level;
    if (level?.change && before.end === level.end) return level.change;
    const verb = CHANGE_VERBS.get(before.lower);
    return verb && before.kind === 'word' && before.lower !== 'up' && before.lower !== 'down'
      ? verb
      : undefined;
  }

  /** Whether one of `words` stands among the `span` words before token k, with no punctuation between. */
  private wordBefore(k: number, span: number, words: ReadonlySet<string>): boolean {
    const tl = this.tl;
    for (let j = k - 1; j >= Math.max(this.floor, k - span); j--) {
      const t = tl.at(j);
      if (t.kind !== 'word') return false;
      if (words.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * Whether the figure opening at k stands in apposition to the last, as the
   * size of its change: "LEVEL of cargo last year, up 24%", "LEVEL, a 41%
   * rise". A comma, a few words of lead-in ("up", "a", "about") before the
   * figure, and at most a few words of the same clause after the level.
   */
  private apposed(k: number, last: QuantityMatch): boolean {
    const tl = this.tl;
    let j = k - 1;
    for (let steps = 0; steps < 2 && APPOSITION_LEADS.has(tl.at(j).lower); steps++) j--;
    if (tl.at(j).text !== ',') return false;
    for (let steps = 0; steps < 8; steps++) {
      const t = tl.at(--j);
      if (t.end <= last.end) return t.end === last.end;
      if (t.kind === 'punct' ? CLAUSE_ENDS.has(t.text) : CLAUSE_JOINS.has(t.lower)) return false;
    }
    return false;
  }

  /** Whether the figure opening at k is joined to the last by "and" with only time words between. */
  private coordinated(k: number, last: QuantityMatch, m: QuantityMatch): boolean {
    const tl = this.tl;
    if (last.unit !== m.unit) return false;
    // The figure ends its clause, or only time words follow it: "and 17pc this year."
    let after = k;
    // Bounded by the list: past its end stands END, which starts at 0.
    while (after < tl.length && tl.at(after).start < m.end) after++;
    for (let steps = 0; steps < 4 && TIME_FILLERS.has(tl.at(after).lower); steps++) after++;
    if (tl.at(after).kind === 'word' || tl.at(after).kind === 'num') return false;
    let and = false;
    for (let j = k - 1, steps = 0; steps < 6; j--, steps++) {
      const t = tl.at(j);
      if (t.end <= last.end) return and;
      if (t.lower === 'and' || t.lower === 'then' || t.text === ',') and = true;
      else if (!TIME_FILLERS.has(t.lower)) return false;
    }
    return false;
  }

  /** "a 3 percent drop", "a 20pc pay cut", "17% lower", "3pc down", "2,000 fewer officers". */
  private changeAfter(opener: number, to: number, m: QuantityMatch): Change | undefined {
    const tl = this.tl;
    const w = tl.at(to);
    const counted = m.unit === 'people' || m.unit === 'countries' || m.unit === 'vehicles';
    const comparative = COMPARATIVES.get(w.lower);
    // "lower-income families": a compound, not a comparison.
    if (comparative && w.kind === 'word' && !tl.gluedHyphen(to + 1)) {
      if (NEED_THAN.has(w.lower)) {
        for (let j = to + 1; j <= to + 3; j++)
          if (tl.is(j, 'than')) return this.thanEarlier(j, comparative);
        // "will pay about $120 a month more.": a recurring amount, at the end of its clause, is
        // more than it was; "raised $25 million more" is an amount added, no comparison.
        const next = tl.at(to + 1);
        if (next.kind !== 'punct' || !CLAUSE_ENDS.has(next.text)) return undefined;
        const per = tl.at(to - 2).lower;
        const period = tl.at(to - 1).lower;
        return (per === 'a' || per === 'an' || per === 'per') && PERIODS.has(period)
          ? comparative
          : undefined;
      }
      if (SHARE_ONLY.has(w.lower) && !SHARE_UNITS.has(m.unit)) return undefined;
      return comparative;
    }
    // "as 11,000 jobs were lost": a running total, changed.
    const passive = this.passiveChange(to);
    if (passive) return passive;
    // "8% more homes than a year earlier": the comparative after the counted noun.
    if (counted) return undefined;
    const determiner = DETERMINERS.has(tl.at(opener - 1).lower);
    if (!determiner) return undefined;
    for (let j = to; j <= to + 1; j++) {
      const noun = CHANGE_NOUNS.get(tl.at(j).lower);
      if (noun && tl.at(j).kind === 'word') return noun;
    }
    return undefined;
  }

  /**
   * "8% more homes than a year earlier" compares with an earlier or usual
   * level, a movement; ".25 percentage points more than comparable
   * Treasuries" compares two things, no movement (section 7). The words after
   * "than" (at token j) tell which.
   */
  private thanEarlier(j: number, comparative: Change): Change | undefined {
    const tl = this.tl;
    for (let k = j + 1; k <= j + 5; k++) {
      const t = tl.at(k);
      // "than in 2019": a year is an earlier level.
      if (t.kind === 'num') return yearLike(t) ? comparative : undefined;
      if (t.kind !== 'word') return undefined;
      if (EARLIER_WORDS.has(t.lower)) return comparative;
    }
    return undefined;
  }

  /** "11,000 jobs were lost", "200,000 jobs were added": the change after a counted noun. */
  private passiveChange(to: number): Change | undefined {
    const tl = this.tl;
    let k = to;
    if (tl.at(k).kind === 'word' && !AUXILIARIES.has(tl.at(k).lower)) k++;
    const aux = tl.at(k).lower;
    if (!AUXILIARIES.has(aux)) return undefined;
    k++;
    if (tl.is(k, 'been')) k++;
    // "180,000 customers had lost their connection": a perfect, active; the figure lost something.
    else if (aux === 'have' || aux === 'has' || aux === 'had') return undefined;
    const w = tl.at(k).lower;
    return TALLY.has(w) ? CHANGE_VERBS.get(w) : undefined;
  }

  /** A level after a figure: "to $2,041.20", "at 212p". */
  private levelFollows(to: number): boolean {
    const tl = this.tl;
    if (!tl.is(to, 'to') && !tl.is(to, 'at')) return false;
    const next = tl.at(to + 1);
    return next.kind === 'num' || (next.kind === 'punct' && next.text === '$') || next.cap;
  }

  /**
   * The earlier level after a figure: "from £61m" after a level reached,
   * "(,) up from 3.9%", "(,) down from 20bn", "(,) compared with £4.2bn".
   * Time words may stand between: "7bn letters last year, down from 20bn".
   */
  private earlierAfter(
    to: number,
    level: boolean,
  ): { figure: Figure; change?: Change; to: number } | undefined {
    const tl = this.tl;
    let k = to;
    // "7bn letters last year, down from 20bn": the counted noun and time words may come first.
    // "in the April-June quarter, slowing from 7.8%": a hyphen inside a word goes on.
    for (let steps = 0; steps < 7 && (this.plainWord(k) || tl.gluedHyphen(k)); steps++) {
      if (tl.is(k, 'from') || tl.is(k, 'up') || tl.is(k, 'down') || tl.is(k, 'compared')) break;
      k++;
    }
    const walked = k;
    if (tl.at(k).text === ',') k++;
    let change: Change | undefined;
    const w = tl.at(k).lower;
    if ((w === 'up' || w === 'down') && tl.is(k + 1, 'from')) {
      change = w;
      k += 2;
    } else if (w === 'compared' && (tl.is(k + 1, 'with') || tl.is(k + 1, 'to'))) {
      k += 2;
    } else if (w === 'from' && level && (k === to || this.plainWord(to))) {
      k += 1;
    } else if (w.endsWith('ing') && CHANGE_VERBS.has(w) && tl.is(k + 1, 'from')) {
      // "6.7%, slowing from 7.8%", "easing from", "accelerating from"
      change = CHANGE_VERBS.get(w);
      k += 2;
    } else {
      return undefined;
    }
    // "in the six months to June, compared with £180m": a figure of its own stands first.
    for (let i = to; i < walked; i++) {
      const l = tl.at(i).lower;
      if (ONES.has(l) || TEENS.has(l) || TENS.has(l)) return undefined;
    }
    const x = this.figureAt(k);
    if (!x?.match || x.match.excluded) return undefined;
    // "from £5.9bn to £6.3bn" is a movement of its own.
    if (tl.is(x.to, 'to')) return undefined;
    return { figure: figureOf(x.match), ...(change ? { change } : {}), to: x.to };
  }

  /**
   * A token that may stand between a figure and what refers to it: a lower-case
   * word, a month or weekday, a model number ("35 737 jets in October, up from 24").
   */
  private plainWord(k: number): boolean {
    const t = this.tl.at(k);
    if (t.kind === 'num') return !t.decimal && this.tl.at(k + 1).kind === 'word';
    return (
      t.kind === 'word' &&
      (!t.cap || TIME_FILLERS.has(t.lower) || MONTHS.has(t.text) || ACRONYMS.has(t.text))
    );
  }

  /**
   * At X of "from X to Y" after a word of change ("fell from $41,200 to
   * $39,850", "rose 7pc from £5.9bn to £6.3bn"): Y, with X as its earlier level.
   */
  private fromTo(
    opener: number,
    c: NumberCore,
    currency: CurrencyRead | undefined,
    negative: number | undefined,
  ): Found | undefined {
    const tl = this.tl;
    const fromToken = opener - 1;
    const governor = governorBefore(tl, fromToken, this.floor, true);
    const last = this.last;
    const afterLast =
      last?.change !== undefined && tl.at(fromToken - 1).end === last.match.end ? last : undefined;
    // "was revised from", "changed its forecast from": the levels give the direction.
    if (!governor && !afterLast && !this.wordBefore(fromToken, 5, NEUTRAL_MOVES)) return undefined;
    // X as a figure of its own, then "to" and Y.
    const x = this.withNested(() => this.number(c, currency, negative, true));
    if (!x?.match || x.match.excluded) return undefined;
    let k = x.to;
    if (!tl.is(k, 'to')) return undefined;
    k++;
    const y = this.figureAt(k);
    if (!y?.match || y.match.excluded) return undefined;
    const m = y.match;
    const earlier = figureOf(x.match);
    if (earlier.unit === undefined && m.unit !== undefined) earlier.unit = m.unit;
    m.from = earlier;
    const word = governor && !NEUTRAL_MOVES.has(governor.word) ? governor.change : undefined;
    const change = word ?? afterLast?.change ?? byLevels(m, earlier);
    if (change) m.change = change;
    if (afterLast) afterLast.match.to = figureOf(m);
    return { match: m, to: y.to };
  }

  /** The figure that starts at token k (a currency sign or qualifier may open it), read without movements. */
  private figureAt(k: number): Found | undefined {
    const tl = this.tl;
    let j = k;
    while (j < k + 6 && !(tl.at(j).kind === 'num' || TRIGGERS.has(tl.at(j).lower))) j++;
    if (j >= k + 6) return undefined;
    const floor = this.floor;
    this.floor = k;
    try {
      const found = this.withNested(() => this.matchAt(j));
      if (!found?.match || found.match.start !== tl.at(k).start) return undefined;
      return found;
    } finally {
      this.floor = floor;
    }
  }

  private withNested<T>(read: () => T): T {
    const nested = this.nested;
    this.nested = true;
    try {
      return read();
    } finally {
      this.nested = nested;
    }
  }

  /** "the past 12 months", "over the past three years": "past" places the figure in time. */
  private pastMeansAgo(prefix: QualifierRead): boolean {
    const tl = this.tl;
    return tl.is(prefix.at, 'past') && !CHANGE_VERBS.has(tl.at(prefix.at - 1).lower);
  }

  /**
   * "travelled 6.4 billion km over 10 years", "over three days": "over" is
   * "during" or "across" after another figure or before a span of time,
   * unless "for over", "in over" make it "more than".
   */
  /** "ticked up to 4.2%", "went up to": "up" belongs to the verb, not "up to" (at most). */
  private upIsParticle(prefix: QualifierRead): boolean {
    const tl = this.tl;
    return (
      tl.is(prefix.at, 'up') &&
      tl.is(prefix.at + 1, 'to') &&
      PHRASAL_UP.has(tl.at(prefix.at - 1).lower)
    );
  }

  private overMeansDuring(prefix: QualifierRead, u1: UnitRead): boolean {
    const tl = this.tl;
    if (!tl.is(prefix.at, 'over')) return false;
    if (prefix.at === this.floor && prefix.at > 0) return true;
    if (!u1.unit || !SPAN_UNITS.has(u1.unit)) return false;
    const p = tl.at(prefix.at - 1).lower;
    return !(
      p === 'for' ||
      p === 'in' ||
      p === 'of' ||
      p === 'than' ||
      p === 'after' ||
      p === 'lasting'
    );
  }

  /**
   * An age bracket: after "aged", "ages", "the age of" ("aged 18 to 34",
   * "aged between 25 and 30", "under the age of 18"), or "over"/"under" a
   * bare number after people ("everyone over 75", "children under five").
   */
  private ageBracket(
    from: number,
    opener: number,
    prefix: QualifierRead | undefined,
    u1: UnitRead,
  ): boolean {
    const tl = this.tl;
    let k = from - 1;
    if (tl.is(k, 'between') || tl.is(k, 'from')) k--;
    if (tl.is(k, 'of') && tl.is(k - 1, 'age')) return true;
    if (AGE_WORDS.has(tl.at(k).lower) && tl.at(k).kind === 'word') return true;
    if (!prefix || u1.unit !== undefined) return false;
    const word = tl.at(prefix.at).lower;
    const bound = word === 'over' || word === 'under' || word === 'above' || word === 'below';
    return bound && BRACKETED.has(tl.at(opener - 1).lower);
  }

  /** "one in five", "1 in 3", "nine in 10 people", "four out of five". */
  private ratio(c: NumberCore): { value: number; to: number } | undefined {
    const tl = this.tl;
    let k = c.to;
    if (tl.is(k, 'in')) k++;
    else if (tl.is(k, 'out') && tl.is(k + 1, 'of')) k += 2;
    else return undefined;
    if (tl.is(k, 'every')) k++;
    const y = tl.at(k).kind === 'num' ? readDigits(tl, k, false) : readWords(tl, k);
    if (!y || y.excluded || y.measured || y.scale !== 1 || !Number.isInteger(y.value)) {
      return undefined;
    }
    if (y.value <= c.value || y.value > 1000 || yearLike(tl.at(k))) return undefined;
    // "3 in 10 days" is a count and a span; "3 in 10 (small businesses)" a share.
    const after = tl.at(y.to);
    if (after.kind === 'punct' && isHyphen(after.text) && !after.gap) return undefined;
    const u = readUnit(tl, y.to).unit;
    if (u !== undefined && u !== 'people' && u !== 'countries' && u !== 'vehicles') {
      return undefined;
    }
    if (SCALE_WORDS.has(after.lower)) return undefined;
    return { value: (100 * c.value) / y.value, to: y.to };
  }

  /**
   * The second half of "12 to 16", "360,000-370,000 bpd", "between 40 and
   * 50", "A$40m and A$50m", "-5C to -8C", and of alternatives: "two or three",
   * "three, four or five days".
   */
  private range(
    c1: NumberCore,
    u1: UnitRead,
    currency: CurrencyRead | undefined,
    between: boolean,
    governor: Governor | undefined,
  ): { low: number; high: number; to: number; unit?: UnitChoice } | undefined {
    const tl = this.tl;
    if (u1.age || u1.qualifier) return undefined;
    // "half a cent to $1.2745", "a quarter-point to 4.5%": a fraction of a unit holds its unit
    // in its own words, and what follows "to" is a level, not the end of a range.
    if (c1.words && c1.measured) return undefined;
    const ownUnit = u1.unit !== undefined || currency !== undefined || c1.unit !== undefined;
    let k = u1.to;
    const values = [c1];
    // "three, four or five days": a list that ends in "or".
    while (tl.at(k).text === ',' && !between) {
      const next = tl.at(k + 1);
      const c = next.kind === 'num' ? readDigits(tl, k + 1, false) : readWords(tl, k + 1);
      if (!c || c.excluded || c.unit !== undefined || c.scale !== c1.scale) return undefined;
      values.push(c);
      k = c.to;
    }
    if (values.length > 1 && !tl.is(k, 'or')) return undefined;
    const conn = tl.at(k);
    const after = tl.at(k + 1);
    let ok = false;
    if (conn.kind === 'punct') {
      if (conn.text === '–') ok = true;
      else if (isHyphen(conn.text)) ok = (!conn.gap && !after.gap) || (conn.gap && after.gap);
      else if (conn.text === '—') ok = !conn.gap && !after.gap;
    } else if (conn.kind === 'word') {
      ok = between ? conn.lower === 'and' : conn.lower === 'to' || conn.lower === 'or';
      // "rose $1.10 to $49.20", "fell 2 percent to 3.1 percent": a change, then a level.
      // A level reached is no change: "rose to a range of 4.75% to 5%" is a range.
      if (ok && conn.lower === 'to' && governor && !governor.to && ownUnit) ok = false;
    }
    if (!ok) return undefined;
    // The second figure: its sign and currency, then its digits or words.
    let j = k + 1;
    let negative = false;
    if (tl.at(j).kind === 'punct' && isMinus(tl.at(j).text) && !tl.at(j + 1).gap) {
      negative = true;
      j++;
    }
    let currency2: CurrencyRead | undefined;
    if (tl.at(j).kind !== 'num') {
      // "and A$50m", "to $US5", "to RM3,870": a currency before the second number.
      let at = j + 1;
      while (at < j + 3 && tl.at(at).kind !== 'num') at++;
      if (tl.at(at).kind === 'num') {
        currency2 = readCurrencyBefore(tl, at, j);
        if (currency2?.from === j) j = at;
        else currency2 = undefined;
      }
    }
    const second = tl.at(j);
    const c2 =
      second.kind === 'num'
        ? readDigits(tl, j, currency !== undefined || currency2 !== undefined)
        : readWords(tl, j);
    if (!c2 || c2.excluded) return undefined;
    if (c2.words && tl.at(j).cap && !tl.sentenceStart(j)) return undefined;
    if (negative) {
      c2.raw = -c2.raw;
      c2.value = -c2.value;
    }
    const u2 = readUnit(tl, c2.to);
    if (u2.age || u2.qualifier || u2.classifier) return undefined;
    // "1.5 to 2 million", "$5-10 billion": the scale of the second applies to the first.
    const scaled = (c: NumberCore) =>
      c.scale === 1 && c2.scale > 1 && Math.abs(c.raw) < Math.abs(c2.raw)
        ? clean(c.raw * c2.scale)
        : c.value;
    const lows = values.map(scaled);
    let low = Math.min(...lows);
    let high = c2.value;
    // "between 60cm and 1.1m": one unit with two prefixes, labelled in the low end's (rules, 5).
    const prefixed = this.prefixedRange(c1.unit ?? u1.unit, c2.unit ?? u2.unit, c2.factor);
    if (prefixed !== undefined)
      high = clean(
        (high * PREFIXED_UNITS.get(c2.unit ?? u2.unit!)![1]) / PREFIXED_UNITS.get(prefixed)![1],
      );
    // "-5C to -8C": a range of negative figures may run downwards.
    if (low > high && low < 0 && high < 0 && values.length === 1) [low, high] = [high, low];
    if (!(low < high)) return undefined;
    if (values.length > 1 && !lows.every((v) => v < c2.value)) return undefined;
    // "fell by 58,000 to 957,000" is a change, then a level, where "rise by 26 to 82 cm" is a
    // range: the ends of a range are of one size, a level is usually many times its change.
    if (conn.lower === 'to' && governor?.by && high > 4 * Math.abs(low)) return undefined;
    if (TIME_WORDS.has(tl.at(c2.to).lower)) return undefined;
    // "12.5 percent to 8.6 million": two figures in different units.
    const unit1 = c1.unit ?? u1.unit;
    const unit2 = c2.unit ?? u2.unit;
    if (unit1 !== undefined && unit2 !== undefined && unit2 !== unit1) {
      if (prefixed === undefined) return undefined;
      return { low, high, to: u2.to, unit: { unit: prefixed } };
    }
    if (u1.unit !== undefined && unit2 === undefined && currency2 === undefined) return undefined;
    // "risen 30% in five years to £290,000": a period, then the level reached in money.
    if (unit1 !== undefined && currency2 !== undefined && !isCurrency(unit1)) return undefined;
    if (!c2.words && c2.scale === 1 && yearLike(second) && u2.unit === undefined) return undefined;
    const unit = choose(
      c2.unit === undefined ? undefined : { unit: c2.unit, factor: c2.factor, dollar: c2.dollar },
      u2,
      currency2,
      { unit: guessUnitAhead(tl, u2.to) },
    );
    return { low, high, to: u2.to, unit };
  }

  /** The low end's unit when the two ends are one unit with different prefixes ("60cm", "1.1m"). */
  private prefixedRange(
    unit1: Unit | undefined,
    unit2: Unit | undefined,
    factor2: number | undefined,
  ): Unit | undefined {
    if (unit1 === undefined || unit2 === undefined || unit1 === unit2 || factor2 !== undefined) {
      return undefined;
    }
    const p1 = PREFIXED_UNITS.get(unit1);
    const p2 = PREFIXED_UNITS.get(unit2);
    return p1 && p2 && p1[0] === p2[0] ? unit1 : undefined;
  }

  private vague(from: number, to: number, low: number, high: number, unit?: Unit): Found {
    const tl = this.tl;
    if (unit === undefined) {
      const k = tl.is(to, 'of') ? to + 1 : to;
      const u = readUnit(tl, k);
      if (u.unit !== undefined && !u.age) {
        unit = u.unit;
        to = u.to;
      } else {
        unit = guessUnitAhead(tl, k);
      }
    }
    return { match: this.build(from, to, 'vague', 0, { low, high, unit }), to };
  }

  private excluded(from: number, to: number, value: number, reason: ExclusionReason): Found {
    return { match: this.all ? this.build(from, to, 'exact', value, {}, reason) : undefined, to };
  }

  private build(
    from: number,
    to: number,
    qualifier: Qualifier,
    value: number,
    extra: { low?: number; high?: number; unit?: Unit | undefined; approximate?: boolean },
    excluded?: ExclusionReason,
  ): QuantityMatch {
    const start = this.tl.at(from).start;
    const end = this.tl.at(to - 1).end;
    const mention = this.text.slice(start, end);
    // The figure's numbers by its qualifier, between the mention and the
    // qualifier: one literal per case, as a spread of them into one literal
    // made every match slow to build.
    let m: QuantityMatch;
    switch (qualifier) {
      case 'range':
      case 'vague':
        m = { start, end, mention, low: extra.low, high: extra.high, qualifier };
        break;
      case 'exact':
      case 'approx':
        m = { start, end, mention, value, qualifier };
        break;
      case 'at_least':
      case 'more_than':
        m = { start, end, mention, low: value, qualifier };
        break;
      default:
        m = { start, end, mention, high: value, qualifier };
    }
    if (extra.unit !== undefined) m.unit = extra.unit;
    if (extra.approximate) m.approximate = true;
    if (excluded !== undefined) m.excluded = excluded;
    return m;
  }
}

/** "was revised from 3% to 2.5%": the direction of a neutral movement, from its two levels. */
function byLevels(now: Figure, earlier: Figure): Change | undefined {
  const a = levelOf(earlier);
  const b = levelOf(now);
  if (!(a === a && b === b) || a === b) return undefined;
  return b > a ? 'up' : 'down';
}

/** Words after "one" that make it part of a share or a range: "one in five", "one or two". */
const ONE_JOINERS = new Set(['in', 'out', 'or', 'to', 'and']);

/** Nouns after a speed that name an area by its limit: "a 20mph zone". */
const ZONES = new Set(['zone', 'zones']);

// prettier-ignore
/** Words before "at 18 months" that make it a level, not an age: "waits stood at 18 weeks". */
const LEVEL_BEFORE_AT = new Set([
  'stood', 'stands', 'stand', 'standing', 'set', 'capped', 'fixed', 'held', 'kept', 'estimated',
  'put', 'pegged', 'remained', 'remains', 'unchanged', 'steady', 'is', 'was', 'are', 'were', 'be',
  'been', 'peaked', 'high', 'low', 'record', 'average', 'median', 'limit', 'limited',
]);

/** "lost US$485 million" is a loss, an amount; "lost 2%" and "lost 12 seats" are movements. */
const LOSS = new Set(['lose', 'loses', 'lost', 'losing']);

/** Verbs that put a level with no direction of their own: "taking the bill to £1,568". */
const LEVELLERS = new Set([
  'taking', 'take', 'takes', 'took', 'bringing', 'bring', 'brings', 'brought', 'pushing', 'push',
  'pushed', 'putting', 'leaving', 'left', 'sending', 'sent',
]); // prettier-ignore

/** Words between the comma and a change in apposition: ", up 24%", ", a 41% rise", ", about 50% higher". */
const APPOSITION_LEADS = new Set([
  'up', 'down', 'a', 'an', 'by', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'just',
]); // prettier-ignore

/** Punctuation and words that end or join a clause: a level beyond them is not the one changed. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')']);
const CLAUSE_JOINS = new Set([
  'and', 'but', 'while', 'whereas', 'although', 'though', 'which', 'before', 'after', 'as', 'when',
]); // prettier-ignore

/** Words after "than" that name an earlier or usual level: "than a year earlier", "than the average". */
const EARLIER_WORDS = new Set([
  'earlier', 'ago', 'last', 'before', 'previous', 'previously', 'prior', 'average', 'usual',
  'normal', 'then', 'pre-pandemic', 'pre-crisis', 'predecessor', 'predecessors',
]); // prettier-ignore

/** What a share is of, between it and its earlier level: "104% of GDP, from 98%". */
const ACRONYMS = new Set(['GDP', 'GNP', 'GVA', 'CPI', 'RPI']);

/** Prepositions before the period a change took: "trebled in two years to". */
const PERIOD_PREPOSITIONS = new Set(['in', 'over', 'within']);
const PERIOD_FILLERS = new Set(['the', 'past', 'last', 'first']);

/** The periods of a recurring amount: "£150 a year", "$2 an hour". */
const PERIODS = new Set(['year', 'month', 'week', 'day', 'hour']);

/** Verbs of where a market ended, between "to" and "at": "to close at 18,764". */
const CLOSES = new Set(['close', 'end', 'finish', 'settle', 'stand', 'trade']);

/** Prepositions that open when or where a change happened: "rose 0.7pc in September to". */
const ADJUNCTS = new Set([
  'in', 'on', 'over', 'during', 'since', 'across', 'this', 'last', 'against', 'versus', 'year',
  'month', 'quarter',
]); // prettier-ignore

/** The object of a leveller that only grows: "bringing the total to", "taking the death toll to". */
const TOTALS = new Set(['total', 'tally', 'toll']);

const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'be']);

/** "the number of", "the total of": what follows is what a figure later counts. */
/** Counts whose noun a later bare figure of the sentence may leave out. */
const COUNTED = new Set<Unit | undefined>(['people', 'countries', 'vehicles']);

/** Words after a bare count that leave its noun out: "3 of them", "40 were freed". */
const ELLIPSIS_FOLLOWERS = new Set(['of', 'were', 'are', 'remain', 'remained']);

/** Nouns for a gathering of persons: the figure after "a crowd of" counts people (rules, 5). */
const GATHERINGS = new Set([
  'crowd',
  'crowds',
  'attendance',
  'audience',
  'congregation',
  'gathering',
]);

const COUNT_NOUNS = new Set(['number', 'numbers', 'total', 'count', 'tally', 'population']);

/** Verbs only persons take, before a bare count: "killing three people and wounding seven". */
const PERSON_VERBS_BEFORE = new Set([
  'kill', 'kills', 'killing', 'killed', 'wounding', 'wounded', 'injuring', 'injured', 'kidnapping', 'kidnapped',
  'abducting', 'abducted', 'arresting', 'arrested', 'rescuing', 'rescued', 'evacuating',
  'evacuated', 'detaining', 'detained', 'executing', 'executed',
]); // prettier-ignore

/** Words before a figure that make a change noun after it its own: "a 3 percent drop". */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'our',
]);

/** Verbs only persons take, after a count: "12 were killed", "one was wounded". */
const PERSON_VERBS = new Set([
  'killed',
  'wounded',
  'injured',
  'hurt',
  'arrested',
  'detained',
  'rescued',
  'evacuated',
  'displaced',
  'abducted',
  'kidnapped',
  'missing',
  'dead',
  'hospitalised',
  'hospitalized',
  'drowned',
  'died',
  'executed',
]);

/** Every quantity mention in `text`, in order; with `{ all: true }` the excluded numbers too. */
export function scanQuantities(text: string, options: ScanOptions = {}): QuantityMatch[] {
  return new Scanner(text, options.all === true, false, options.sentenceStops).run();
}

/**
 * The single quantity a curator's mention states (the first one found), or
 * undefined. A mention is read loosely: a lone "one" counts, and when the
 * only number is one the scanner would skip (a bare "2000" reads as a
 * year), it is returned with `excluded` set.
 */
export function parseMention(mention: string): QuantityMatch | undefined {
  const found = new Scanner(mention, true, true).run();
  return found.find((m) => !m.excluded) ?? found[0];
}
