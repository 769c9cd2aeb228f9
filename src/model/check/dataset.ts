/**
 * `claims check` as a pure function: reads sources.csv, claims.csv and the
 * source texts, and returns the valid claims and sources with every problem
 * found. The CLI and the dashboard both call this, so they reject the same rows
 * with the same messages.
 *
 * The check runs in named stages, each a pure function of the one before
 * (and each tested alone):
 *
 *   readTables          the files as tables: decoding, types, lists, patterns
 *   checkSourceTexts    which sources have a text to verify against
 *   checkRows           each row's rules that need no text (measures, keys, numbers)
 *   checkCitations      each quote in its source's text
 *   checkSkips          each skipped candidate still in its text
 *
 * Given an earlier check's findings (`CheckOptions.citations`), the stages
 * that need the texts are replaced by ones that apply those findings
 * (`applyKnownSourceTexts`, `applyKnownCitations`, `applyKnownSkips`).
 * Given files that check accepted whole (`CheckOptions.clean`), their rows
 * are read without being held to their own rules again.
 */
import type { Claim, Measure, Source } from '../claim';
import type { Problem } from '../problem';
import { problemOf, sortProblems } from '../problem';
import { applyKnownCitations, checkCitations } from './citation-checks';
import { KnownProblems } from './known';
import { readTables } from './read-tables';
import type { Tables } from './read-tables';
import type { SkipKind } from './records';
import { checkRows } from './rows';
import type { CheckedRows } from './rows';
import { applyKnownSkips, checkSkips } from './skips';
import type { CheckedSkips } from './skips';
import { applyKnownSourceTexts, checkSourceTexts } from './source-texts';
import type { SourceTexts } from './source-texts';

export type { SkipKind } from './records';

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
  /**
   * claims.csv and sources.csv are files an earlier check accepted whole:
   * every row valid, every citation verified (a build's canonical tables,
   * which hold only such rows, when data/check.json's fingerprint shows they
   * are the very bytes the build wrote). Their rows are then read without
   * being held to their own rules again, and no text is needed. What that
   * check did not vouch for still is: measures.csv, and each claim against
   * its measure.
   */
  clean?: boolean;
  /**
   * Repeated text cells become one string each (`SharedStrings`): for a
   * process that holds the dataset while it does much else (the build, at
   * hundreds of thousands of claims). It costs time to read: the browser
   * and the CLI, which hold a dataset briefly or at a size that fits, go
   * without.
   */
  shareStrings?: boolean;
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
  /**
   * The files hold only rows the check accepted: no problem at all, of any
   * kind (the build's canonical tables). See CheckOptions.clean.
   */
  clean?: boolean;
}

/**
 * A CitationSummary as a build wrote it (data/check.json, parsed), read
 * field by field: a problem that is not one is dropped; undefined when it
 * is no summary at all, so that every citation is verified instead.
 */
export function citationSummaryOf(json: unknown): CitationSummary | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { fingerprint, problems, excluded, clean } = json as Record<string, unknown>;
  if (typeof fingerprint !== 'string' || !Array.isArray(problems)) return undefined;
  return {
    fingerprint,
    problems: problemsOf(problems),
    excluded: Array.isArray(excluded) ? problemsOf(excluded) : [],
    // Files with a problem are not clean, whatever the summary says.
    clean: clean === true && problems.length === 0,
  };
}

function problemsOf(list: readonly unknown[]): Problem[] {
  const problems: Problem[] = [];
  for (const value of list) {
    const problem = problemOf(value);
    if (problem) problems.push(problem);
  }
  return problems;
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
  const clean = options.clean === true;
  const tables = readTables(input, { clean, shareStrings: options.shareStrings === true });
  return options.citations || clean
    ? applyKnown(tables, new KnownProblems(options.citations ?? []), clean)
    : verify(tables);
}

/** Every rule, every citation looked up in its text. */
function verify(tables: Tables): Dataset {
  const texts = checkSourceTexts(tables);
  const rows = checkRows(tables, texts);
  checkCitations(rows.claims, texts.texts, { claims: tables.claims.file, dir: tables.dir });
  const skips = tables.skipped && checkSkips(tables.skipped, texts.texts);
  return assemble(tables, [], texts, rows, skips);
}

/**
 * Every rule that needs no text; an earlier check's findings for those that
 * do. `clean`: only the rules that check did not hold (CheckOptions.clean).
 */
function applyKnown(tables: Tables, known: KnownProblems, clean: boolean): Dataset {
  const texts = applyKnownSourceTexts(tables, known);
  const rows = checkRows(tables, texts, { clean });
  applyKnownCitations(rows.claims, known, tables.claims.file);
  const skips = tables.skipped && applyKnownSkips(tables.skipped, known);
  return assemble(tables, known.ofTexts(), texts, rows, skips);
}

/** The valid rows and every problem, in file order. */
function assemble(
  tables: Tables,
  first: Problem[],
  texts: SourceTexts,
  rows: CheckedRows,
  skips: CheckedSkips | undefined,
): Dataset {
  // Within a file, the order each stage found them in (sorting keeps it for a shared place).
  const problems = first;
  const add = (list: readonly Problem[]) => {
    // One by one: a spread of many thousands of problems overflows the stack.
    for (const p of list) problems.push(p);
  };
  add(tables.problems);
  add(tables.sources.problems);
  add(texts.problems);
  add(tables.measures.problems);
  add(tables.claims.problems);
  add(rows.problems);
  const claims: Claim[] = [];
  for (const check of rows.claims) {
    add(check.problems);
    if (!check.row.rejected && check.problems.length === 0) claims.push(check.claim);
  }
  if (skips) add(skips.problems);
  const warnings: Problem[] = [];
  for (const table of [tables.sources, tables.measures, tables.claims, tables.skipped]) {
    for (const w of table?.warnings ?? []) warnings.push(w);
  }
  const cited = new Set(claims.map((c) => c.measure));
  return {
    claims,
    sources: rows.sources,
    measures: rows.measures.valid.filter((m) => cited.has(m.id)),
    texts: texts.texts,
    skipped: skips?.skipped ?? new Map(),
    problems: sortProblems(problems),
    warnings: sortProblems(warnings),
  };
}
