/** Node-side file access for the CLI: loading a claims folder, writing only what changed. */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatasetInput } from '../model';
import { CliError } from './error';

export function readIfExists(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** Everything `checkDataset` needs from a claims folder. */
export function loadDatasetInput(dir: string): DatasetInput {
  if (!existsSync(dir)) throw new CliError(`${dir}: no such folder`);
  const texts = new Map<string, Uint8Array>();
  const sourcesDir = join(dir, 'sources');
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)) {
      if (name.endsWith('.txt')) texts.set(name.slice(0, -4), readFileSync(join(sourcesDir, name)));
    }
  }
  return {
    dir: dir.replace(/\/+$/, ''),
    claims: readIfExists(join(dir, 'claims.csv')),
    sources: readIfExists(join(dir, 'sources.csv')),
    skipped: readIfExists(join(dir, 'skipped.csv')),
    texts,
  };
}

/**
 * Writes `content` to `path` only when it differs, through a temporary file
 * and a rename so an interrupted run never leaves a half-written file.
 * Returns whether the file changed.
 */
export function writeIfChanged(path: string, content: string): boolean {
  const current = readIfExists(path);
  if (current !== undefined && Buffer.from(current).equals(Buffer.from(content, 'utf8')))
    return false;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
  return true;
}
