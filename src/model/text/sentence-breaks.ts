/**
 * Sentence boundaries as `Intl.Segmenter('en', {granularity: 'sentence'})`
 * finds them (ICU's implementation of the Unicode sentence rules, UAX #29),
 * at a fraction of the cost. ICU through Intl costs about 20 µs to start a
 * segmentation and copies its whole input at every step, which made it most
 * of the time `claims extract` spends. So the rules are applied here, in one
 * pass over the character classes, to every line whose characters all have a
 * class this module is sure of (Latin, Greek and Cyrillic letters, digits,
 * spaces, common punctuation and symbols); any other line (combining marks,
 * format characters, other scripts, emoji) is handed to ICU itself, a window
 * at a time. A test checks the two agree character by character and on
 * random text.
 *
 * UAX #29 breaks only after a paragraph separator or after a sentence
 * terminator with its closing punctuation and spaces (SB4, SB11), unless:
 * SB6 a full stop is followed by a digit; SB7 a full stop between letters is
 * followed by a capital ("U.S"); SB8 after a full stop, the next letter is
 * lower case; SB8a the next character continues the sentence (`,` `;` `-` …)
 * or ends it again.
 */

// Sentence_Break classes (UAX #29, table 4). Those from ATERM on are the ones
// the pass over a line stops at (terminators, line ends, the unknown): every
// other character costs that pass one comparison.
const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const OLETTER = 4;
const NUMERIC = 5;
const CLOSE = 6;
const SCONTINUE = 7;
const ATERM = 8;
const STERM = 9;
const CR = 10;
const LF = 11;
const SEP = 12;
/** Not sure: the line goes to ICU. */
const UNKNOWN = 13;
const NOT_COMPUTED = 255;

const CLASSES = new Uint8Array(0x10000).fill(NOT_COMPUTED);

function setAll(chars: string, cls: number): void {
  for (const ch of chars) CLASSES[ch.charCodeAt(0)] = cls;
}

for (let c = 0; c < 128; c++) CLASSES[c] = OTHER;
for (let c = 0; c < 32; c++) CLASSES[c] = UNKNOWN;
CLASSES[127] = UNKNOWN;
setAll('\t\v\f ', SP);
CLASSES[13] = CR;
CLASSES[10] = LF;
for (let c = 48; c <= 57; c++) CLASSES[c] = NUMERIC;
for (let c = 65; c <= 90; c++) CLASSES[c] = UPPER;
for (let c = 97; c <= 122; c++) CLASSES[c] = LOWER;
setAll('.', ATERM);
setAll('!?', STERM);
setAll('"\'()[]{}', CLOSE);
setAll(',-:;', SCONTINUE);
setAll('\u0085\u2028\u2029', SEP);
setAll('\u2024\ufe52\uff0e', ATERM);
// Beyond ASCII, only the characters UAX #29 names for SContinue are sure of it.
setAll(
  '\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64',
  SCONTINUE,
);

/** Blocks whose classes follow from general properties: Latin, Greek, Cyrillic, punctuation, symbols. */
function inKnownBlock(c: number): boolean {
  return (
    (c >= 0x80 && c <= 0x52f) ||
    (c >= 0x1e00 && c <= 0x1fff) ||
    (c >= 0x2000 && c <= 0x205f) ||
    (c >= 0x20a0 && c <= 0x20cf) ||
    (c >= 0x2190 && c <= 0x22ff)
  );
}

const MARK_OR_FORMAT = /[\p{M}\p{Cf}\p{Cn}\p{Cc}\p{Co}\p{Cs}]/u;
const SPACE = /\p{White_Space}/u;
const TERMINAL = /\p{Sentence_Terminal}/u;
const CLOSING = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u;
const LOWER_CASE = /\p{Lowercase}/u;
const UPPER_CASE = /[\p{Uppercase}\p{Lt}]/u;
const LETTER = /\p{Alphabetic}/u;
const DIGIT = /\p{Nd}/u;

function classifyWide(c: number): number {
  if (!inKnownBlock(c)) return UNKNOWN;
  const ch = String.fromCharCode(c);
  if (MARK_OR_FORMAT.test(ch)) return UNKNOWN;
  if (SPACE.test(ch)) return SP;
  if (TERMINAL.test(ch)) return STERM;
  if (CLOSING.test(ch)) return CLOSE;
  if (LOWER_CASE.test(ch)) return LOWER;
  if (UPPER_CASE.test(ch)) return UPPER;
  if (LETTER.test(ch)) return OLETTER;
  if (DIGIT.test(ch)) return NUMERIC;
  return OTHER;
}

