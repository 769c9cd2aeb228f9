/**
 * Characters that act rather than show, in one place: control characters,
 * which a terminal runs as commands (`ESC[2K` erases a line, `ESC[1A` moves
 * up one, OSC 0 and 8 set the title and make links) and which HTML cannot
 * carry (NUL); bidi controls, which reorder the text after them; and
 * zero-width characters, which hide inside words. Each output escapes the
 * ones it must (`\u001b`, as in JSON), so data can neither forge output nor
 * hide in it.
 */

/** C0 and C1 control characters and DEL, as a character-class body. */
const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F';
/** Line and paragraph separators: line breaks to some programs, not to others. */
const SEPARATORS = '\\u2028\\u2029';
/** Embeddings, overrides, isolates and marks of the bidi algorithm. */
const BIDI_CONTROLS = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
/** Zero-width spaces and joiners, the word joiner, invisible operators and the BOM. */
export const ZERO_WIDTH = '\\u180E\\u200B-\\u200D\\u2060-\\u2064\\uFEFF';

/** A character as a JSON-style escape: `\u001b`; tab, line feed and carriage return as `\t`, `\n`, `\r`. */
function escape(c: string): string {
  if (c === '\t') return '\\t';
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `body` (a class body of `\uXXXX` characters and ranges) without the
 * characters of `keep`, as a class body again. A class that leaves them out
 * costs nothing per character; a lookahead before the class (`(?![\t\n])`)
 * ran at every position of the text, which made escaping the output a good
 * part of `claims extract --json`.
 */
function without(body: string, keep: string): string {
  const kept = new Set([...keep].map((c) => c.charCodeAt(0)));
  const code = (hex: string) => Number.parseInt(hex, 16);
  const hex = (c: number) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const parts: string[] = [];
  for (const [, low, high] of body.matchAll(/\\u([0-9A-Fa-f]{4})(?:-\\u([0-9A-Fa-f]{4}))?/g)) {
    let from = code(low!);
    const to = high === undefined ? from : code(high);
    for (let c = from; c <= to + 1; c++) {
      if (c <= to && !kept.has(c)) continue;
      if (c > from) parts.push(c - 1 > from ? `${hex(from)}-${hex(c - 1)}` : hex(from));
      from = c + 1;
    }
  }
  return parts.join('');
}

/** Escapes every character of `body` but those of `keep` (single characters). */
function replacer(body: string, keep = ''): (text: string) => string {
  const chars = `[${without(body, keep)}]`;
  const pattern = new RegExp(chars, 'g');
  const any = new RegExp(chars);
  // Nearly every text has none: a test, stopping at the first, costs less
  // than a replace that finds nothing.
  return (text) => (any.test(text) ? text.replace(pattern, escape) : text);
}

/**
 * For a terminal: control characters, bidi controls and line separators
 * escaped; tab and line feed kept, as output is made of lines.
 */
export const escapeForTerminal = replacer(CONTROLS + BIDI_CONTROLS + SEPARATORS, '\t\n');

/** For HTML, which cannot carry NUL and has no use for other controls: tab and line breaks kept. */
export const escapeControls = replacer(CONTROLS, '\t\n\r');

/** Everything that does not show as itself escaped, line breaks too: a value quoted on one line. */
export const escapeHidden = replacer(CONTROLS + BIDI_CONTROLS + ZERO_WIDTH + SEPARATORS);

/** What a character that does not show is. */
export type HiddenKind = 'control' | 'bidi' | 'zero-width';

const UNSHOWN = new RegExp(
  `(?<control>(?![\\t\\n\\r])[${CONTROLS}])|(?<bidi>[${BIDI_CONTROLS}])|(?<zeroWidth>[${ZERO_WIDTH}])`,
);

/**
 * The first character of `text` that does not show as itself: a control
 * character (tab and line breaks aside), a bidi control or a zero-width
 * character. `index` is its offset in UTF-16 code units.
 */
export function firstUnshown(
  text: string,
): { index: number; char: string; kind: HiddenKind } | undefined {
  const match = UNSHOWN.exec(text);
  if (!match) return undefined;
  const kind = match.groups!.control ? 'control' : match.groups!.bidi ? 'bidi' : 'zero-width';
  return { index: match.index, char: match[0], kind };
}

/**
 * Whether `text` holds any character `firstUnshown` would find: one pass
 * over a whole file, at the cost of a comparison for each printable ASCII
 * character (the regular expression takes ten times as long).
 */
export function hasUnshown(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : unshownAbove7E(c)) return true;
  }
  return false;
}

/** Above U+007E: the same characters as UNSHOWN's classes (C1 controls, bidi, zero-width). */
function unshownAbove7E(c: number): boolean {
  return (
    c <= 0x9f ||
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

const INVISIBLE = new RegExp(`[${BIDI_CONTROLS}${ZERO_WIDTH}\\u00AD]`, 'g');

/** Text without its bidi controls, zero-width characters and soft hyphens: what a reader sees. */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
