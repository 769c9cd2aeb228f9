/**
 * Explains why a quote is not found in a text: the longest prefix of the quote
 * that the text contains, and the first character after it on each side. The
 * common case is a straight ' typed where the source has ’.
 */
import { echo } from '../problem';

export interface Difference {
  /** How many leading characters of the needle were found. */
  matched: number;
  /** Where in the haystack the longest matching prefix starts (-1 when none). */
  at: number;
  needleChar: string | undefined;
  haystackChar: string | undefined;
}

export function firstDifference(haystack: string, needle: string): Difference {
  // Prefix containment is monotone (if a prefix occurs, every shorter one does),
  // so a binary search needs only log2(needle length) indexOf calls.
  let lo = 0;
  let hi = needle.length;
  let at = -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const found = haystack.indexOf(needle.slice(0, mid));
    if (found !== -1) {
      lo = mid;
      at = found;
    } else {
      hi = mid - 1;
    }
  }
  if (lo > 0 && at === -1) at = haystack.indexOf(needle.slice(0, lo));
  return {
    matched: lo,
    at,
    needleChar: needle[lo],
    haystackChar: at === -1 ? undefined : haystack[at + lo],
  };
}

const NAMES: Record<string, string> = {
  "'": 'straight apostrophe',
  '’': 'curly apostrophe',
  '‘': 'left single quote',
  '"': 'straight double quote',
  '“': 'left double quote',
  '”': 'right double quote',
  '-': 'hyphen',
  '–': 'en dash',
  '—': 'em dash',
  ' ': 'space',
  '\u00a0': 'no-break space',
  '…': 'ellipsis',
  '\n': 'line break',
  '\t': 'tab',
  '\u00ad': 'soft hyphen',
  '\u061c': 'Arabic letter mark',
  '\u200b': 'zero width space',
  '\u200c': 'zero width non-joiner',
  '\u200d': 'zero width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero width no-break space (byte-order mark)',
};

/** `"’" (U+2019 curly apostrophe)`: visible even for look-alike characters. */
export function describeChar(c: string | undefined): string {
  if (c === undefined) return 'the end of the text';
  const cp = c.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[c];
  return `${echo(c)} (${hex}${name ? ` ${name}` : ''})`;
}
