/**
 * One pass over the text that cuts it into words, numbers and single
 * punctuation marks. The grammar works on these tokens, never on the raw
 * string, so no regular expression ever runs over a whole article.
 *
 * - Numbers keep their thousands separators ("360,000") and decimals ("1.6")
 *   in one token; a comma only joins groups of exactly three digits, so
 *   "3,4" stays three tokens. A decimal may start at its point (".002").
 * - Letters glued to digits are a separate token with `gap: false`
 *   ("25k", "3rd", "G20"), as is a hyphen ("66-nation", "3-1").
 * - Apostrophes inside words stay in the word ("o'clock"), and single-letter
 *   abbreviations keep their dots ("U.S.", "p.m.").
 */

export type TokenKind = 'word' | 'num' | 'punct' | 'end';

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text for words; the text itself otherwise. */
  readonly lower: string;
  /** Whitespace (or the start of the text) comes just before it. */
  readonly gap: boolean;
  /** That whitespace holds a line break. */
  readonly nl: boolean;
  /** A word starting with a capital letter. */
  readonly cap: boolean;
  /** For numbers, the value with separators dropped; NaN otherwise. */
  readonly num: number;
  /** For numbers: written with thousands separators. */
  readonly commas: boolean;
  /** For numbers: written with a decimal point. */
  readonly decimal: boolean;
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

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  return i < text.length && classOf(text.charCodeAt(i)) === LETTER;
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

/**
 * Words read again cost no new string: each distinct plain word is kept once,
 * as written and in lower case, in small open-addressed tables keyed by a hash
 * of its letters. News reuses a few thousand words, so most tokens of a long
 * text share strings already made; a crowded slot is simply overwritten.
 */
const WORDS = 1 << 15;
const PROBES = 4;
const RAW: (string | undefined)[] = new Array<string | undefined>(WORDS);
const LOWER: (string | undefined)[] = new Array<string | undefined>(WORDS);

function intern(
  table: (string | undefined)[],
  text: string,
  start: number,
  end: number,
  hash: number,
  lower: boolean,
): string {
  const length = end - start;
  let free = -1;
  for (let probe = 0, slot = hash & (WORDS - 1); probe < PROBES; probe++) {
    const word = table[slot];
    if (word === undefined) {
      free = slot;
      break;
    }
    if (word.length === length && sameLetters(word, text, start, lower)) return word;
    slot = (slot + 1) & (WORDS - 1);
  }
  const word = lower ? text.slice(start, end).toLowerCase() : text.slice(start, end);
  table[free === -1 ? hash & (WORDS - 1) : free] = word;
  return word;
}

function sameLetters(word: string, text: string, start: number, lower: boolean): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (lower && c >= 65 && c <= 90) c += 32;
    if (word.charCodeAt(k) !== c) return false;
  }
  return true;
}

export const END: Token = {
  kind: 'end',
  start: 0,
  end: 0,
  text: '',
  lower: '',
  gap: true,
  nl: true,
  cap: false,
  num: NaN,
  commas: false,
  decimal: false,
};

