/**
 * Reading a data file as data, never as whatever it points to: a symbolic
 * link (`sources/env.txt -> /proc/self/environ`) is not followed, a named
 * pipe is never opened (opening one waits for a writer forever), a folder or
 * a device is not read, and a file larger than the limit is not read at all.
 * Whatever is refused is described in words a curator can act on.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readlinkSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import type { ProblemCode } from '../model/problem';

/**
 * No single file of a claims folder is read past this size. 256 MiB of CSV is
 * about 550,000 claims; the largest string V8 can hold (512 Mi characters)
 * and the build's 2 GB of memory both stay clear of it.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Why a path was not read: the code and message of a `claims check` problem. */
export interface Refusal {
  code: ProblemCode;
  message: string;
}

export type ReadResult = { bytes: Uint8Array } | { missing: true } | { refused: Refusal };

/** What a non-regular entry is, in words; undefined for a regular file. */
export function describeEntry(path: string, stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) {
    let target = '';
    try {
      target = readlinkSync(path);
    } catch {
      // The link vanished meanwhile: still a link as far as we are concerned.
    }
    return target ? `a symbolic link (to ${target})` : 'a symbolic link';
  }
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

export function notRegular(what: string): Refusal {
  return {
    code: 'not-a-regular-file',
    message: `is ${what}: only regular files inside the claims folder are read or published`,
  };
}

export function tooLarge(size: number, limit: number): Refusal {
  return {
    code: 'file-too-large',
    message: `is ${megabytes(size)}, over the limit of ${megabytes(limit)} per file: it is not read`,
  };
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MiB`;
}

/**
 * The bytes of the regular file at `path`, or why not. The path is examined
 * with lstat (so nothing is opened that is not a regular file), then opened
 * with O_NOFOLLOW and checked again on the open descriptor, so a file swapped
 * for a link in between is refused too.
 */
export function readRegularFile(path: string, limit = MAX_FILE_BYTES): ReadResult {
  let before: Stats | undefined;
  try {
    before = lstatSync(path, { throwIfNoEntry: false });
  } catch (e) {
    return { refused: unreadable(e) };
  }
  if (!before) return { missing: true };
  const what = describeEntry(path, before);
  if (what) return { refused: notRegular(what) };
  if (before.size > limit) return { refused: tooLarge(before.size, limit) };

  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    if (code === 'ELOOP') return { refused: notRegular('a symbolic link') };
    return { refused: unreadable(e) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.ino !== before.ino || stats.dev !== before.dev) {
      return { refused: notRegular('no longer the file it was when listed') };
    }
    if (stats.size > limit) return { refused: tooLarge(stats.size, limit) };
    // What is there, and no more than the limit even if the file grows meanwhile.
    return readAll(fd, stats.size, limit, true);
  } catch (e) {
    return { refused: unreadable(e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file the user named on the command line (`claims ingest FILE`): links are
 * followed and pipes read, as the user asked, but a folder is refused and no
 * more than `limit` bytes are read.
 */
export function readNamedFile(path: string, limit = MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { refused: unreadable(e) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { refused: notRegular('a folder') };
    if (stats.isFile() && stats.size > limit) return { refused: tooLarge(stats.size, limit) };
    return readAll(fd, stats.isFile() ? stats.size : 1 << 16, limit, stats.isFile());
  } catch (e) {
    return { refused: unreadable(e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads to the end, or refuses once more than `limit` bytes have come. A
 * regular file (`sized`: `expected` is its size by fstat) whose bytes came
 * to exactly that size with room left in the buffer has been read whole, as
 * it was when examined, so the read that would return 0 is not made: a
 * folder of 10,000 sources cost `claims extract` as many more system calls.
 * A file that grew meanwhile filled the room, and is read on.
 */
function readAll(fd: number, expected: number, limit: number, sized: boolean): ReadResult {
  let buffer = Buffer.allocUnsafe(Math.min(expected, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return { refused: tooLarge(length, limit) };
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return { bytes: buffer.subarray(0, length) };
    length += n;
    if (sized && length === expected && length < buffer.length) {
      return { bytes: buffer.subarray(0, length) };
    }
  }
}

function unreadable(e: unknown): Refusal {
  const error = e as NodeJS.ErrnoException;
  const reason =
    error.code === 'EACCES' || error.code === 'EPERM'
      ? 'permission denied'
      : error.code === 'EISDIR'
        ? 'it is a folder'
        : (error.code ?? error.message);
  return { code: 'source-error', message: `cannot be read: ${reason}` };
}
