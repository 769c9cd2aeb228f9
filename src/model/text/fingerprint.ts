/**
 * A fingerprint of file contents, the same in Node and browsers (no crypto
 * API needed: browsers only offer crypto.subtle on https pages). It tells the
 * dashboard whether data/check.json was made from the very bytes it loaded.
 * Two FNV-1a lanes with different seeds: 64 bits, ample against accidents;
 * not meant to resist forgery (whoever can change the CSV can change the JSON).
 */
export function fingerprint(...parts: readonly Uint8Array[]): string {
  const print = new Fingerprint();
  for (const part of parts) print.update(part).endPart();
  return print.digest();
}

/**
 * The same fingerprint, fed piece by piece: a file written in pieces is
 * fingerprinted without ever being held whole. `endPart()` closes one file.
 */
export class Fingerprint {
  #a = 0x811c9dc5;
  #b = 0x01000193 ^ 0x5bd1e995;

  update(bytes: Uint8Array): this {
    let a = this.#a;
    let b = this.#b;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x01000193) ^ (b >>> 15);
    }
    this.#a = a;
    this.#b = b;
    return this;
  }

  /** A separator, so moving bytes from one part to the next changes the result. */
  endPart(): this {
    this.#a = Math.imul(this.#a ^ 0xff, 0x01000193);
    this.#b = Math.imul(this.#b ^ 0xfe, 0x01000193);
    return this;
  }

  digest(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return `${hex(this.#a)}${hex(this.#b)}`;
  }
}
