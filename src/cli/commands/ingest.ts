/**
 * `claims ingest FILE`: splits a file of concatenated articles into
 * sources/<id>.txt and rows of sources.csv. Idempotent: rows a curator edited
 * are kept, unchanged files are not rewritten, and the text of a source that
 * claims cite is never replaced without --force.
 */
import { lstatSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../../corpus/read-articles';
import type { ArticleFormat } from '../../corpus/read-articles';
import { ArticleReadError } from '../../corpus/read-error';
import type { ArticlesRead } from '../../corpus/read-error';
import { articleIdentity, slugify } from '../../corpus/split-articles';
import type { Article } from '../../corpus/split-articles';
import type { Source } from '../../model/claim';
import { readTable } from '../../model/check/table';
import { sourceOf } from '../../model/check/records';
import { parseCsv } from '../../model/csv/parse';
import { writeCsv } from '../../model/csv/write';
import { resource, SOURCE_COLUMNS } from '../../model/schema';
import { decodeUtf8 } from '../../model/text/decode';
import { CliError } from '../../node/error';
import { TEMPORARY_FILE, writeIfChanged } from '../../node/claims-folder';
import { lockFolder } from '../../node/folder-lock';
import type { FolderLock } from '../../node/folder-lock';
import type { Io } from '../io';
import { describeEntry, readNamedFile, readRegularFile } from '../../node/regular-file';

export interface IngestOptions {
  out: string;
  force: boolean;
  /** How long to wait for another ingest into the same folder, in ms. */
  lockTimeoutMs?: number;
}

export async function ingest(file: string, options: IngestOptions, io: Io): Promise<number> {
  if (options.out.trim() === '') {
    throw new CliError(
      '--out needs a folder name (an empty one would write into the current folder)',
    );
  }
  const read = readArticlesOrFail(file, readInput(file));
  for (const warning of read.warnings) io.err(`claims: ${warning}`);
  const result = await writeArticles(read.articles, options, (owner) =>
    io.err(`claims: waiting for ${owner} to finish with ${options.out}`),
  );
  io.out(
    `${result.articles} articles from ${file}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged; ${result.sourcesPath} ${result.csvChanged ? 'written' : 'unchanged'}`,
  );
  return 0;
}

/** The articles in an input, or a CliError saying where it is unreadable. */
export function readArticlesOrFail(
  name: string,
  text: string,
  format?: ArticleFormat,
): ArticlesRead {
  try {
    return readArticles(name, text, format);
  } catch (e) {
    if (!(e instanceof ArticleReadError)) throw e;
    const where = e.line === undefined ? name : `${name}:${e.line}`;
    throw new CliError(`${where}: ${e.message}; nothing was written`);
  }
}

export interface IngestResult {
  articles: number;
  added: number;
  updated: number;
  unchanged: number;
  /** The source ids of the articles, in input order. */
  ids: string[];
  sourcesPath: string;
  csvChanged: boolean;
}

/**
 * The one write path of ingest, whatever the input's format (the CLI's and
 * the workbench's): under the folder's lock, each article's text to
 * sources/<id>.txt and its row to sources.csv, keeping rows a curator edited,
 * one id per distinct article, and refusing to change a cited text without
 * --force. `onWait` hears who holds the lock while it waits.
 */
export async function writeArticles(
  articles: readonly Article[],
  options: IngestOptions,
  onWait?: (owner: string) => void,
): Promise<IngestResult> {
  if (articles.length === 0) throw new CliError('no articles found; nothing was written');
  makeSourcesFolder(options.out);
  const lock = await lockFolder(options.out, {
    ...(options.lockTimeoutMs === undefined ? {} : { timeoutMs: options.lockTimeoutMs }),
    ...(onWait ? { onWait } : {}),
  });
  try {
    removeTemporaryFiles(options.out);
    return writeLocked(articles, options, lock);
  } finally {
    lock.release();
  }
}

/** Everything from the read of sources.csv to its write happens under the folder's lock. */
function writeLocked(
  articles: readonly Article[],
  options: IngestOptions,
  lock: FolderLock,
): IngestResult {
  const sourcesPath = join(options.out, 'sources.csv');
  const existing = readExistingSources(sourcesPath);
  const citing = claimsBySource(join(options.out, 'claims.csv'));
  const textPath = (id: string) => join(options.out, 'sources', `${id}.txt`);
  const known = new Map<string, Known>();
  const lookUp = (id: string): Known => {
    let entry = known.get(id);
    if (!entry) known.set(id, (entry = existingArticle(textPath(id), existing.get(id))));
    return entry;
  };

  const rows = new Map(existing);
  const plan: Planned[] = [];
  const refusals: string[] = [];
  const planned = new Map<string, string>(); // id → identity of the article planned there
  const ids = new Set<string>(); // in input order
  for (const article of articles) {
    const identity = articleIdentity(article.text);
    const isHere = (id: string) => sameArticle(lookUp(id), article, identity);
    const id = chooseId(slugify(article.title), identity, planned, isHere, options.force);
    if (planned.get(id) === identity && plan.some((p) => p.id === id)) {
      // The same article twice in one file: the later copy wins.
      plan.splice(
        plan.findIndex((p) => p.id === id),
        1,
      );
    }
    planned.set(id, identity);
    ids.add(id);
    const current = lookUp(id);
    const row = rows.get(id);
    if (!row) rows.set(id, toSource(id, article));
    else if (isHere(id) === false) {
      // --force put a different article here: its row describes it, keeping what a curator added.
      const fresh = toSource(id, article);
      rows.set(id, {
        ...fresh,
        published: row.published || fresh.published,
        url: row.url || fresh.url,
      });
    }
    const claims = citing.get(id) ?? [];
    const changes = current.text !== undefined && current.text !== article.text;
    if (changes && claims.length > 0 && !options.force) {
      refusals.push(
        `${textPath(id)}: the new text differs, and claims cite this source: ${claims.join(', ')} (use --force to replace it)`,
      );
    }
    plan.push({ id, text: article.text, path: textPath(id), existed: current.text !== undefined });
  }
  if (refusals.length > 0) {
    throw new CliError(`${refusals.join('\n')}\nnothing was written`, 1);
  }

  let added = 0;
  let updated = 0;
  for (const { path, text, existed } of plan) {
    lock.assertHeld();
    if (writeIfChanged(path, text)) {
      if (existed) updated++;
      else added++;
    }
  }
  lock.assertHeld();
  const csvChanged = writeIfChanged(
    sourcesPath,
    writeCsv(SOURCE_COLUMNS, [...rows.values()] as unknown as Record<string, string>[]),
  );
  const unchanged = plan.length - added - updated;
  return {
    articles: articles.length,
    added,
    updated,
    unchanged,
    ids: [...ids],
    sourcesPath,
    csvChanged,
  };
}

interface Planned {
  id: string;
  text: string;
  path: string;
  existed: boolean;
}

/** What a folder already has under an id: its text, or only its row. */
interface Known {
  text?: string;
  row?: Source;
}

/**
 * Whether `article` is the one a folder has under an id (undefined: the id is
 * free). With its text there, they are the same when their dateline and
 * opening are (`articleIdentity`); with only a row, when its title and
 * dateline are the article's.
 */
function sameArticle(known: Known, article: Article, identity: string): boolean | undefined {
  if (known.text !== undefined) return articleIdentity(known.text) === identity;
  if (known.row)
    return known.row.title === article.title && known.row.dateline === article.dateline;
  return undefined;
}

/**
 * The id an article gets: its headline's slug, unless a different article
 * has it (in the folder or earlier in this run); then the first free or
 * same-article one of `slug-2`, `slug-3`, … With --force the slug is taken
 * whatever is there (unless this run already gave it to another article).
 */
function chooseId(
  base: string,
  identity: string,
  planned: ReadonlyMap<string, string>,
  isHere: (id: string) => boolean | undefined,
  force: boolean,
): string {
  for (let k = 1; ; k++) {
    const id = k === 1 ? base : `${base}-${k}`;
    const inRun = planned.get(id);
    if (inRun !== undefined) {
      if (inRun === identity) return id;
      continue;
    }
    if (isHere(id) !== false || (force && k === 1)) return id;
  }
}

/** The article under `path`, if any. */
function existingArticle(path: string, row: Source | undefined): Known {
  const bytes = readDataFile(path);
  if (bytes) return { text: decodeUtf8(bytes).text };
  return row ? { row } : {};
}

/** A file of the folder, or undefined when there is none; one that is not a regular file stops the run. */
function readDataFile(path: string): Uint8Array | undefined {
  const result = readRegularFile(path);
  if ('refused' in result) {
    throw new CliError(
      `${path}: ${result.refused.code}: ${result.refused.message}; fix it first (claims check lists every problem); nothing was written`,
    );
  }
  return 'bytes' in result ? result.bytes : undefined;
}

/** DIR/sources, made if needed; a link or a file there stops the run (texts would be written elsewhere). */
function makeSourcesFolder(dir: string): void {
  const folder = join(dir, 'sources');
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new CliError(`cannot create ${folder}: ${(e as Error).message}; nothing was written`);
  }
  const stats = lstatSync(folder);
  if (!stats.isDirectory()) {
    throw new CliError(
      `${folder}: not-a-regular-file: is ${describeEntry(folder, stats) ?? 'a file'}, not a folder; nothing was written`,
    );
  }
}

