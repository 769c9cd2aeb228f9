/**
 * A fingerprint of file contents, the same in Node and browsers (no crypto
 * API needed: browsers only offer crypto.subtle on https pages). It tells the
 * dashboard whether data/check.json was made from the very bytes it loaded.
 * Two FNV-1a lanes with different seeds: 64 bits, ample against accidents;
 * not meant to resist forgery (whoever can change the CSV can change the JSON).
 */
export function fingerprint(...parts: readonly Uint8Array[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const byte = part[i]!;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x01000193) ^ (b >>> 15);
    }
    // A separator, so moving bytes from one part to the next changes the result.
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ 0xfe, 0x01000193);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}`;
}