function classOf(c: number): number {
  let cls = CLASSES[c]!;
  if (cls === NOT_COMPUTED) cls = CLASSES[c] = classifyWide(c);
  return cls;
}

/** Made on first use: loading ICU's sentence rules costs tens of milliseconds at start-up, and most texts never need them. */
let segmenter: Intl.Segmenter | undefined;

/** Lines longer than this go to ICU, so the classes of a line fit in a small array. */
const LONGEST_LINE = 1 << 16;

/** The classes of the line being read, shared by every call: one array, not one per text. */
const scratch = new Uint8Array(LONGEST_LINE);
/** Where the line's sentence terminators are, in order, so the rules visit only them. */
const terminators = new Int32Array(LONGEST_LINE);

/**
 * Where the sentence segments of `text` end, in order: segment k is
 * [ends[k - 1] ?? 0, ends[k]), trailing whitespace and line breaks included,
 * exactly as Intl.Segmenter gives them.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const n = text.length;
  let from = 0;
  while (from < n) {
    // A line, its paragraph separator included (CR LF is one): UAX #29 always breaks after it.
    let to = from;
    let known = true;
    let count = 0;
    /** Classes are kept up to here: to the end of the scratch array while they are all known. */
    let room = from + scratch.length;
    for (;;) {
      if (to >= n) break;
      const c = text.charCodeAt(to);
      const cls = c < 0xd800 || c > 0xdfff ? classOf(c) : UNKNOWN;
      if (cls < ATERM && to < room) {
        scratch[to - from] = cls;
        to++;
        continue;
      }
      if (known) {
        if (cls === UNKNOWN || to >= room) {
          known = false;
          room = -1;
        } else {
          scratch[to - from] = cls;
          if (cls === ATERM || cls === STERM) terminators[count++] = to - from;
        }
      }
      to++;
      if (cls === LF || cls === SEP) break;
      if (cls === CR) {
        if (text.charCodeAt(to) === 10) {
          if (known && to - from < scratch.length) scratch[to - from] = LF;
          to++;
        }
        break;
      }
    }
    if (known) byRules(scratch, terminators, count, from, to - from, ends);
    else byIcu(text, from, to, ends);
    from = to;
  }
  return ends;
}

/**
 * The UAX #29 rules over the classes cls[0, len) of a line starting at
 * `offset`, whose sentence terminators are at terms[0, count).
 */
function byRules(
  cls: Uint8Array,
  terms: Int32Array,
  count: number,
  offset: number,
  len: number,
  ends: number[],
): void {
  let start = 0;
  let i = 0;
  let t = 0;
  for (;;) {
    // Nothing but a terminator can end a sentence: on to the next one at or after i.
    while (t < count && terms[t]! < i) t++;
    if (t >= count) break;
    i = terms[t]!;
    const c = cls[i]!;
    let j = i + 1;
    if (c === ATERM) {
      const next = j < len ? cls[j] : OTHER;
      // SB6 "3.5"; SB7 "U.S".
      if (next === NUMERIC) {
        i = j;
        continue;
      }
      const before = i > 0 ? cls[i - 1] : OTHER;
      if ((before === UPPER || before === LOWER) && next === UPPER) {
        i = j;
        continue;
      }
    }
    // SB9, SB10: closing punctuation and spaces stay with the sentence.
    while (j < len && cls[j] === CLOSE) j++;
    while (j < len && cls[j] === SP) j++;
    if (j >= len) break;
    const next = cls[j]!;
    // A line break ends the line anyway (SB11 with its ParaSep).
    if (next === CR || next === LF || next === SEP) break;
    // SB8a: "etc., and", "?!".
    if (next === SCONTINUE || next === ATERM || next === STERM) {
      i = j;
      continue;
    }
    // SB8: after a full stop, no break if the next letter is lower case.
    if (c === ATERM) {
      let k = j;
      while (k < len) {
        const x = cls[k]!;
        if (x === LOWER || x === OLETTER || x === UPPER || x === ATERM || x === STERM) break;
        if (x === CR || x === LF || x === SEP) break;
        k++;
      }
      if (k < len && cls[k] === LOWER) {
        i = j;
        continue;
      }
    }
    ends.push(offset + j);
    start = j;
    i = j;
  }
  if (start < len) ends.push(offset + len);
}

