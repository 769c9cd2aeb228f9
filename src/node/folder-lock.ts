/**
 * One writer at a time in a claims folder. `claims ingest` reads sources.csv,
 * adds rows and writes it back: two runs at once would each write their own
 * rows over the other's. So a run holds `DIR/.ingest.lock` from its read to
 * its last write; a second run waits for it. A curation decision (claims
 * accept, the workbench) holds it while it writes, and is refused, not kept
 * waiting, while an ingest holds it.
 *
 * The lock is a file created exclusively (O_EXCL), holding the owner's pid
 * and host. A lock whose owner is no longer running on this host (a run that
 * was killed) is stale and is taken over; a lock of another host is only
 * ever waited for.
 */
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CliError } from './error';

export const LOCK_FILE = '.ingest.lock';

export interface LockOptions {
  /** How long to wait for another run before giving up, in ms. */
  timeoutMs?: number;
  /** Called once when the lock is held by another run and this one starts waiting. */
  onWait?: (owner: string) => void;
}

export interface FolderLock {
  /** Throws when the lock is no longer this run's (it was taken over): nothing must be written then. */
  assertHeld(): void;
  release(): void;
}

/**
 * The lock at once, without waiting (a stale one is taken over), or the
 * words for the run that holds it: the workbench's decisions, which write in
 * a moment and must not wait on a request.
 */
export function tryLockFolder(dir: string): FolderLock | { heldBy: string } {
  const path = join(dir, LOCK_FILE);
  const token = newToken();
  for (;;) {
    if (tryCreate(path, token)) return held(path, token);
    const owner = readOwner(path);
    if (owner === undefined) continue; // released meanwhile: try again at once
    if (!isStale(path, owner)) return { heldBy: describe(owner) };
    breakStale(path, owner);
  }
}

function newToken(): string {
  return `${process.pid} ${hostname()} ${Date.now()} ${Math.random().toString(36).slice(2)}\n`;
}

export async function lockFolder(dir: string, options: LockOptions = {}): Promise<FolderLock> {
  const path = join(dir, LOCK_FILE);
  const token = newToken();
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  let waiting = false;
  for (;;) {
    if (tryCreate(path, token)) return held(path, token);
    const owner = readOwner(path);
    if (owner === undefined) continue; // released meanwhile: try again at once
    if (isStale(path, owner)) {
      breakStale(path, owner);
      continue;
    }
    if (!waiting) {
      waiting = true;
      options.onWait?.(describe(owner));
    }
    if (Date.now() > deadline) {
      throw new CliError(
        `${dir} is locked by ${describe(owner)} (${path}); nothing was written. If no such run is going on, delete ${path}`,
      );
    }
    await sleep(100);
  }
}

function tryCreate(path: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new CliError(`cannot lock ${path}: ${(e as Error).message}`);
  }
  try {
    writeSync(fd, token);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`cannot read the lock ${path}: ${(e as Error).message}`);
  }
}

function parse(owner: string): { pid: number; host: string } {
  const [pid = '', host = ''] = owner.split(' ');
  return { pid: Number(pid), host };
}

function describe(owner: string): string {
  const { pid, host } = parse(owner);
  return `another claims ingest (pid ${pid}${host === hostname() ? '' : ` on ${host}`})`;
}

/** A run that locks has its token written within a moment. */
const UNWRITTEN_STALE_MS = 10_000;

/**
 * A lock whose owner no longer runs on this host. A lock still being written
 * (no complete token yet) is stale only once it is old: its run died between
 * creating and writing it.
 */
function isStale(path: string, owner: string): boolean {
  const { pid, host } = parse(owner);
  if (!owner.endsWith('\n')) {
    const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    return age > UNWRITTEN_STALE_MS;
  }
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves a stale lock aside. Renaming is atomic, so of two runs breaking the
 * same stale lock only one succeeds. If what was moved is not the stale lock
 * that was read (another run broke it and locked in between), it is put back.
 */
function breakStale(path: string, owner: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new CliError(`cannot remove the stale lock ${path}: ${(e as Error).message}`);
  }
  try {
    if (readFileSync(aside, 'utf8') !== owner) {
      try {
        linkSync(aside, path);
      } catch {
        // Yet another run holds the lock now; the run whose lock this was finds out in assertHeld.
      }
    }
  } finally {
    unlinkSync(aside);
  }
}

function held(path: string, token: string): FolderLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readOwner(path) === token) unlinkSync(path);
  };
  // Released however the process ends normally; a killed run leaves a stale lock.
  process.on('exit', release);
  return {
    assertHeld() {
      if (readOwner(path) !== token) {
        throw new CliError(
          `the lock ${path} was taken over by another run; nothing more was written`,
        );
      }
    },
    release,
  };
}
