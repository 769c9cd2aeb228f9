/**
 * The tokenizer's one pass over the text: it cuts the text into words,
 * numbers and single punctuation marks and records each token's kind,
 * offsets and flags in typed arrays, with a hash of the letters of each
 * plain word. It makes no string and no object: the grammar reads only the
 * few tokens around a figure, so a token's strings are made when it is read
 * (tokens.ts), and most tokens of a news text never are.
 *
 * - Numbers keep their thousands separators ("360,000") and decimals ("1.6")
 *   in one token; a comma only joins groups of exactly three digits, so
 *   "3,4" stays three tokens. A decimal may start at its point (".002").
 * - Letters glued to digits are a separate token with no gap before it
 *   ("25k", "3rd", "G20"), as is a hyphen ("66-nation", "3-1").
 * - Apostrophes inside words stay in the word ("o'clock"), and single-letter
 *   abbreviations keep their dots ("U.S.", "p.m.").
 */

import { isSentenceStop } from '../text/sentence-breaks';
import type { SentenceStops } from '../text/sentence-breaks';

/** Token kinds, as stored in TokenTable.kind. */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;

// Bits of TokenTable.flags.
/** Whitespace (or the start of the text) comes just before the token. */
export const GAP = 1;
/** That whitespace holds a line break. */
export const NL = 2;
/** A word of ASCII letters only: its hash is that of its lower-case letters. */
export const PLAIN = 4;
/** A plain word with a capital letter in it: its lower case differs. */
export const UPPER = 8;
/** A number written with thousands separators. */
export const COMMAS = 16;
/** A number written with a decimal point. */
export const DECIMAL = 32;

/**
 * The tokens of a text, one entry per token in each array; the first
 * `length` entries are in use. A table can be filled again by the next
 * tokenize: allocating its arrays for every text cost more than filling them.
 */
export class TokenTable {
  length = 0;
  kind: Uint8Array;
  flags: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** For plain words: wordHash of the word's lower-case letters. */
  hash: Int32Array;
  /**
   * With a filter given to tokenize: the tokens that may open a number, in
   * order (every number, and every word the filter does not rule out); the
   * first `openings` entries are in use.
   */
  opening: Int32Array;
  openings = 0;

  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.hash = new Int32Array(capacity);
    this.opening = new Int32Array(capacity);
  }

  /** Makes room for `capacity` tokens; what the table held is lost. */
  reserve(capacity: number): void {
    if (capacity <= this.kind.length) return;
    const size = Math.max(capacity, 2 * this.kind.length);
    this.kind = new Uint8Array(size);
    this.flags = new Uint8Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.hash = new Int32Array(size);
    this.opening = new Int32Array(size);
  }
}

const SPACE = 0;
const DIGIT = 1;
const LETTER = 2;
const OTHER = 3;

// ASCII classes in a table; everything above 127 goes through classifyWide.
const ASCII = new Uint8Array(128).fill(OTHER);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = SPACE;
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;
for (let c = 65; c <= 90; c++) ASCII[c] = LETTER;
for (let c = 97; c <= 122; c++) ASCII[c] = LETTER;

function classifyWide(c: number): number {
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028) return SPACE;
  if (c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return SPACE;
  // Latin-1 symbols, general punctuation (dashes, quotes), currency signs,
  // arrows and maths operators are punctuation; the rest are letters.
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return OTHER;
  if (c >= 0x2010 && c <= 0x2bff) return OTHER;
  if (c >= 0x3001 && c <= 0x303f) return OTHER;
  return LETTER;
}

function classOf(c: number): number {
  return c < 128 ? (ASCII[c] as number) : classifyWide(c);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  return i < text.length && classOf(text.charCodeAt(i)) === LETTER;
}

/** The hash of a lower-case ASCII letter added to the hash of the letters before it. */
function hashStep(hash: number, lowerLetter: number): number {
  return (Math.imul(hash, 31) + lowerLetter) | 0;
}

/** The hash a plain word's token carries, for words of ASCII letters ("the", "Million"). */
export function wordHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k) | 32);
  return hash;
}

/**
 * A full stop at i can open a number (".5") after whitespace or an opening
 * sign, not after a letter, a digit or another full stop ("U.S.5", "3.5",
 * "…5").
 */
function opensNumber(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  const cls = classOf(p);
  return cls === SPACE || (cls === OTHER && p !== 46 && p !== 0x2026);
}

/** Where the whitespace before `from` puts the first token: its GAP and NL flags. */
function flagsBefore(text: string, from: number): number {
  let flags = from === 0 || classOf(text.charCodeAt(from - 1)) === SPACE ? GAP : 0;
  let nl = true;
  for (let k = from - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (isLineBreak(c)) break;
    if (classOf(c) !== SPACE) {
      nl = false;
      break;
    }
  }
  if (nl) flags |= NL;
  return flags;
}

/** Adds text[k] (the character c) to `stops` when it is a sentence stop past those already noted. */
function noteStop(stops: SentenceStops | undefined, k: number, c: number): void {
  if (stops && k >= stops.to && isSentenceStop(c)) stops.push(k);
}

