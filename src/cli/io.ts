/**
 * Output streams, injectable so tests capture what a command prints.
 *
 * Everything the CLI prints goes through here, so this is the one place
 * where control characters from the data are escaped: a cell holding
 * `ESC[2K ESC[1A ok` must not erase lines and print a forged "ok".
 */
import { writeSync } from 'node:fs';
import { escapeForTerminal } from '../model/text/hidden';
import { CliError } from '../node/error';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Lines for standard output, printed as `out` of them joined would print them, in fewer writes. */
  outLines?(lines: readonly string[]): void;
}

/** Prints lines on standard output: by `outLines` when the Io has it. */
export function printLines(io: Io, lines: readonly string[]): void {
  if (io.outLines) io.outLines(lines);
  else io.out(lines.join('\n'));
}

/** Thrown by a write once the reader has gone (`claims extract | head -1`): the command stops there. */
export class OutputClosed extends Error {
  constructor() {
    super('the output was closed');
    this.name = 'OutputClosed';
  }
}

/** The exit status of a command whose reader went away, as for any tool stopped by SIGPIPE. */
export const CLOSED_OUTPUT_STATUS = 128 + 13;
/** sysexits.h EX_IOERR. */
const OUTPUT_ERROR_STATUS = 74;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Written at once, not queued: a stream would queue what a slow reader has
 * not taken yet, so a reader that quits (`| head -1`) would be noticed only
 * after the command had done all its work, printed its summary, and thrown
 * EPIPE from an event with a stack trace.
 */
function writeBytes(fd: 1 | 2, bytes: Uint8Array, length: number): void {
  let written = 0;
  while (written < length) {
    try {
      written += writeSync(fd, bytes, written, length - written);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new OutputClosed();
      // A full pipe that another program made non-blocking: wait for the reader.
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 2);
      else
        throw new CliError(`cannot write the output: ${(e as Error).message}`, OUTPUT_ERROR_STATUS);
    }
  }
}

function write(fd: 1 | 2, line: string): void {
  const bytes = Buffer.from(`${escapeForTerminal(line)}\n`, 'utf8');
  writeBytes(fd, bytes, bytes.length);
}

/**
 * Lines encoded one by one into a buffer kept for the next call, written
 * when it is full and at the end: joining them first, then copying the
 * joined text into a new buffer, cost `claims extract --json` more than
 * making the lines.
 */
let scratch = Buffer.allocUnsafe(0);

function writeLines(fd: 1 | 2, lines: readonly string[]): void {
  let used = 0;
  for (const line of lines) {
    const escaped = escapeForTerminal(line);
    // UTF-8 takes at most three bytes for a UTF-16 code unit.
    const most = 3 * escaped.length + 1;
    if (scratch.length - used < most) {
      writeBytes(fd, scratch, used);
      used = 0;
      if (scratch.length < most) scratch = Buffer.allocUnsafe(Math.max(most, 1 << 20));
    }
    used += scratch.write(escaped, used);
    scratch[used++] = 0x0a;
  }
  writeBytes(fd, scratch, used);
}

export const processIo: Io = {
  out: (line) => write(1, line),
  err: (line) => write(2, line),
  outLines: (lines) => writeLines(1, lines),
};
