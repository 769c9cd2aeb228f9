/**
 * `claims ingest FILE`: splits a file of concatenated articles into
 * sources/<id>.txt and rows of sources.csv. Idempotent: rows a curator edited
 * are kept, unchanged files are not rewritten, and the text of a source that
 * claims cite is never replaced without --force.
 */
import { join } from 'node:path';
import { readArticles } from '../../corpus/read-articles';
import type { ArticleFormat } from '../../corpus/read-articles';
import { ArticleReadError } from '../../corpus/read-error';
import type { ArticlesRead } from '../../corpus/read-error';
import { slugify } from '../../corpus/split-articles';
import type { Article } from '../../corpus/split-articles';
import type { Source } from '../../model/claim';
import { readTable } from '../../model/check/table';
import { parseCsv } from '../../model/csv/parse';
import { writeCsv } from '../../model/csv/write';
import { resource, SOURCE_COLUMNS } from '../../model/schema';
import { decodeUtf8 } from '../../model/text/decode';
import { CliError } from '../error';
import { readIfExists, writeIfChanged } from '../files';
import type { Io } from '../io';

export const ingestUsage = `Usage: claims ingest FILE [--out DIR] [--force]

Stores the articles in FILE as DIR/sources/<source-id>.txt and rows of
DIR/sources.csv (DIR defaults to claims). FILE is one of:
  *.html, *.htm  a saved web page: the article's text through Readability,
                 its title, byline, date, address and publisher from the page
  *.jsonl        JSON Lines, one article per line: {"title", "text", and
                 optionally "url", "published", "publisher", "credits"}
  anything else  text of news articles concatenated, each starting with its
                 headline, stored byte for byte

Running it again changes nothing: existing rows of sources.csv, which a curator
may have edited, are kept. It refuses to change the text of a source that
claims in DIR/claims.csv cite, naming those claims, unless --force is given.`;

export interface IngestOptions {
  out: string;
  force: boolean;
}

export function ingest(file: string, options: IngestOptions, io: Io): number {
  const bytes = readIfExists(file);
  if (bytes === undefined) throw new CliError(`${file}: no such file`);
  const decoded = decodeUtf8(bytes);
  if (decoded.invalidAt !== undefined) {
    throw new CliError(
      `${file}:${decoded.invalidLine}:${decoded.invalidColumn}: encoding-error: not UTF-8; nothing was written`,
    );
  }
  const read = readArticlesOrFail(file, decoded.text);
  for (const warning of read.warnings) io.err(`claims: ${warning}`);
  const result = writeArticles(read.articles, options);
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
 * The one write path of ingest, whatever the input's format: each article's
 * text to sources/<id>.txt and its row to sources.csv, keeping rows a curator
 * edited and refusing to change a cited text without --force.
 */
export function writeArticles(articles: readonly Article[], options: IngestOptions): IngestResult {
  const sourcesPath = join(options.out, 'sources.csv');
  const existing = readExistingSources(sourcesPath);
  const citing = claimsBySource(join(options.out, 'claims.csv'));

  const rows = [...existing.values()];
  const plan: { text: string; path: string }[] = [];
  const refusals: string[] = [];
  const taken = new Set<string>();
  const ids: string[] = [];
  for (const article of articles) {
    const id = uniqueId(slugify(article.title), taken);
    ids.push(id);
    const path = join(options.out, 'sources', `${id}.txt`);
    if (!existing.has(id)) rows.push(toSource(id, article));
    const current = readIfExists(path);
    const changes = current !== undefined && Buffer.from(current).toString('utf8') !== article.text;
    const claims = citing.get(id) ?? [];
    if (changes && claims.length > 0 && !options.force) {
      refusals.push(
        `${path}: the new text differs, and claims cite this source: ${claims.join(', ')} (use --force to replace it)`,
      );
    }
    plan.push({ text: article.text, path });
  }
  if (refusals.length > 0) {
    throw new CliError(`${refusals.join('\n')}\nnothing was written`, 1);
  }

  let added = 0;
  let updated = 0;
  for (const { path, text } of plan) {
    const existed = readIfExists(path) !== undefined;
    if (writeIfChanged(path, text)) {
      if (existed) updated++;
      else added++;
    }
  }
  const csvChanged = writeIfChanged(
    sourcesPath,
    writeCsv(SOURCE_COLUMNS, rows as unknown as Record<string, string>[]),
  );
  const unchanged = plan.length - added - updated;
  return { articles: plan.length, added, updated, unchanged, ids, sourcesPath, csvChanged };
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

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/** Existing rows by id; a broken sources.csv stops ingest rather than being overwritten. */
function readExistingSources(path: string): Map<string, Source> {
  const bytes = readIfExists(path);
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
    const source = row.record as unknown as Source;
    rows.set(source.id, source);
  }
  return rows;
}

/** Claim ids by the source they cite, read leniently: only two columns matter here. */
function claimsBySource(path: string): Map<string, string[]> {
  const bytes = readIfExists(path);
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