/**
 * The tokens of text[from, to), in `into` when given (what it held is
 * replaced). `from` must start a token (or follow whitespace); the GAP and NL
 * flags of the first token look back past it. With `openers`, the tokens
 * that may open a number are listed too (TokenTable.opening): the pass has
 * each word's hash at hand, where a loop over the table afterwards read it
 * again for every token. With `stops`, the characters the sentence rules
 * stop at are noted, past those noted by an earlier call (a chunk that
 * overlaps the last): this pass reads every character, and the sentence
 * splitter then needs no pass of its own. None is an ASCII letter, digit or
 * space, so the loops over those need no test.
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  into?: TokenTable,
  openers?: WordFilter,
  stops?: SentenceStops,
): TokenTable {
  // A token is at least one character long: there are at most to - from of them.
  const capacity = Math.max(0, to - from);
  const table = into ?? new TokenTable(capacity);
  table.reserve(capacity);
  const { kind, flags: flagsOf, start: starts, end: ends, hash: hashes, opening } = table;
  let length = 0;
  let openings = 0;
  const n = to;
  let i = from;
  let flags = flagsBefore(text, from);
  while (i < n) {
    const c = text.charCodeAt(i);
    // The space between words first: a third of all characters.
    if (c === 32) {
      flags |= GAP;
      i++;
      continue;
    }
    const cls = classOf(c);
    if (cls === SPACE) {
      flags |= isLineBreak(c) ? GAP | NL : GAP;
      noteStop(stops, i, c);
      i++;
      continue;
    }
    const start = i;
    // A decimal may start at its point: ".002 per cent", "a .300 average", "−.42".
    const leadingPoint = c === 46 && isDigitAt(text, i + 1) && opensNumber(text, i);
    if (cls === DIGIT || leadingPoint) {
      while (i < n && isDigitAt(text, i)) i++;
      if (i - start <= 3 && !leadingPoint) {
        // Groups of exactly three digits: "360,000" but not "3,4" or "1,2345".
        while (
          text.charCodeAt(i) === 44 &&
          isDigitAt(text, i + 1) &&
          isDigitAt(text, i + 2) &&
          isDigitAt(text, i + 3) &&
          !isDigitAt(text, i + 4)
        ) {
          i += 4;
          flags |= COMMAS;
        }
      }
      if (text.charCodeAt(i) === 46 && isDigitAt(text, i + 1)) {
        noteStop(stops, i, 46);
        i += 2;
        while (i < n && isDigitAt(text, i)) i++;
        flags |= DECIMAL;
      }
      kind[length] = NUM;
      if (openers) opening[openings++] = length;
    } else if (cls === LETTER) {
      // Plain ASCII words carry a hash of their letters, in lower case.
      let hash = 0;
      let plain = true;
      let upper = false;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          // Lower-case letters first, by range: most letters of a text, and
          // no table to read.
          if (d >= 97 && d <= 122) {
            hash = hashStep(hash, d);
          } else if (d >= 65 && d <= 90) {
            upper = true;
            hash = hashStep(hash, d | 32);
          } else if (d < 128) {
            break;
          } else if (classifyWide(d) === LETTER) {
            plain = false;
            noteStop(stops, i, d);
          } else {
            break;
          }
          i++;
        }
        if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isLetterAt(text, i + 1)) {
          plain = false;
          noteStop(stops, i, text.charCodeAt(i));
          i++;
          continue;
        }
        break;
      }
      // Single-letter abbreviations keep their dots: "U.S.", "p.m.", "U.N.".
      if (i - start === 1 && text.charCodeAt(i) === 46 && isLetterAt(text, i + 1)) {
        let j = i;
        while (text.charCodeAt(j) === 46 && isLetterAt(text, j + 1) && !isLetterAt(text, j + 2)) {
          j += 2;
        }
        if (j > i) {
          // Its dots, each a terminator to the sentence rules, and its letters.
          for (let k = i; k < j; k++) noteStop(stops, k, text.charCodeAt(k));
          if (text.charCodeAt(j) === 46) {
            noteStop(stops, j, 46);
            j++;
          }
          i = j;
          plain = false;
        }
      }
      kind[length] = WORD;
      if (plain) {
        flags |= upper ? PLAIN | UPPER : PLAIN;
        hashes[length] = hash;
      }
      if (openers && (!plain || openers.mayHoldHash(hash))) opening[openings++] = length;
    } else {
      // Keep surrogate pairs whole so that a token never splits a character.
      noteStop(stops, i, c);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        noteStop(stops, i + 1, text.charCodeAt(i + 1));
        i += 2;
      } else {
        i++;
      }
      kind[length] = PUNCT;
    }
    flagsOf[length] = flags;
    starts[length] = start;
    ends[length] = i;
    length++;
    flags = 0;
  }
  table.length = length;
  table.openings = openings;
  if (stops && n > stops.to) stops.to = n;
  return table;
}

/** Filter slots: a power of two, far more than the words of any filter. */
const FILTER_SLOTS = 1 << 16;

/**
 * A quick test of whether a word token may be one of a set of words, on its
 * hash alone: "no" is certain, "maybe" is checked against the word itself.
 * The grammar asks it of every word of the text, and most words are not
 * among the few hundred that can open a number.
 */
export class WordFilter {
  private readonly slots = new Uint8Array(FILTER_SLOTS);

  constructor(words: Iterable<string>) {
    // Only plain tokens are filtered by hash; any other word is always a "maybe".
    for (const word of words) {
      if (/^[a-z]+$/i.test(word)) this.slots[wordHash(word) & (FILTER_SLOTS - 1)] = 1;
    }
  }

  /** Token i of the table may be one of the words (its kind is not checked). */
  mayHold(table: TokenTable, i: number): boolean {
    return (table.flags[i]! & PLAIN) === 0 || this.mayHoldHash(table.hash[i]!);
  }

  /** A plain word of this wordHash may be one of the words. */
  mayHoldHash(hash: number): boolean {
    return this.slots[hash & (FILTER_SLOTS - 1)] === 1;
  }
}
