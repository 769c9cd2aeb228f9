/**
 * `claims check` as a pure function: reads sources.csv, claims.csv and the
 * source texts, and returns the valid claims and sources with every problem
 * found. The CLI and the dashboard both call this, so they reject the same rows
 * with the same messages.
 */
import type { Claim, Measure, Source } from '../claim';
import type { Problem } from '../problem';
import { echo, sortProblems } from '../problem';
import { SOURCE_TEXT_MAX_BYTES, resource } from '../schema';
import { decodeUtf8 } from '../text/decode';
import { UNREADABLE_TEXT, claimRowProblems } from './claim-row';
import type { ClaimRowContext } from './claim-row';
import { measureRules } from './measures';
import { skipRowProblems } from './skip-row';
import type { SkipRowContext } from './skip-row';
import { readTable } from './table';
import type { TableRow } from './table';

/** File contents as bytes (checked for UTF-8) or already-decoded text. */
export type FileContent = Uint8Array | string;

export interface DatasetInput {
  /** Folder name used in messages, e.g. `claims`. */
  dir: string;
  /** undefined when the file does not exist. */
  claims: FileContent | undefined;
  sources: FileContent | undefined;
  measures: FileContent | undefined;
  /** skipped.csv, optional: candidates a curator set aside. */
  skipped?: FileContent | undefined;
  /** Source id → contents of `sources/<id>.txt`. */
  texts: ReadonlyMap<string, FileContent>;
  /**
   * What the loader found wrong with the folder itself (links, pipes,
   * folders where files belong, files too large, stray files in sources/):
   * those entries were not read, and are reported as they are.
   */
  folderProblems?: readonly Problem[];
}

/** Why a candidate was set aside: see the `kind` field of skipped.csv. */
export type SkipKind = 'not_a_claim' | 'not_a_quantity';

export interface Dataset {
  claims: Claim[];
  sources: Source[];
  /** The measures that valid claims cite. */
  measures: Measure[];
  /** Source id → article text, for the sources that have one. */
  texts: Map<string, string>;
  /** Candidates set aside in skipped.csv, by key (`source/s12/mention`). */
  skipped: Map<string, SkipKind>;
  /** Every problem, in file order: each rejects its row. */
  problems: Problem[];
  /** What deserves a look but rejects nothing (invisible characters in text), in file order. */
  warnings: Problem[];
}

/** The problems that need the source texts to find (see `citationSummary`). */
const TEXT_CODES = new Set<Problem['code']>([
  'quote-not-found',
  'quote-ambiguous',
  'mention-not-in-quote',
  'value-mismatch',
  'qualifier-mismatch',
  'missing-source-file',
  'text-too-large',
]);

export interface CheckOptions {
  /**
   * The text-dependent problems of an earlier check of the same claims.csv
   * and sources.csv (data/check.json, written at build time). Given, they are
   * used instead of reading every source text, which a browser cannot afford
   * at 10,000 sources; `texts` may then be empty.
   */
  citations?: readonly Problem[];
}

/** What a build stores so the browser need not verify every citation again. */
export interface CitationSummary {
  /** `fingerprint(claims.csv, sources.csv)` of the checked bytes. */
  fingerprint: string;
  /** The text-dependent problems of those files, at their lines. */
  problems: Problem[];
  /**
   * What was found in the claims folder those files were published from, and
   * left out of them (data/check.json): shown as it is, never applied to a row.
   */
  excluded?: Problem[];
}

export function citationSummary(dataset: Dataset, fingerprint: string): CitationSummary {
  return {
    fingerprint,
    problems: dataset.problems.filter(
      (p) => TEXT_CODES.has(p.code) || p.file.includes('/sources/'),
    ),
  };
}

