/**
 * Stage 1 of the check: the folder's files as tables. Each CSV is decoded
 * and read against its Table Schema (types, lists, patterns, uniqueness);
 * each source text is decoded, or set aside when it is over the size limit.
 * Nothing here compares one table with another.
 */
import type { Problem } from '../problem';
import { resource, SOURCE_TEXT_MAX_BYTES } from '../schema';
import { decode } from '../text/decode';
import type { DatasetInput, FileContent } from './dataset';
import { readTable } from './table';
import type { ReadOptions, TableRow } from './table';

/** One table of the folder, read. */
export interface Table {
  /** The file as the user knows it, e.g. `claims/claims.csv`. */
  file: string;
  rows: TableRow[];
  /** What keeps the file or its rows from being read (a missing file, a bad cell). */
  problems: Problem[];
  /** What deserves a look but rejects nothing (invisible characters in text). */
  warnings: Problem[];
}

export interface Tables {
  /** The folder, e.g. `claims`. */
  dir: string;
  sources: Table;
  measures: Table;
  claims: Table;
  /** skipped.csv, when the folder has one. */
  skipped: Table | undefined;
  /** Source id → the decoded text of `sources/<id>.txt`. */
  texts: Map<string, string>;
  /** Source id → size in bytes of a text over the limit, which is not read. */
  oversized: Map<string, number>;
  /** What the loader found wrong with the folder, and the problems of decoding the texts. */
  problems: Problem[];
  /** The files the loader refused: their own problem says why. */
  refused: ReadonlySet<string>;
}

/**
 * `clean`: claims.csv and sources.csv are files an earlier check accepted
 * whole (CheckOptions.clean), read without their cells' rules; measures.csv
 * and skipped.csv are always held to theirs.
 */
export function readTables(
  input: DatasetInput,
  options: { clean?: boolean; shareStrings?: boolean } = {},
): Tables {
  const { dir } = input;
  const problems: Problem[] = [];
  const refused = new Set<string>();
  for (const p of input.folderProblems ?? []) {
    problems.push(p);
    refused.add(p.file);
  }
  const texts = new Map<string, string>();
  // Texts over the size limit are not read: the dashboard could not show them.
  const oversized = new Map<string, number>();
  for (const [id, content] of input.texts) {
    const bytes = overLimit(content);
    if (bytes !== undefined) oversized.set(id, bytes);
    else texts.set(id, decode(`${dir}/sources/${id}.txt`, content, problems));
  }
  const table = (name: 'claims' | 'sources' | 'measures' | 'skipped', content?: FileContent) =>
    readResource(`${dir}/${name}.csv`, content, name, refused, {
      clean: options.clean === true && (name === 'claims' || name === 'sources'),
    });
  return {
    dir,
    // Sources first: the order in which their problems were always found.
    sources: table('sources', input.sources),
    measures: table('measures', input.measures),
    claims: table('claims', input.claims),
    skipped: input.skipped === undefined ? undefined : table('skipped', input.skipped),
    texts,
    oversized,
    problems,
    refused,
  };
}

function readResource(
  file: string,
  content: FileContent | undefined,
  name: 'claims' | 'sources' | 'measures' | 'skipped',
  refused: ReadonlySet<string>,
  options: ReadOptions,
): Table {
  const problems: Problem[] = [];
  if (content === undefined) {
    // A file the loader refused has its own problem already.
    if (!refused.has(file))
      problems.push({ file, line: 0, column: 0, code: 'source-error', message: 'file not found' });
    return { file, rows: [], problems, warnings: [] };
  }
  const text = decode(file, content, problems);
  const result = readTable(file, text, resource(name), options);
  for (const p of result.problems) problems.push(p);
  return { file, rows: result.rows, problems, warnings: result.warnings };
}

/**
 * The size in bytes of a text over SOURCE_TEXT_MAX_BYTES, or undefined when
 * it is within it. A decoded text is measured only when its length leaves a
 * doubt: a UTF-16 code unit is one to three bytes of UTF-8.
 */
function overLimit(content: FileContent): number | undefined {
  if (typeof content !== 'string')
    return content.length > SOURCE_TEXT_MAX_BYTES ? content.length : undefined;
  if (content.length * 3 <= SOURCE_TEXT_MAX_BYTES) return undefined;
  const bytes = new TextEncoder().encode(content).length;
  return bytes > SOURCE_TEXT_MAX_BYTES ? bytes : undefined;
}
