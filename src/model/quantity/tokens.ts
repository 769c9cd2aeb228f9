/**
 * The tokens the grammar reads: words, numbers and single punctuation marks,
 * found by one pass over the text (token-table.ts). The grammar works on
 * these tokens, never on the raw string, so no regular expression ever runs
 * over a whole article. A token's strings and number are made the first
 * time the grammar reads it: it reads only the few tokens around each
 * figure and each word that may open one.
 */
import { COMMAS, DECIMAL, GAP, NL, NUM, PLAIN, PUNCT, UPPER } from './token-table';
import type { TokenTable } from './token-table';

export { tokenize } from './token-table';

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

/** Kinds by TokenTable.kind. */
const KINDS: readonly TokenKind[] = ['word', 'num', 'punct'];

/**
 * A token as the grammar reads it. Its flags stay one number, read by
 * getters: the grammar makes about a third of a text's tokens, and an object
 * of four booleans more cost a good part of making them.
 */
class MadeToken implements Token {
  constructor(
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    readonly cap: boolean,
    readonly num: number,
    private readonly flags: number,
  ) {}

  get gap(): boolean {
    return (this.flags & GAP) !== 0;
  }

  get nl(): boolean {
    return (this.flags & NL) !== 0;
  }

  get commas(): boolean {
    return (this.flags & COMMAS) !== 0;
  }

  get decimal(): boolean {
    return (this.flags & DECIMAL) !== 0;
  }
}

export const END: Token = new MadeToken('end', 0, 0, '', '', false, NaN, GAP | NL);

/**
 * The tokens of a table with safe look-around: out of range gives END. Each
 * token is made on its first reading and kept for the next.
 */
export class Tokens {
  readonly length: number;
  private readonly made: (Token | undefined)[];

  constructor(
    private readonly text: string,
    readonly table: TokenTable,
  ) {
    this.length = table.length;
    this.made = new Array<Token | undefined>(table.length);
  }

  at(i: number): Token {
    if (i < 0 || i >= this.length) return END;
    return (this.made[i] ??= this.make(i));
  }

  private make(i: number): Token {
    const { text, table } = this;
    const kind = table.kind[i]!;
    const flags = table.flags[i]!;
    const start = table.start[i]!;
    const end = table.end[i]!;
    let raw: string;
    let lower: string;
    let cap = false;
    let num = NaN;
    if (kind === NUM) {
      raw = lower = text.slice(start, end);
      num = Number(flags & COMMAS ? raw.replaceAll(',', '') : raw);
    } else if (kind === PUNCT) {
      raw = lower = text.slice(start, end);
    } else {
      if (flags & PLAIN) {
        const hash = table.hash[i]!;
        raw = intern(RAW, text, start, end, hash, false);
        lower = flags & UPPER ? intern(LOWER, text, start, end, hash, true) : raw;
      } else {
        raw = text.slice(start, end);
        lower = raw.toLowerCase();
      }
      const c0 = raw.charCodeAt(0);
      cap = (c0 >= 65 && c0 <= 90) || (c0 >= 128 && raw[0] !== raw[0]!.toLowerCase());
    }
    return new MadeToken(KINDS[kind]!, start, end, raw, lower, cap, num, flags);
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
