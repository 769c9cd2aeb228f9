/**
 * `claims check` as a pure function: reads sources.csv, claims.csv and the
 * source texts, and returns the valid claims and sources with every problem
 * found. The CLI and the dashboard both call this, so they reject the same rows
 * with the same messages.
 */
import type { Claim, Source } from '../claim';
import type { Problem } from '../problem';
import { sortProblems } from '../problem';
import { resource } from '../schema';
import { decodeUtf8 } from '../text/decode';
import { claimRowProblems } from './claim-row';
import type { ClaimRowContext } from './claim-row';
import { readTable } from './table';
import type { TableRow } from './table';
import { skipRowProblems } from './skip-row';
import type { SkipRowContext } from './skip-row';

/** File contents as bytes (checked for UTF-8) or already-decoded text. */
export type FileContent = Uint8Array | string;

export interface DatasetInput {
  /** Folder name used in messages, e.g. `claims`. */
  dir: string;
  /** undefined when the file does not exist. */
  claims: FileContent | undefined;
  sources: FileContent | undefined;
  /** skipped.csv, optional: candidates a curator set aside. */
  skipped?: FileContent | undefined;
  /** Source id → contents of `sources/<id>.txt`. */
  texts: ReadonlyMap<string, FileContent>;
}

/** Why a candidate was set aside: see the `kind` field of skipped.csv. */
export type SkipKind = 'not_a_claim' | 'not_a_quantity';

export interface Dataset {
  claims: Claim[];
  sources: Source[];
  /** Source id → article text, for the sources that have one. */
  texts: Map<string, string>;
  /** Candidates set aside in skipped.csv, by key (`source/s12/mention`). */
  skipped: Map<string, SkipKind>;
  /** Every problem, in file order. */
  problems: Problem[];
}

/** The problems that need the source texts to find (see `citationSummary`). */
const TEXT_CODES = new Set<Problem['code']>([
  'quote-not-found',
  'quote-ambiguous',
  'mention-not-in-quote',
  'value-mismatch',
  'qualifier-mismatch',
  'missing-source-file',
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
  problems: Problem[];
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
  const trusted = options.citations;
  // Known problems by file and line, to reject the rows they concern.
  const knownAt = new Map<string, Problem[]>();
  for (const p of trusted ?? []) {
    const key = `${p.file}:${p.line}`;
    knownAt.set(key, [...(knownAt.get(key) ?? []), p]);
    if (p.file.includes('/sources/')) problems.push(p);
  }
  const claimsFile = `${input.dir}/claims.csv`;
  const sourcesFile = `${input.dir}/sources.csv`;

  const texts = new Map<string, string>();
  for (const [id, content] of input.texts) {
    texts.set(id, decode(`${input.dir}/sources/${id}.txt`, content, problems));
  }

  // Sources first: claims refer to them.
  const sourceRows = readResource(sourcesFile, input.sources, 'sources', problems);
  const sources: Source[] = [];
  const sourceIds = new Set<string>();
  const sourceWithoutText = new Set<string>();
  for (const row of sourceRows) {
    const source = row.record as unknown as Source;
    if (source.id !== '') sourceIds.add(source.id);
    if (trusted) {
      const known = knownAt.get(`${sourcesFile}:${row.line}`) ?? [];
      problems.push(...known);
      if (known.some((p) => p.code === 'missing-source-file')) sourceWithoutText.add(source.id);
      else if (!row.rejected) sources.push(source);
      continue;
    }
    if (source.id !== '' && !texts.has(source.id)) {
      sourceWithoutText.add(source.id);
      problems.push({
        file: sourcesFile,
        line: row.line,
        column: row.columns.id ?? 0,
        code: 'missing-source-file',
        message: `source "${source.id}" has no text file ${input.dir}/sources/${source.id}.txt`,
      });
      continue;
    }
    if (!row.rejected) sources.push(source);
  }

  const claimRows = readResource(claimsFile, input.claims, 'claims', problems);
  const claims: Claim[] = [];
  const context: ClaimRowContext = {
    file: claimsFile,
    dir: input.dir,
    sourcesFile,
    sourceIds,
    sourcesWithoutText: sourceWithoutText,
    texts,
    lineIndexes: new Map(),
  };
  const shared = new StringPool();
  for (const row of claimRows) {
    const claim = row.record as unknown as Claim;
    // The keys claims are grouped and looked up by, one string per value.
    claim.measure = shared.intern(claim.measure);
    claim.source_id = shared.intern(claim.source_id);
    let rowProblems: Problem[];
    if (trusted) {
      rowProblems = claimRowProblems(row, context, { citations: false });
      rowProblems.push(...(knownAt.get(`${claimsFile}:${row.line}`) ?? []));
    } else {
      rowProblems = claimRowProblems(row, context);
    }
    problems.push(...rowProblems);
    if (!row.rejected && rowProblems.length === 0) claims.push(claim);
  }

  const skippedFile = `${input.dir}/skipped.csv`;
  let skipped = new Map<string, SkipKind>();
  if (input.skipped !== undefined && trusted) {
    // Its rules need the texts too: the earlier check's findings stand for them.
    const rows = readResource(skippedFile, input.skipped, 'skipped', []);
    const rejected = new Set(trusted.filter((p) => p.file === skippedFile).map((p) => p.line));
    for (const row of rows) {
      if (!rejected.has(row.line))
        skipped.set(String(row.record.candidate), row.record.kind as SkipKind);
    }
    problems.push(...trusted.filter((p) => p.file === skippedFile));
  } else if (input.skipped !== undefined) {
    skipped = checkSkipped(skippedFile, input.skipped, texts, problems);
  }

  return { claims, sources, texts, skipped, problems: sortProblems(problems) };
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
): Map<string, SkipKind> {
  const keys = new Map<string, SkipKind>();
  const context: SkipRowContext = { file, texts, sentences: new Map() };
  for (const row of readResource(file, content, 'skipped', problems)) {
    if (row.rejected) continue;
    const rowProblems = skipRowProblems(row, context);
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else keys.set(String(row.record.candidate), row.record.kind as SkipKind);
  }
  return keys;
}

function readResource(
  file: string,
  content: FileContent | undefined,
  name: 'claims' | 'sources' | 'skipped',
  problems: Problem[],
): TableRow[] {
  if (content === undefined) {
    problems.push({ file, line: 0, column: 0, code: 'source-error', message: 'file not found' });
    return [];
  }
  const text = decode(file, content, problems);
  const result = readTable(file, text, resource(name));
  problems.push(...result.problems);
  return result.rows;
}

function decode(file: string, content: FileContent, problems: Problem[]): string {
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