/**
 * Where the characters of a text are that the pass over its lines stops at
 * (class ATERM and after: terminators, line ends, the unknown; and every
 * surrogate), in order, found by another pass over the text: the quantity
 * tokenizer's, which reads every character anyway (token-table.ts). With
 * them, `sentenceEndsAt` applies the same rules as `sentenceEnds` with no
 * pass of its own over the characters, which was a tenth of `claims
 * extract`.
 */
export class SentenceStops {
  at = new Int32Array(256);
  count = 0;
  /** The stops of text[0, to) are noted. */
  to = 0;

  push(k: number): void {
    if (this.count === this.at.length) {
      const grown = new Int32Array(2 * this.at.length);
      grown.set(this.at);
      this.at = grown;
    }
    this.at[this.count++] = k;
  }
}

/** Whether the character c is one of SentenceStops. */
export function isSentenceStop(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || classOf(c) >= ATERM;
}

/**
 * `sentenceEnds(text)`, from the text's SentenceStops: each line ends at its
 * line break stop; a line with an unknown stop, or too long, goes to ICU;
 * the rules read the classes of the few characters around each terminator.
 */
export function sentenceEndsAt(text: string, stops: SentenceStops): number[] {
  const ends: number[] = [];
  const n = text.length;
  const { at, count: total } = stops;
  let s = 0;
  let from = 0;
  while (from < n) {
    let to = n;
    /** The line's last character: its break, or the text's last. */
    let last = n - 1;
    let known = true;
    let count = 0;
    for (; s < total; s++) {
      const k = at[s]!;
      const c = text.charCodeAt(k);
      const cls = c >= 0xd800 && c <= 0xdfff ? UNKNOWN : classOf(c);
      if (cls === ATERM || cls === STERM) {
        if (k - from < LONGEST_LINE) terminators[count++] = k - from;
      } else if (cls === UNKNOWN) {
        known = false;
      } else {
        // CR, LF or a separator: CR LF is one break.
        last = k;
        to = cls === CR && text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
        break;
      }
    }
    // On to the stops of the next line (past the LF of a CR LF).
    while (s < total && at[s]! < to) s++;
    if (known && last - from < LONGEST_LINE)
      byRulesAt(text, terminators, count, from, to - from, ends);
    else byIcu(text, from, to, ends);
    from = to;
  }
  return ends;
}

/** byRules over the line text[offset, offset + len), its classes read from the text where wanted. */
function byRulesAt(
  text: string,
  terms: Int32Array,
  count: number,
  offset: number,
  len: number,
  ends: number[],
): void {
  // The rules read a line's classes at and just after its terminators: the
  // few they read are put in the scratch array, the rest never made.
  for (let t = 0; t < count; t++) {
    const i = terms[t]!;
    const from = i > 0 ? i - 1 : 0;
    for (let k = from; k <= i; k++) scratch[k] = classOf(text.charCodeAt(offset + k));
    // SB9 to SB8: on to the next letter, terminator or line break, which SB8 looks for.
    for (let k = i + 1; k < len; k++) {
      const cls = classOf(text.charCodeAt(offset + k));
      scratch[k] = cls;
      if (cls === LOWER || cls === OLETTER || cls === UPPER || cls === ATERM || cls === STERM)
        break;
      if (cls === CR || cls === LF || cls === SEP) break;
    }
  }
  byRules(scratch, terms, count, offset, len, ends);
}

// V8 copies the whole input of a Segments iterator on every step, so ICU is
// given a window at a time. A window starts at a boundary already found, and
// only boundaries at least MARGIN before its cut are kept, as ICU decides a
// boundary from a few characters after it. A window widened for one long
// segment gives only that segment: stepping on through it would copy the
// wide window once per short sentence after it.
const WINDOW = 2048;
const MARGIN = 512;

/** ICU's segments of text[from, end). */
function byIcu(text: string, from: number, end: number, ends: number[]): void {
  let width = WINDOW;
  while (from < end) {
    const to = Math.min(end, from + width);
    const last = to === end;
    let kept = from;
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
      const stop = from + index + segment.length;
      if (!last && stop > to - MARGIN) break;
      ends.push(stop);
      kept = stop;
      if (width > WINDOW) break;
    }
    // A segment too long for the window: retry with a wider one.
    width = kept === from ? width * 2 : WINDOW;
    from = kept;
  }
}