/**
 * Tokens of text[from, to). `from` must start a token (or follow
 * whitespace); `gap` and `nl` of the first token look back past it.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = to;
  let i = from;
  // The whitespace before `from` decides the first token's gap and nl.
  let gap = from === 0 || classOf(text.charCodeAt(from - 1)) === SPACE;
  let nl = true;
  for (let k = from - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
    if (classOf(c) !== SPACE) {
      nl = false;
      break;
    }
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === SPACE) {
      gap = true;
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) nl = true;
      i++;
      continue;
    }
    const start = i;
    // A decimal may start at its point: ".002 per cent", "a .300 average", "−.42".
    const leadingPoint = c === 46 && isDigitAt(text, i + 1) && opensNumber(text, i);
    if (cls === DIGIT || leadingPoint) {
      while (i < n && isDigitAt(text, i)) i++;
      let commas = false;
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
          commas = true;
        }
      }
      let decimal = false;
      if (text.charCodeAt(i) === 46 && isDigitAt(text, i + 1)) {
        i += 2;
        while (i < n && isDigitAt(text, i)) i++;
        decimal = true;
      }
      const raw = text.slice(start, i);
      const num = Number(commas ? raw.replaceAll(',', '') : raw);
      tokens.push({
        kind: 'num',
        start,
        end: i,
        text: raw,
        lower: raw,
        gap,
        nl,
        cap: false,
        num,
        commas,
        decimal,
      });
    } else if (cls === LETTER) {
      // Plain ASCII words are interned by a hash of their letters, in lower case.
      let hash = 0;
      let plain = true;
      let upper = false;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (ASCII[d] !== LETTER) break;
            if (d <= 90) upper = true;
            hash = (Math.imul(hash, 31) + (d | 32)) | 0;
          } else if (classifyWide(d) === LETTER) {
            plain = false;
          } else {
            break;
          }
          i++;
        }
        if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isLetterAt(text, i + 1)) {
          plain = false;
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
          i = text.charCodeAt(j) === 46 ? j + 1 : j;
          plain = false;
        }
      }
      let raw: string;
      let lower: string;
      if (plain) {
        raw = intern(RAW, text, start, i, hash, false);
        lower = upper ? intern(LOWER, text, start, i, hash, true) : raw;
      } else {
        raw = text.slice(start, i);
        lower = raw.toLowerCase();
      }
      const c0 = raw.charCodeAt(0);
      tokens.push({
        kind: 'word',
        start,
        end: i,
        text: raw,
        lower,
        gap,
        nl,
        cap: (c0 >= 65 && c0 <= 90) || (c0 >= 128 && raw[0] !== raw[0]!.toLowerCase()),
        num: NaN,
        commas: false,
        decimal: false,
      });
    } else {
      // Keep surrogate pairs whole so that a token never splits a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const raw = text.slice(start, i);
      tokens.push({
        kind: 'punct',
        start,
        end: i,
        text: raw,
        lower: raw,
        gap,
        nl,
        cap: false,
        num: NaN,
        commas: false,
        decimal: false,
      });
    }
    gap = false;
    nl = false;
  }
  return tokens;
}

/** The token list with safe look-around: out of range gives END. */
export class Tokens {
  readonly list: Token[];
  readonly length: number;

  constructor(list: Token[]) {
    this.list = list;
    this.length = list.length;
  }

  at(i: number): Token {
    return (i >= 0 && i < this.length ? this.list[i] : undefined) ?? END;
  }

  /** Token i is the word w (lower case). */
  is(i: number, w: string): boolean {
    const t = this.at(i);
    return t.kind === 'word' && t.lower === w;
  }

  /** Token i is a hyphen or dash written with no space on either side. */
  gluedHyphen(i: number): boolean {
    const t = this.at(i);
    return t.kind === 'punct' && isHyphen(t.text) && !t.gap && !this.at(i + 1).gap;
  }

  /** Token i begins a sentence: after a full stop, at a line start, after an opening quote. */
  sentenceStart(i: number): boolean {
    // Opening quotes and brackets are skipped, a few at most: "“(Five".
    for (let k = i, skipped = 0; skipped <= 3; k--, skipped++) {
      if (k <= 0 || this.at(k).nl) return true;
      const p = this.at(k - 1);
      if (p.kind !== 'punct') return false;
      if ('.!?:;'.includes(p.text)) return true;
      // "BEIRUT (Reuters) - Five people" and em-dash asides.
      if (p.gap && isDash(p.text)) return true;
      if (!'"“‘\'([«'.includes(p.text)) return false;
    }
    return false;
  }
}

export function isHyphen(s: string): boolean {
  return s === '-' || s === '‐' || s === '‑';
}

export function isDash(s: string): boolean {
  return s === '-' || s === '–' || s === '—' || s === '‐' || s === '‑';
}

export function isMinus(s: string): boolean {
  return s === '-' || s === '−';
}
