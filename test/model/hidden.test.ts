/**
 * The escapers of text/hidden.ts, character by character over the whole
 * Basic Multilingual Plane: each escapes exactly the characters it names,
 * minus the ones it keeps (tab and line feed for a terminal; tab and line
 * breaks for HTML).
 */
import { describe, expect, test } from 'vitest';
import { escapeControls, escapeForTerminal, escapeHidden } from '../../src/model/text/hidden';

const isControl = (c: number) => c <= 0x1f || (c >= 0x7f && c <= 0x9f);
const isBidi = (c: number) =>
  c === 0x061c ||
  c === 0x200e ||
  c === 0x200f ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);
const isSeparator = (c: number) => c === 0x2028 || c === 0x2029;
const isZeroWidth = (c: number) =>
  c === 0x180e || (c >= 0x200b && c <= 0x200d) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;

/** The code units an escaper changes. */
function escaped(escape: (text: string) => string): number[] {
  const changed: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (escape(String.fromCharCode(c)) !== String.fromCharCode(c)) changed.push(c);
  }
  return changed;
}

function expected(keep: number[], ...kinds: ((c: number) => boolean)[]): number[] {
  const codes: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (!keep.includes(c) && kinds.some((kind) => kind(c))) codes.push(c);
  }
  return codes;
}

describe('escapers', () => {
  test('for a terminal: controls, bidi controls and line separators, not tab or line feed', () => {
    expect(escaped(escapeForTerminal)).toEqual(expected([9, 10], isControl, isBidi, isSeparator));
    expect(escapeForTerminal('a\tb\nc\u001b[2Kd\re\u202e')).toBe('a\tb\nc\\u001b[2Kd\\re\\u202e');
  });

  test('for HTML: controls only, not tab, line feed or carriage return', () => {
    expect(escaped(escapeControls)).toEqual(expected([9, 10, 13], isControl));
  });

  test('hidden: controls, bidi, zero-width characters and separators, line breaks too', () => {
    expect(escaped(escapeHidden)).toEqual(
      expected([], isControl, isBidi, isSeparator, isZeroWidth),
    );
  });
});
