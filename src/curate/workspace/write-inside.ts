/**
 * The only way curation writes a file: inside the claims folder, never
 * through a symbolic link, and atomically (a temporary file beside it, then a
 * rename), so a reader never sees half a file and an interrupted write leaves
 * the old one whole.
 */
import {
  appendFileSync,
  constants,
  copyFileSync,
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CliError } from '../../node/error';

/** Writes `content` to `root/name` (a path relative to root) and returns the full path. */
export function writeInside(root: string, name: string, content: string | Uint8Array): string {
  return replaceInside(root, name, (temporary) =>
    writeFileSync(temporary, content, { flag: 'wx' }),
  );
}

/**
 * Appends `text` to `root/name`, atomically all the same: the kernel copies
 * the file beside it (no bytes through JavaScript), the text is appended to
 * the copy, and the copy replaces the file. Returns the full path.
 */
export function appendInside(root: string, name: string, text: string): string {
  return replaceInside(root, name, (temporary, existed) => {
    if (existed) copyFileSync(insidePath(root, name), temporary, constants.COPYFILE_EXCL);
    appendFileSync(temporary, text, { flag: existed ? 'a' : 'wx' });
  });
}

/** `root/name` replaced by a temporary file beside it that `fill` writes. */
function replaceInside(
  root: string,
  name: string,
  fill: (temporary: string, existed: boolean) => void,
): string {
  const path = insidePath(root, name);
  mkdirSync(dirname(path), { recursive: true });
  const realRoot = realpathSync(root);
  const realParent = realpathSync(dirname(path));
  if (realParent !== realRoot && !isWithin(realRoot, realParent)) {
    throw new CliError(`${path}: its folder leads outside ${root}; nothing was written`);
  }
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) {
    throw new CliError(`${path}: not a regular file (a link or a folder); nothing was written`);
  }
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fill(temporary, existing !== undefined);
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
  return path;
}

/** `root/name`, refusing any name that would lead out of root. */
export function insidePath(root: string, name: string): string {
  if (isAbsolute(name) || name.split(/[\\/]/).some((part) => part === '..' || part === '')) {
    throw new CliError(`${name}: not a file name inside ${root}`);
  }
  const path = join(root, name);
  if (!isWithin(resolve(root), resolve(path))) {
    throw new CliError(`${name}: not a file name inside ${root}`);
  }
  return path;
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
