/**
 * Node-side file access: loading a claims folder (for the CLI, the build and
 * the tests alike), and writing only what changed.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatasetInput } from '../model/check/dataset';
import type { Problem } from '../model/problem';
import { decode } from '../model/text/decode';
import { CliError } from './error';
import { describeEntry, notRegular, readRegularFile } from './regular-file';
import type { Refusal } from './regular-file';

/**
 * Everything `checkDataset` needs from a claims folder, and nothing else:
 * each entry is classified once, here, and only regular files are read (see
 * regular-file.ts). What is refused, and every entry of `sources/` that is
 * not a source text, becomes a problem of `folderProblems`, so `claims check`
 * reports it and the build, which publishes from the same result, never
 * sees it.
 */
export function loadDatasetInput(dir: string): DatasetInput {
  const folder = statSync(dir, { throwIfNoEntry: false });
  if (!folder) throw new CliError(`${dir}: no such folder`);
  if (!folder.isDirectory()) throw new CliError(`${dir}: not a folder`);
  const name = dir.replace(/\/+$/, '') || dir;
  const problems: Problem[] = [];
  const refuse = (file: string, refusal: Refusal) =>
    problems.push({ file: `${name}/${file}`, line: 0, column: 0, ...refusal });
  const read = (file: string): string | undefined => {
    const result = readRegularFile(join(dir, file));
    if ('refused' in result) refuse(file, result.refused);
    return 'bytes' in result ? decode(`${name}/${file}`, result.bytes, problems) : undefined;
  };
  const input = {
    dir: name,
    claims: read('claims.csv'),
    sources: read('sources.csv'),
    measures: read('measures.csv'),
    skipped: read('skipped.csv'),
    texts: new Map<string, string>(),
    folderProblems: problems,
  };
  const sources = join(dir, 'sources');
  const stats = lstatSync(sources, { throwIfNoEntry: false });
  // No folder: every source then reports its missing text. A link is not followed.
  if (stats && !stats.isDirectory()) problems.push(sourcesFolderProblem(name, sources, stats));
  else if (stats) {
    const folder = readTextFolder(sources, `${name}/sources`);
    input.texts = folder.texts;
    problems.push(...folder.problems);
  }
  return input;
}

/**
 * The text of the `.txt` entry of a sources folder, decoded; what kept it
 * from being read (not a regular file, too large, not UTF-8) is added to
 * `problems`. Undefined when the entry is gone or refused.
 */
export function readTextEntry(
  folder: string,
  shown: string,
  entry: string,
  problems: Problem[],
): string | undefined {
  const result = readRegularFile(join(folder, entry));
  if ('refused' in result) {
    problems.push({ file: `${shown}/${entry}`, line: 0, column: 0, ...result.refused });
    return undefined;
  }
  return 'bytes' in result ? decode(`${shown}/${entry}`, result.bytes, problems) : undefined;
}

/** The problem of an entry of a sources folder that is no `.txt` file: every such entry has one. */
export function entryProblem(folder: string, shown: string, entry: string): Problem | undefined {
  const path = join(folder, entry);
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return undefined; // gone meanwhile
  const kind = describeEntry(path, stats);
  const refusal: Refusal = kind
    ? notRegular(kind)
    : {
        code: 'unlisted-source-file',
        message: TEMPORARY_FILE.test(entry)
          ? 'a temporary file left by an interrupted write (claims ingest): delete it'
          : 'not a source text: this folder holds only the <id>.txt files that sources.csv lists; move it elsewhere',
      };
  return { file: `${shown}/${entry}`, line: 0, column: 0, ...refusal };
}

/** The entries of a folder in name order, or the problem that it cannot be listed. */
export function folderEntries(folder: string, shown: string): string[] | Problem {
  try {
    return readdirSync(folder).sort();
  } catch (e) {
    return {
      file: shown,
      line: 0,
      column: 0,
      code: 'source-error',
      message: `cannot be read: ${(e as Error).message}`,
    };
  }
}

/** A file `ingest` or a write left behind when it was interrupted (see writeIfChanged). */
export const TEMPORARY_FILE = /\.tmp-\d+$/;

/** `sources` is there but is no folder: a link to one is not followed. */
function sourcesFolderProblem(name: string, folder: string, stats: Stats): Problem {
  const what = describeEntry(folder, stats);
  const refusal: Refusal = what
    ? notRegular(what)
    : { code: 'source-error', message: 'is a file: sources must be a folder of <id>.txt texts' };
  return { file: `${name}/sources`, line: 0, column: 0, ...refusal };
}

/**
 * The texts of a folder of sources: every regular `<name>.txt`, by name,
 * decoded as soon as it is read (bytes that are not UTF-8 are an
 * encoding-error problem), so no file's bytes are kept.
 * Hidden entries (`.gitkeep`, `.DS_Store`) are passed over, never read;
 * anything else is a problem, at `shown/<entry>`: a link, folder or pipe, a
 * file too large, a leftover temporary file, a stray file.
 */
export function readTextFolder(
  folder: string,
  shown: string,
): { texts: Map<string, string>; problems: Problem[] } {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  const names = folderEntries(folder, shown);
  if (!Array.isArray(names)) return { texts, problems: [names] };
  for (const entry of names) {
    if (entry.startsWith('.')) continue;
    if (entry.endsWith('.txt')) {
      const text = readTextEntry(folder, shown, entry, problems);
      if (text !== undefined) texts.set(entry.slice(0, -'.txt'.length), text);
      continue;
    }
    const problem = entryProblem(folder, shown, entry);
    if (problem) problems.push(problem);
  }
  return { texts, problems };
}

/**
 * Writes `content` to `path` only when it differs, through a temporary file
 * and a rename so an interrupted run never leaves a half-written file.
 * Returns whether the file changed.
 */
export function writeIfChanged(path: string, content: string): boolean {
  const current = readRegularFile(path);
  if ('refused' in current) {
    throw new CliError(`${path}: ${current.refused.message}; it was not written`);
  }
  if ('bytes' in current && Buffer.from(current.bytes).equals(Buffer.from(content, 'utf8')))
    return false;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
  return true;
}
