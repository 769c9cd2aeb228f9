/**
 * Strict UTF-8 decoding that says where the first bad byte is. TextDecoder's
 * fatal mode only says *that* a file is bad; a curator needs the line.
 */
import type { Problem } from '../problem';

export interface Decoded {
  text: string;
  /** Byte offset of the first invalid sequence, when the bytes are not UTF-8. */
  invalidAt?: number;
  /** 1-based line and column (in bytes of that line) of the first invalid byte. */
  invalidLine?: number;
  invalidColumn?: number;
}

// Both drop a leading byte-order mark for us (ignoreBOM: false).
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lossy = new TextDecoder('utf-8', { ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  // Valid UTF-8, nearly every file, is checked and decoded in one native pass;
  // only bad bytes are looked for byte by byte, to say where they are.
  try {
    return { text: strict.decode(bytes) };
  } catch {
    // Not UTF-8: decoded with replacement characters below, the first bad byte located.
  }
  const text = lossy.decode(bytes);
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt === -1) return { text };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < invalidAt; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { text, invalidAt, invalidLine: line, invalidColumn: invalidAt - lineStart + 1 };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The text of a file, a byte-order mark dropped; bytes that are not UTF-8
 * are an encoding-error problem at the first bad byte. The Node loader
 * decodes each file as soon as it is read, so that its bytes are not kept.
 */
export function decode(file: string, content: Uint8Array | string, problems: Problem[]): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  const decoded = decodeUtf8(content);
  if (decoded.invalidAt !== undefined) {
    problems.push({
      file,
      line: decoded.invalidLine!,
      column: decoded.invalidColumn!,
      code: 'encoding-error',
      message: `byte ${decoded.invalidAt} is not valid UTF-8: save the file as UTF-8`,
    });
  }
  return decoded.text;
}
