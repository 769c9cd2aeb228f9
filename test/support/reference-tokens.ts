/**
 * The tokenizer as it was before its tokens were kept in typed arrays and
 * made on first reading (src/model/quantity/token-table.ts, tokens.ts): one
 * object per token, every word sliced and lower-cased. The tests hold the
 * fast tokenizer to it token by token. It shares no code with the tokenizer
 * it checks, its character classes included: a shared mistake would pass.
 */
import type { Token } from '../../src/model/quantity/tokens';

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
 * Tokens of text[from, to). `from` must start a token (or follow
 * whitespace); `gap` and `nl` of the first token look back past it.
 */
export function referenceTokens(text: string, from = 0, to = text.length): Token[] {
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
      for (;;) {
        while (i < n && classOf(text.charCodeAt(i)) === LETTER) i++;
        if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isLetterAt(text, i + 1)) {
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
        if (j > i) i = text.charCodeAt(j) === 46 ? j + 1 : j;
      }
      const raw = text.slice(start, i);
      const lower = raw.toLowerCase();
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