export function checkDataset(input: DatasetInput, options: CheckOptions = {}): Dataset {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const trusted = options.citations;
  // Known problems by file and line, to reject the rows they concern.
  const knownAt = new Map<string, Problem[]>();
  for (const p of trusted ?? []) {
    const key = `${p.file}:${p.line}`;
    const known = knownAt.get(key);
    if (known) known.push(p);
    else knownAt.set(key, [p]);
    if (p.file.includes('/sources/')) problems.push(p);
  }
  const claimsFile = `${input.dir}/claims.csv`;
  const sourcesFile = `${input.dir}/sources.csv`;
  const refused = new Set<string>();
  for (const p of input.folderProblems ?? []) {
    problems.push(p);
    refused.add(p.file);
  }
  const textFile = (id: string) => `${input.dir}/sources/${id}.txt`;

  const texts = new Map<string, string>();
  // Texts over the size limit are not read: the dashboard could not show them.
  const oversized = new Map<string, number>();
  for (const [id, content] of input.texts) {
    const bytes = byteLength(content);
    if (bytes > SOURCE_TEXT_MAX_BYTES) oversized.set(id, bytes);
    else texts.set(id, decode(textFile(id), content, problems));
  }

  // Sources first: claims refer to them.
  const sourceRows = readResource(
    sourcesFile,
    input.sources,
    'sources',
    problems,
    warnings,
    refused,
  );
  const sources: Source[] = [];
  const sourceIds = new Set<string>();
  /** Source id → the code of the problem that makes its text unreadable. */
  const unreadable = new Map<string, Problem['code']>();
  /** Source id → the first problem of its row, when no row of that id is valid. */
  const rejectedSources = new Map<string, Problem>();
  const textProblem = (row: TableRow, code: Problem['code'], message: string): Problem => ({
    file: sourcesFile,
    line: row.line,
    column: row.columns.id ?? 0,
    code,
    message,
  });
  for (const row of sourceRows) {
    const source = row.record as unknown as Source;
    const id = source.id;
    if (id !== '') sourceIds.add(id);
    // An id that is no id names no file: its own problem says enough.
    const named = id !== '' && !row.invalid.has('id');
    let unreadableCode: Problem['code'] | undefined;
    if (trusted) {
      for (const p of knownAt.get(`${sourcesFile}:${row.line}`) ?? []) {
        problems.push(p);
        if (UNREADABLE_TEXT[p.code]) unreadableCode ??= p.code;
      }
    } else if (named && oversized.has(id)) {
      unreadableCode = 'text-too-large';
      const size = oversized.get(id)!.toLocaleString('en-US');
      problems.push(
        textProblem(
          row,
          unreadableCode,
          `${textFile(id)} is ${size} bytes: a source text may have at most ${SOURCE_TEXT_MAX_BYTES.toLocaleString('en-US')} (claims/datapackage.json)`,
        ),
      );
    } else if (named && !texts.has(id)) {
      unreadableCode = 'missing-source-file';
      problems.push(
        textProblem(
          row,
          unreadableCode,
          refused.has(textFile(id))
            ? `source ${echo(id)} has no usable text: ${textFile(id)} was not read (its own problem says why)`
            : `source ${echo(id)} has no text file ${textFile(id)}`,
        ),
      );
    }
    if (unreadableCode) unreadable.set(id, unreadableCode);
    else if (!row.rejected) sources.push(source);
    else if (!rejectedSources.has(id)) rejectedSources.set(id, row.problems[0]!);
  }
  // A source with one valid row is valid: its other rows are duplicates.
  for (const source of sources) rejectedSources.delete(source.id);
  // A text that no row lists is not a source: nothing may cite it, and the
  // build does not publish it. (Only a folder read from disk has these.)
  if (!trusted) {
    for (const id of [...texts.keys(), ...oversized.keys()]) {
      if (sourceIds.has(id)) continue;
      texts.delete(id);
      problems.push({
        file: textFile(id),
        line: 0,
        column: 0,
        code: 'unlisted-source-file',
        message: `no row of ${sourcesFile} has the id ${echo(id)}: add its row (claims ingest does) or delete the file`,
      });
    }
  }

  const measuresFile = `${input.dir}/measures.csv`;
  const measures = measureRules(
    measuresFile,
    readResource(measuresFile, input.measures, 'measures', problems, warnings, refused),
    problems,
  );

  const claimRows = readResource(claimsFile, input.claims, 'claims', problems, warnings, refused);
  const claims: Claim[] = [];
  const context: ClaimRowContext = {
    file: claimsFile,
    dir: input.dir,
    sourcesFile,
    sourceIds,
    unreadable,
    rejectedSources,
    texts,
    lineIndexes: new Map(),
    measures,
  };
  const shared = new StringPool();
  for (const row of claimRows) {
    const claim = row.record as unknown as Claim;
    // The keys claims are grouped and looked up by, one string per value.
    claim.measure = shared.intern(claim.measure);
    claim.source_id = shared.intern(claim.source_id);
    let rowProblems: Problem[];
    if (trusted) {
      rowProblems = claimRowProblems(row, context, { trusted: true });
      for (const p of knownAt.get(`${claimsFile}:${row.line}`) ?? []) rowProblems.push(p);
    } else {
      rowProblems = claimRowProblems(row, context);
    }
    for (const p of rowProblems) problems.push(p);
    if (!row.rejected && rowProblems.length === 0) claims.push(claim);
  }

  // Which measures no claim cites, when the claims could be read at all: a
  // claims.csv that is missing, refused or without a measure column cites none,
  // and its own problem says so. One by one: a spread of many thousands of
  // problems overflows the stack.
  if (claimRows.some((row) => row.record.measure !== '')) {
    for (const p of measures.uncited()) problems.push(p);
  }

  const skippedFile = `${input.dir}/skipped.csv`;
  let skipped = new Map<string, SkipKind>();
  if (input.skipped !== undefined && trusted) {
    // Its rules need the texts too: the earlier check's findings stand for them.
    const rows = readResource(skippedFile, input.skipped, 'skipped', [], warnings, refused);
    const rejected = new Set(trusted.filter((p) => p.file === skippedFile).map((p) => p.line));
    for (const row of rows) {
      if (!rejected.has(row.line))
        skipped.set(String(row.record.candidate), row.record.kind as SkipKind);
    }
    for (const p of trusted) if (p.file === skippedFile) problems.push(p);
  } else if (input.skipped !== undefined) {
    skipped = checkSkipped(skippedFile, input.skipped, texts, problems, warnings);
  }

  const cited = new Set(claims.map((c) => c.measure));
  return {
    claims,
    sources,
    measures: measures.valid.filter((m) => cited.has(m.id)),
    texts,
    skipped,
    problems: sortProblems(problems),
    warnings: sortProblems(warnings),
  };
}

