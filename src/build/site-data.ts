/**
 * The claims folder as one build sees it: loaded and checked once, shared by
 * the three plugins (the data files, the embeds, the prerendered fact sheet),
 * and released when the build is done.
 *
 * Only what `claims check` accepts is published: its valid rows, and the
 * texts of its valid sources, read by the Node loader, which opens nothing
 * but regular files inside the folder (src/node/claims-folder.ts). The folder itself
 * must be inside the project: nothing outside the repository reaches a build.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { loadDatasetInput } from '../node/claims-folder';
import { readRegularFile } from '../node/regular-file';
import { checkDataset } from '../model/check/dataset';
import { formatProblem } from '../model/problem';
import type { Dataset, DatasetInput, FileContent } from '../model/check/dataset';
import { CliError } from '../node/error';
import { decodeUtf8 } from '../model/text/decode';
import { fingerprint } from '../model/text/fingerprint';

export interface DataStamp {
  /** datapackage version + a hash of the data: changes whenever a figure does. */
  version: string;
  /**
   * The day the site was built, YYYY-MM-DD (SOURCE_DATE_EPOCH, when set, for
   * reproducible builds): always shown as "compiled …", never where a reader
   * would take it for the date of the figures.
   */
  compiled: string;
}

export interface SiteData {
  dir: string;
  /**
   * What is published: the claims and sources `claims check` accepts; a
   * claim whose source is not published is left out too. `problems` is
   * everything the check found in the folder. The texts are not kept (at
   * 450,000 claims they are hundreds of megabytes): see `texts`.
   */
  dataset: Dataset;
  /**
   * Source id → fingerprint of the text that was checked, for each published
   * source: its file is read again when it is published, and must not have
   * changed meanwhile.
   */
  texts: Map<string, string>;
  /** Claims the check accepts but whose source it rejects: left out. */
  withoutSource: number;
  stamp: DataStamp;
  /** datapackage.json as published, describing the tables published with it. */
  datapackage: string;
}

/** Bad data or setup, not a bug: stops the build with a message that says what and where. */
export class SiteDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteDataError';
    // Vite prints an error's stack; for this one, its message is all there is to say.
    this.stack = `${this.name}: ${message}`;
  }
}

export function loadSiteData(dir: string, root = process.cwd()): SiteData {
  assertInside(dir, root);
  let input: DatasetInput;
  try {
    input = loadDatasetInput(dir);
  } catch (e) {
    throw e instanceof CliError ? new SiteDataError(e.message) : e;
  }
  const version = fingerprint(
    bytesOf(input.claims),
    bytesOf(input.sources),
    bytesOf(input.measures),
  );
  const prints = new Map<string, string>();
  for (const [id, content] of input.texts) prints.set(id, textPrint(content));
  // Held through the whole build, charts included: repeated cells shared.
  const checked = checkDataset(input, { shareStrings: true });
  const published = new Set(checked.sources.map((s) => s.id));
  const claims = checked.claims.filter((c) => published.has(c.source_id));
  // The measures of the published claims: one whose claims are all left out would be cited by none.
  const cited = new Set(claims.map((c) => c.measure));
  const measures = checked.measures.filter((m) => cited.has(m.id));
  const texts = new Map<string, string>();
  for (const id of published) {
    const print = prints.get(id);
    if (print !== undefined && checked.texts.has(id)) texts.set(id, print);
  }
  const datapackage = readDatapackage(dir);
  return {
    dir,
    dataset: { ...checked, claims, measures, texts: new Map() },
    texts,
    withoutSource: checked.claims.length - claims.length,
    stamp: {
      version: `${datapackage.version ?? '0'}+${version.slice(0, 8)}`,
      compiled: buildDate(),
    },
    datapackage: `${JSON.stringify(datapackage.published, null, 2)}\n`,
  };
}

/**
 * The bytes of a published source's text, read again (as regular files only)
 * and checked against what was checked.
 */
export function publishedText(data: SiteData, id: string): Uint8Array {
  const path = join(data.dir, 'sources', `${id}.txt`);
  const read = readRegularFile(path);
  const bytes = 'bytes' in read ? read.bytes : undefined;
  if (!bytes || textPrint(decodeUtf8(bytes).text) !== data.texts.get(id)) {
    throw new SiteDataError(`${path} changed while the site was built: build again`);
  }
  return bytes;
}

/** The fingerprint of a text as it was checked (decoded: a byte-order mark does not count). */
function textPrint(content: FileContent): string {
  return fingerprint(bytesOf(typeof content === 'string' ? content : decodeUtf8(content).text));
}

