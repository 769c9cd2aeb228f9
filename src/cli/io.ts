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
function write(fd: 1 | 2, line: string): void {
  const bytes = Buffer.from(`${escapeForTerminal(line)}\n`, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
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

export const processIo: Io = {
  out: (line) => write(1, line),
  err: (line) => write(2, line),
};