/**
 * Each skipped candidate must still exist: its source, its sentence, and its
 * mention in that sentence. A stale entry would hide a real candidate.
 */
function checkSkipped(
  file: string,
  content: FileContent,
  texts: ReadonlyMap<string, string>,
  problems: Problem[],
  warnings: Problem[],
): Map<string, SkipKind> {
  const keys = new Map<string, SkipKind>();
  const context: SkipRowContext = { file, texts, sentences: new Map() };
  for (const row of readResource(file, content, 'skipped', problems, warnings, new Set())) {
    if (row.rejected) continue;
    const rowProblems = skipRowProblems(row, context);
    for (const p of rowProblems) problems.push(p);
    if (rowProblems.length === 0)
      keys.set(String(row.record.candidate), row.record.kind as SkipKind);
  }
  return keys;
}

function readResource(
  file: string,
  content: FileContent | undefined,
  name: 'claims' | 'sources' | 'measures' | 'skipped',
  problems: Problem[],
  warnings: Problem[],
  refused: ReadonlySet<string>,
): TableRow[] {
  if (content === undefined) {
    // A file the loader refused has its own problem already.
    if (!refused.has(file))
      problems.push({ file, line: 0, column: 0, code: 'source-error', message: 'file not found' });
    return [];
  }
  const text = decode(file, content, problems);
  const result = readTable(file, text, resource(name));
  for (const p of result.problems) problems.push(p);
  for (const w of result.warnings) warnings.push(w);
  return result.rows;
}

function byteLength(content: FileContent): number {
  return typeof content === 'string' ? new TextEncoder().encode(content).length : content.length;
}

/**
 * The text of a file, a byte-order mark dropped; bytes that are not UTF-8
 * are an encoding-error problem at the first bad byte. The Node loader
 * decodes each file as soon as it is read, so that its bytes are not kept.
 */
export function decode(file: string, content: FileContent, problems: Problem[]): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  const decoded = decodeUtf8(content);
  if (decoded.invalidAt !== undefined) {
    problems.push({
      file,
      line: decoded.invalidLine!,
      column: decoded.invalidColumn!,
      code: 'encoding-error',
      message: `byte ${decoded.invalidAt} is not valid UTF-8: save the file as UTF-8`,
    });
  }
  return decoded.text;
}

/**
 * One string object per distinct value. Strings cut from a CSV file are
 * separate objects even when equal; a Map keyed by them hashes and compares
 * characters on every lookup, while shared strings match at once. Grouping
 * 100,000 claims by measure runs about four times faster.
 */
class StringPool {
  readonly #strings = new Map<string, string>();

  intern(text: string): string {
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }
}
