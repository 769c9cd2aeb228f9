/**
 * decodeUtf8 decodes valid UTF-8 in one native pass and looks for the first
 * bad byte only when that pass refuses the bytes: the two must agree on what
 * is valid, on every kind of sequence, or a bad file would pass unnoticed (or
 * a good one be refused).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/model/text/decode';

const lossy = new TextDecoder('utf-8', { ignoreBOM: false });

function expectAgreement(bytes: Uint8Array): void {
  const decoded = decodeUtf8(bytes);
  const invalid = firstInvalidUtf8(bytes);
  expect(decoded.invalidAt ?? -1).toBe(invalid);
  expect(decoded.text).toBe(lossy.decode(bytes));
}

describe('decodeUtf8', () => {
  test('valid text, a byte-order mark and characters of every length decode as they are', () => {
    const text = 'About 40 people – “£6.3bn”, 100 °C, नमस्ते, 😀.';
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ text });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('3 km')]);
    expect(decodeUtf8(bom)).toEqual({ text: '3 km' });
  });

  test('a bad byte is located by line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('one\ntwo '), 0xff, 0x41]);
    expect(decodeUtf8(bytes)).toMatchObject({ invalidAt: 8, invalidLine: 2, invalidColumn: 5 });
  });

  test.each([
    ['overlong two-byte form', [0xc0, 0xaf]],
    ['overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['F5 lead byte', [0xf5, 0x80, 0x80, 0x80]],
    ['lone continuation byte', [0x80]],
    ['sequence cut short', [0xe2, 0x82]],
    ['sequence cut by ASCII', [0xe2, 0x41, 0x82]],
  ])('%s: refused where the byte-by-byte check refuses it', (_, sequence) => {
    const bytes = new Uint8Array([0x41, ...sequence, 0x42]);
    expect(decodeUtf8(bytes).invalidAt).toBe(1);
    expectAgreement(bytes);
  });

  test('bytes of valid sequences with some broken: the native pass and the byte-by-byte check agree', () => {
    const piece = fc.oneof(
      fc.constantFrom([0x41], [0x0a], [0xc3, 0xa9], [0xe2, 0x80, 0x93], [0xf0, 0x9f, 0x98, 0x80]),
      fc.constantFrom([0xef, 0xbb, 0xbf]),
      fc.integer({ min: 0, max: 255 }).map((b) => [b]),
    );
    let invalid = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const bytes = new Uint8Array(pieces.flat());
        if (firstInvalidUtf8(bytes) !== -1) invalid++;
        expectAgreement(bytes);
      }),
      { numRuns: 2000, seed: 15 },
    );
    // Both kinds were tried.
    expect(invalid).toBeGreaterThan(200);
    expect(invalid).toBeLessThan(1800);
  });
});
