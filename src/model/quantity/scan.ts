/**
 * The scanner: walks the tokens once and, at each token that can open a
 * number, reads the number, then looks a few tokens back for a currency sign
 * and a qualifier ("more than $") and forward for a range, a unit and a
 * suffix qualifier ("to 16 barrels per day", "or more"). Whatever it reads is
 * consumed, so each token belongs to at most one match.
 */
import type { Qualifier, Unit } from '../schema';
import { classifyDigits, yearLike } from './exclusions';
import {
  AGE_WORDS,
  CHANGE_WORDS,
  ONES,
  ORDINAL_WORDS,
  SCALE_WORDS,
  TEENS,
  TENS,
  TIME_WORDS,
  VAGUE_PLURALS,
} from './lexicon';
import { clean, readDigits, readFraction, readWords } from './numbers';
import type { NumberCore } from './numbers';
import { readPrefix, readSuffix } from './qualifiers';
import type { QualifierRead } from './qualifiers';
import { isHyphen, isMinus, tokenize, Tokens } from './tokens';
import type { ExclusionReason, QuantityMatch, ScanOptions } from './types';
import { guessUnitAhead, readCurrencyBefore, readUnit } from './units';
import type { CurrencyRead, UnitRead } from './units';
import { readVague } from './vague';

const SPAN_UNITS = new Set<Unit>(['minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/** Words that can open a number; every other word is skipped with one lookup. */
const TRIGGERS = new Set<string>([
  ...ONES.keys(),
  ...TEENS.keys(),
  ...TENS.keys(),
  ...VAGUE_PLURALS.keys(),
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
]);

interface Found {
  match?: QuantityMatch;
  /** One past the last token consumed. */
  to: number;
}

interface Numbers {
  value?: number;
  low?: number;
  high?: number;
}

function numbersFor(qualifier: Qualifier, v: number): Numbers {
  switch (qualifier) {
    case 'exact':
    case 'approx':
      return { value: v };
    case 'at_least':
    case 'more_than':
      return { low: v };
    default:
      return { high: v };
  }
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

class Scanner {
  private tl: Tokens = new Tokens([]);
  /** Tokens before this index belong to an earlier match. */
  private floor = 0;

  constructor(
    private readonly text: string,
    private readonly all: boolean,
    /** Reading a curator's mention: a lone "one" is a number there. */
    private readonly loose: boolean,
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
      const list = tokenize(text, from, to);
      const limit = last ? list.length : list.length - MARGIN;
      let i = 0;
      while (i < list.length && list[i]!.start < resume) i++;
      if (!last && i >= limit) {
        size *= 2;
        continue;
      }
      size = CHUNK;
      this.tl = new Tokens(list);
      this.floor = 0;
      while (this.floor < list.length && list[this.floor]!.start < floorAt) this.floor++;
      i = this.scanTokens(i, limit, out);
      const next = list[i];
      resume = next ? next.start : to;
      floorAt = this.floor < list.length ? list[this.floor]!.start : to;
      if (last) break;
      from = list[Math.max(0, i - LOOKBACK)]!.start;
    }
    return out;
  }

  /** Scans tokens [i, limit); returns the first token not scanned. */
  private scanTokens(i: number, limit: number, out: QuantityMatch[]): number {
    const list = this.tl.list;
    while (i < limit) {
      const t = list[i]!;
      if (
        t.kind === 'num' ||
        (t.kind === 'word' && (TRIGGERS.has(t.lower) || (this.all && ORDINAL_WORDS.has(t.lower))))
      ) {
        const found = this.matchAt(i);
        if (found) {
          if (found.match && (this.all || !found.match.excluded)) out.push(found.match);
          i = this.floor = Math.max(found.to, i + 1);
          continue;
        }
      }
      i++;
    }
    return i;
  }

  private matchAt(i: number): Found | undefined {
    const tl = this.tl;
    const t = tl.at(i);
    if (t.kind === 'num') return this.digitsAt(i, undefined);
    const l = t.lower;
    const v = readVague(tl, i);
    if (v) return this.vague(v.from, v.to, v.low, v.high);
    if (l === 'minus' && tl.at(i + 1).kind === 'num') return this.digitsAt(i + 1, i);
    const f = readFraction(tl, i);
    if (f) return this.number(f, undefined, undefined);
    const w = readWords(tl, i);
    if (w) return this.number(w, undefined, undefined);
    if (this.all && ORDINAL_WORDS.has(l)) {
      return {
        match: this.build(i, i + 1, 'exact', ORDINAL_WORDS.get(l)!, {}, 'ordinal'),
        to: i + 1,
      };
    }
    return undefined;
  }

  /** Digits at i; `negative` is the token of a minus sign or "minus" before them. */
  private digitsAt(i: number, negative: number | undefined): Found | undefined {
    const tl = this.tl;
    const t = tl.at(i);
    if (negative === undefined) {
      const p = tl.at(i - 1);
      if (
        i - 1 >= this.floor &&
        p.kind === 'punct' &&
        isMinus(p.text) &&
        !t.gap &&
        (p.gap || tl.at(i - 2).text === '(')
      ) {
        negative = i - 1;
      }
    }
    const currency = negative === undefined ? readCurrencyBefore(tl, i, this.floor) : undefined;
    const c = readDigits(tl, i, currency !== undefined);
    if (negative !== undefined) {
      c.raw = -c.raw;
      c.value = -c.value;
      c.from = negative;
    }
    return this.number(c, currency, negative);
  }

  private number(
    c: NumberCore,
    currency: CurrencyRead | undefined,
    negative: number | undefined,
  ): Found | undefined {
    const tl = this.tl;
    const digits = !c.words;
    const numIndex = negative !== undefined ? c.from + 1 : c.from;
    const u1: UnitRead = c.percent ? { to: c.to } : readUnit(tl, c.to);
    const guessed = u1.unit === undefined ? guessUnitAhead(tl, u1.to) : undefined;

    if (digits && negative === undefined) {
      const quantity =
        currency !== undefined ||
        c.scale > 1 ||
        u1.unit !== undefined ||
        guessed !== undefined ||
        c.unit !== undefined;
      const ex = classifyDigits(tl, { ...c, from: numIndex }, quantity);
      if (ex) {
        const from = Math.max(this.floor, Math.min(ex.from ?? c.from, currency?.from ?? c.from));
        return this.excluded(from, ex.to, c.value, ex.reason);
      }
    }
    if (c.words && !this.loose) {
      if (tl.at(c.from).cap && !tl.sentenceStart(c.from)) {
        return this.excluded(c.from, c.to, c.value, 'name');
      }
      if (!c.percent && TIME_WORDS.has(tl.at(c.to).lower)) {
        return this.excluded(c.from, c.to + 1, c.value, 'time');
      }
    }
    // "a 45-year-old", "45 years old"; "3.2 million years old" is a span, not a person's age.
    if (u1.age && c.value <= 130) return this.excluded(c.from, u1.to, c.value, 'age');

    let from = currency?.from ?? c.from;
    let unit: Unit | undefined = c.unit ?? currency?.unit;
    let prefix = readPrefix(tl, from, this.floor);
    if (prefix && this.overMeansDuring(prefix, u1)) prefix = undefined;
    const opener = prefix ? prefix.at : from;
    const between = opener - 1 >= this.floor && tl.is(opener - 1, 'between');
    const fromWord = opener - 1 >= this.floor && tl.is(opener - 1, 'from');

    // "one in five": a share.
    if (!c.percent && c.scale === 1 && Number.isInteger(c.value) && c.value >= 1) {
      const r = this.ratio(c);
      if (r) {
        return this.finish(prefix?.at ?? from, r.to, prefix, undefined, r.value, 'percent', true);
      }
    }

    if (!c.percent) {
      const range = this.range(c, u1, currency, between, fromWord ? -1 : opener - 1);
      if (range) {
        const start = between || fromWord ? opener - 1 : (prefix?.at ?? from);
        return {
          match: this.build(start, range.to, 'range', 0, {
            low: range.low,
            high: range.high,
            unit: range.unit ?? u1.unit ?? unit ?? this.ageUnit(from),
          }),
          to: range.to,
        };
      }
    }

    // Unit, suffix qualifier, unit again: "40 or more people", "40 people or more", "40-odd people".
    let to = u1.to;
    unit ??= u1.unit;
    let suffix: Qualifier | undefined = u1.qualifier;
    for (let pass = 0; pass < 2; pass++) {
      const s = readSuffix(tl, to);
      if (s) {
        suffix ??= s.qualifier;
        to = s.at;
      }
      const u = readUnit(tl, to);
      if (u.to > to && !u.age) {
        unit ??= u.unit;
        suffix ??= u.qualifier;
        to = u.to;
      }
      if (!s) break;
    }
    unit ??= guessed ?? (c.percent ? 'percent' : undefined) ?? this.ageUnit(from);

    if (c.bareOne && !this.loose) {
      const counted = unit !== undefined && (u1.unit !== undefined || guessed !== undefined);
      const qualified = prefix !== undefined && !tl.is(prefix.at, 'some') && !tl.is(c.to, 'of');
      if (!counted && !qualified && suffix === undefined) return undefined;
    }
    if (negative !== undefined) from = negative;
    return this.finish(
      prefix?.at ?? from,
      to,
      prefix,
      suffix,
      c.value,
      unit,
      c.approximate === true,
    );
  }

  private finish(
    from: number,
    to: number,
    prefix: QualifierRead | undefined,
    suffix: Qualifier | undefined,
    value: number,
    unit: Unit | undefined,
    approximate: boolean,
  ): Found {
    const qualifier: Qualifier = prefix?.qualifier ?? suffix ?? 'exact';
    return {
      match: this.build(from, to, qualifier, value, { unit, approximate }),
      to,
    };
  }

  /**
   * "travelled 6.4 billion km over 10 years", "over three days": "over" is
   * "during" or "across" after another figure or before a span of time,
   * unless "for over", "in over" make it "more than".
   */
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

  /** "(ages 12 to 16)": the figure is in years. */
  private ageUnit(from: number): Unit | undefined {
    const tl = this.tl;
    let k = from - 1;
    if (tl.is(k, 'of')) k--;
    const p = tl.at(k);
    return p.kind === 'word' && AGE_WORDS.has(p.lower) ? 'years' : undefined;
  }

  /** "one in five", "1 in 3", "nine in 10 people". */
  private ratio(c: NumberCore): { value: number; to: number } | undefined {
    const tl = this.tl;
    let k = c.to;
    if (!tl.is(k, 'in')) return undefined;
    k++;
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
    if (u !== undefined && u !== 'people' && u !== 'countries') return undefined;
    if (SCALE_WORDS.has(after.lower)) return undefined;
    return { value: (100 * c.value) / y.value, to: y.to };
  }

  /** The second half of "12 to 16", "360,000-370,000 bpd", "between 40 and 50", "two or three". */
  private range(
    c1: NumberCore,
    u1: UnitRead,
    currency: CurrencyRead | undefined,
    between: boolean,
    /** The token before the mention; -1 after "from". */
    before: number,
  ): { low: number; high: number; to: number; unit?: Unit } | undefined {
    const tl = this.tl;
    if (u1.age || u1.qualifier) return undefined;
    const ownUnit = u1.unit !== undefined || currency !== undefined;
    const k = u1.to;
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
      if (ok && conn.lower === 'to' && ownUnit && before >= 0) {
        if (tl.is(before, 'by') || CHANGE_WORDS.has(tl.at(before).lower)) ok = false;
      }
    }
    if (!ok) return undefined;
    let j = k + 1;
    const sign = tl.at(j);
    if (sign.kind === 'punct' && (sign.text === '$' || sign.text === '£' || sign.text === '€')) j++;
    else if ((sign.lower === 'us' || sign.lower === 'u.s.') && tl.at(j + 1).text === '$') j += 2;
    const second = tl.at(j);
    const c2 =
      second.kind === 'num'
        ? readDigits(tl, j, currency !== undefined || j > k + 1)
        : readWords(tl, j);
    if (!c2 || c2.excluded) return undefined;
    if (c2.words && tl.at(j).cap && !tl.sentenceStart(j)) return undefined;
    let low = c1.value;
    // "1.5 to 2 million", "$5-10 billion": the scale of the second applies to both.
    if (c1.scale === 1 && c2.scale > 1 && c1.raw < c2.raw) low = clean(c1.raw * c2.scale);
    const high = c2.value;
    if (!(low < high)) return undefined;
    if (TIME_WORDS.has(tl.at(c2.to).lower)) return undefined;
    const u2 = readUnit(tl, c2.to);
    if (u2.age || u2.qualifier) return undefined;
    // "12.5 percent to 8.6 million": two figures in different units.
    if (u1.unit !== undefined && u2.unit !== u1.unit) return undefined;
    if (!c2.words && c2.scale === 1 && yearLike(second) && u2.unit === undefined) return undefined;
    const unit = c2.unit ?? u2.unit ?? u1.unit ?? c1.unit ?? currency?.unit;
    return { low, high, to: u2.to, unit: unit ?? guessUnitAhead(tl, u2.to) };
  }

  private vague(from: number, to: number, low: number, high: number): Found {
    const tl = this.tl;
    let unit: Unit | undefined;
    if (tl.is(to, 'of')) {
      const u = readUnit(tl, to + 1);
      if (u.unit !== undefined && !u.age) {
        unit = u.unit;
        to = u.to;
      } else {
        unit = guessUnitAhead(tl, to + 1);
      }
    } else {
      const u = readUnit(tl, to);
      if (u.unit !== undefined && !u.age) {
        unit = u.unit;
        to = u.to;
      } else {
        unit = guessUnitAhead(tl, to);
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
    const nums: Numbers =
      qualifier === 'range' || qualifier === 'vague'
        ? { low: extra.low, high: extra.high }
        : numbersFor(qualifier, value);
    const m: QuantityMatch = {
      start,
      end,
      mention: this.text.slice(start, end),
      ...nums,
      qualifier,
    };
    if (extra.unit !== undefined) m.unit = extra.unit;
    if (extra.approximate) m.approximate = true;
    if (excluded !== undefined) m.excluded = excluded;
    return m;
  }
}

/** Every quantity mention in `text`, in order; with `{ all: true }` the excluded numbers too. */
export function scanQuantities(text: string, options: ScanOptions = {}): QuantityMatch[] {
  return new Scanner(text, options.all === true, false).run();
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