/**
 * A run that was killed leaves its temporary files (`*.tmp-PID`); under the
 * lock, no other run is writing, so every one of them is left over.
 */
function removeTemporaryFiles(dir: string): void {
  for (const folder of [dir, join(dir, 'sources')]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMPORARY_FILE.test(name)) continue;
      const path = join(folder, name);
      if (lstatSync(path, { throwIfNoEntry: false })?.isFile()) unlinkSync(path);
    }
  }
}

function readInput(file: string): string {
  const result = readNamedFile(file);
  if ('missing' in result) throw new CliError(`${file}: no such file`);
  if ('refused' in result)
    throw new CliError(`${file}: ${result.refused.message}; nothing was written`);
  const decoded = decodeUtf8(result.bytes);
  if (decoded.invalidAt !== undefined) {
    throw new CliError(
      `${file}:${decoded.invalidLine}:${decoded.invalidColumn}: encoding-error: not UTF-8; nothing was written`,
    );
  }
  return decoded.text;
}

function toSource(id: string, article: Article): Source {
  return {
    id,
    title: article.title,
    publisher: article.publisher,
    dateline: article.dateline,
    // Only a date the input states (a web page's metadata); text articles
    // carry relative dates ("on Tuesday"): never invent one.
    published: article.published ?? '',
    url: article.url ?? '',
    credits: article.credits,
  };
}

