/**
 * Qualifier words around a number: before it ("more than", "as many as",
 * "an estimated") and after it ("or more", "or so").
 */
import type { Qualifier } from '../schema';
import { INTENSIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from './lexicon';
import type { Tokens } from './tokens';

export interface QualifierRead {
  qualifier: Qualifier;
  /** First token of the qualifier (prefix) or one past its last (suffix). */
  at: number;
}

function matchesAt(tl: Tokens, k: number, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    const t = tl.at(k + w);
    if (t.kind !== 'word' && t.kind !== 'punct') return false;
    if (t.lower !== words[w]) return false;
  }
  return true;
}

// Patterns by their last word, longest first: one lookup per number instead of a scan of all.
const BY_LAST_WORD = new Map<string, (typeof PREFIX_QUALIFIERS)[number][]>();
for (const p of PREFIX_QUALIFIERS) {
  const last = p[0][p[0].length - 1]!;
  BY_LAST_WORD.set(last, [...(BY_LAST_WORD.get(last) ?? []), p]);
}

/** The qualifier ending just before token i; tokens before floor belong to an earlier match. */
export function readPrefix(tl: Tokens, i: number, floor: number): QualifierRead | undefined {
  if (i - 1 < floor) return undefined;
  const candidates = BY_LAST_WORD.get(tl.at(i - 1).lower);
  if (!candidates) return undefined;
  for (const [words, qualifier] of candidates) {
    const k = i - words.length;
    if (k < floor || !matchesAt(tl, k, words)) continue;
    let at = k;
    // "just over", "well below", "only about"
    if (at - 1 >= floor && INTENSIFIERS.has(tl.at(at - 1).lower)) at--;
    // "a little over", "a bit more than"
    else if (
      at - 2 >= floor &&
      (tl.is(at - 1, 'little') || tl.is(at - 1, 'bit')) &&
      tl.is(at - 2, 'a')
    ) {
      at -= 2;
    }
    return { qualifier, at };
  }
  return undefined;
}

/** The qualifier starting at token j: "or more", "or so". */
export function readSuffix(tl: Tokens, j: number): QualifierRead | undefined {
  const t = tl.at(j);
  if (t.kind === 'punct' && t.text === '+' && !t.gap) return { qualifier: 'at_least', at: j + 1 };
  for (const [words, qualifier] of SUFFIX_QUALIFIERS) {
    if (matchesAt(tl, j, words)) return { qualifier, at: j + words.length };
  }
  return undefined;
}