function bytesOf(content: FileContent | undefined): Uint8Array {
  return typeof content === 'string'
    ? new TextEncoder().encode(content)
    : (content ?? new Uint8Array());
}

/** The folder, links resolved, must be inside the project root. */
function assertInside(dir: string, root: string): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    throw new SiteDataError(`${dir}: no such folder`);
  }
  const inside = relative(realpathSync(root), real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new SiteDataError(
      `${dir} is ${real}, outside the project (${root}): the build reads only data inside it`,
    );
  }
}

/** The tables the build publishes (under data/canonical/), as datapackage.json names them. */
const PUBLISHED_TABLES = new Set(['claims', 'sources', 'measures']);

interface Datapackage {
  version?: string;
  resources?: { name?: string }[];
}

/** The folder's datapackage.json, and its published form: only the tables that are published. */
function readDatapackage(dir: string): { version?: string; published: Datapackage } {
  const path = join(dir, 'datapackage.json');
  const read = readRegularFile(path);
  if ('missing' in read)
    throw new SiteDataError(`${path}: no such file; the build needs the schema`);
  if ('refused' in read)
    throw new SiteDataError(`${path}: ${read.refused.code}: ${read.refused.message}`);
  let parsed: Datapackage;
  try {
    parsed = JSON.parse(new TextDecoder().decode(read.bytes)) as Datapackage;
  } catch (e) {
    throw new SiteDataError(`${path}: not valid JSON: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SiteDataError(`${path}: not a data package (a JSON object)`);
  }
  const resources = Array.isArray(parsed.resources) ? parsed.resources : [];
  return {
    ...(typeof parsed.version === 'string' ? { version: parsed.version } : {}),
    published: {
      ...parsed,
      resources: resources.filter((r) => PUBLISHED_TABLES.has(r?.name ?? '')),
    },
  };
}

function buildDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/**
 * One load and check of the folder, shared by the plugins: a build loads it
 * when a plugin first asks and releases it when the build is over; the dev
 * server loads it again only when a file in the folder changed.
 */
export class SiteSource {
  #data: SiteData | undefined;
  #signature: string | undefined;
  #root = process.cwd();

  constructor(readonly dir: string) {}

  /** The project root the folder must be in (Vite's `root`). */
  setRoot(root: string): void {
    this.#root = root;
  }

  /** The folder as it was first loaded, for the rest of a build. */
  get(): SiteData {
    return this.#data ?? this.#reload();
  }

  /** The folder as it is now: loaded again only when one of its files changed (the dev server's). */
  current(): SiteData {
    const signature = folderSignature(this.dir);
    if (this.#data && signature === this.#signature) return this.#data;
    return this.#reload(signature);
  }

  /** Loads and checks the folder (each call reads it anew). */
  load(): SiteData {
    return loadSiteData(this.dir, this.#root);
  }

  release(): void {
    this.#data = undefined;
    this.#signature = undefined;
  }

  #reload(signature = folderSignature(this.dir)): SiteData {
    this.#signature = signature;
    return (this.#data = this.load());
  }
}

/** Names, sizes and times of the folder's files: changes whenever one of them does. */
function folderSignature(dir: string): string {
  const parts: string[] = [];
  const add = (path: string) => {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    parts.push(`${path}:${stats?.size ?? '-'}:${stats?.mtimeMs ?? '-'}`);
  };
  for (const name of [
    'claims.csv',
    'sources.csv',
    'measures.csv',
    'skipped.csv',
    'datapackage.json',
    'sources',
  ])
    add(join(dir, name));
  let names: string[] = [];
  try {
    names = readdirSync(join(dir, 'sources'));
  } catch {
    // no sources folder: its absence is in the signature already
  }
  for (const name of names) add(join(dir, 'sources', name));
  return parts.join('\n');
}

/** The lines the build prints about the data: how many problems, and the first of them. */
export function buildReport(data: SiteData, shown = 10): string | undefined {
  const { problems } = data.dataset;
  if (problems.length === 0 && data.withoutSource === 0) return undefined;
  const lines = [
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${data.dir} (run \`npx claims check ${data.dir}\`): the rows and files concerned are not published`,
    ...problems.slice(0, shown).map((p) => `  ${formatProblem(p)}`),
  ];
  if (problems.length > shown) lines.push(`  … and ${problems.length - shown} more`);
  if (data.withoutSource > 0)
    lines.push(`${data.withoutSource} claims cite a source that is not published: left out`);
  return lines.join('\n');
}