/** Existing rows by id; a broken sources.csv stops ingest rather than being overwritten. */
function readExistingSources(path: string): Map<string, Source> {
  const bytes = readDataFile(path);
  const rows = new Map<string, Source>();
  if (bytes === undefined) return rows;
  const table = readTable(path, decodeUtf8(bytes).text, resource('sources'));
  const blocking = table.problems.filter((p) => p.code !== 'bad-url');
  if (blocking.length > 0) {
    const first = blocking[0]!;
    throw new CliError(
      `${path}:${first.line}:${first.column}: ${first.code}: ${first.message}\nfix ${path} first (claims check lists every problem); nothing was written`,
    );
  }
  for (const row of table.rows) {
    const source = sourceOf(row.record);
    rows.set(source.id, source);
  }
  return rows;
}

/** Claim ids by the source they cite, read leniently: only two columns matter here. */
function claimsBySource(path: string): Map<string, string[]> {
  const bytes = readDataFile(path);
  const bySource = new Map<string, string[]>();
  if (bytes === undefined) return bySource;
  const [header, ...rows] = parseCsv(decodeUtf8(bytes).text).rows;
  const idAt = header?.values.indexOf('id') ?? -1;
  const sourceAt = header?.values.indexOf('source_id') ?? -1;
  if (idAt === -1 || sourceAt === -1) return bySource;
  for (const row of rows) {
    const source = row.values[sourceAt];
    const id = row.values[idAt];
    if (!source || !id) continue;
    const list = bySource.get(source) ?? [];
    list.push(id);
    bySource.set(source, list);
  }
  return bySource;
}
