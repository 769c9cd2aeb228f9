/**
 * One input of `claims extract`: read it, decode it, propose its candidates,
 * drop what the curated claims cover (with --uncurated) and write the lines
 * to print. The same function runs on the main thread and in worker threads,
 * so the output does not depend on how many threads ran.
 */
import { readFileSync } from 'node:fs';
import { CONTEXT, extractCandidates } from '../../extract/candidates';
import type { Candidate, ExtractOptions } from '../../extract/candidates';
import { uncurated } from '../../extract/coverage';
import type { Span } from '../../extract/coverage';
import { formatProblem } from '../../model/problem';
import { candidateKey } from '../../model/candidate-key';
import type { Problem } from '../../model/problem';
import { figureWithNote, formatFigure } from '../../model/format';
import type { Figure } from '../../model/quantity';
import { decodeUtf8 } from '../../model/text/decode';
import { CliError } from '../../node/error';
import { readTextEntry } from '../../node/claims-folder';
import { readNamedFile } from '../../node/regular-file';

/** A file to read (a source when it has a source id), or standard input ("-"). */
export interface Input {
  path: string;
  sourceId?: string;
  /**
   * An entry of a folder of sources: read as `claims check` reads it, and
   * passed over, named on standard error, when it cannot be.
   */
  entry?: { folder: string; name: string; shown: string };
}

export interface JobOptions {
  json: boolean;
  all: boolean;
}

/** With --uncurated: what the curated claims cover and what skipped.csv sets aside. */
export interface CurationFilter {
  spans: ReadonlyMap<string, Span[]>;
  skipped: ReadonlyMap<string, unknown>;
}

export interface JobResult {
  /** The lines to print on standard output. */
  lines: string[];
  /** Why a folder's entry was passed over, for standard error. */
  passedOver: string[];
}

/** The inputs of PATH, in print order, cut into batches that threads take in turn. */
export interface Batch {
  index: number;
  inputs: Input[];
}

/** What each input of the batch prints, up to the first input that stops the command. */
export interface BatchResult {
  index: number;
  results: JobResult[];
  error?: { message: string; exitCode: number };
}

/**
 * The lines of each input of a batch, on whichever thread runs it. An input
 * that stops the command (a CliError: the user's bad input) ends the batch
 * there, and the error goes back in the result, printed at its turn.
 */
export function extractBatch(
  batch: Batch,
  options: JobOptions,
  filter: CurationFilter | undefined,
): BatchResult {
  const result: BatchResult = { index: batch.index, results: [] };
  try {
    for (const input of batch.inputs) result.results.push(extractLines(input, options, filter));
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    result.error = { message: e.message, exitCode: e.exitCode };
  }
  return result;
}

/**
 * The lines `claims extract` prints for one input. A file named on the
 * command line that cannot be read is a CliError; a folder's entry that
 * cannot be is passed over.
 */
export function extractLines(
  input: Input,
  options: JobOptions,
  filter: CurationFilter | undefined,
): JobResult {
  let text: string | undefined;
  if (input.entry) {
    const { folder, name, shown } = input.entry;
    const problems: Problem[] = [];
    text = readTextEntry(folder, shown, name, problems);
    if (problems.length > 0 || text === undefined) {
      return { lines: [], passedOver: problems.map((p) => `${formatProblem(p)} (passed over)`) };
    }
  } else {
    text = readNamedText(input.path);
  }
  const extractOptions: ExtractOptions = { all: options.all };
  if (input.sourceId !== undefined) extractOptions.sourceId = input.sourceId;
  let candidates = extractCandidates(text, extractOptions);
  if (filter) candidates = uncurated(candidates, filter.spans, filter.skipped);
  return { lines: candidates.map(options.json ? toJson : toText), passedOver: [] };
}

/** Standard input, or a file named on the command line: only a regular file is read. */
function readNamedText(path: string): string {
  if (path === '-') return decodeOrFail('standard input', readFileSync(0));
  const read = readNamedFile(path);
  if ('missing' in read) throw new CliError(`${path}: no such file or folder`);
  if ('refused' in read) throw new CliError(`${path}: ${read.refused.message}`);
  return decodeOrFail(path, read.bytes);
}

function decodeOrFail(name: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.invalidAt !== undefined) {
    throw new CliError(
      `${name}:${decoded.invalidLine}:${decoded.invalidColumn}: encoding-error: not UTF-8`,
    );
  }
  return decoded.text;
}

/** A movement's other level for --json: its span and what it states. */
function figureJson(f: Figure | undefined): object | null {
  if (!f) return null;
  return {
    mention: f.mention,
    start: f.start,
    end: f.end,
    value: f.value ?? null,
    low: f.low ?? null,
    high: f.high ?? null,
    qualifier: f.qualifier,
    unit: f.unit ?? null,
  };
}

function toJson(c: Candidate): string {
  const line: Record<string, unknown> = {
    source_id: c.source_id ?? null,
    sentence_id: c.sentence_id,
    start: c.start,
    end: c.end,
    mention: c.mention,
    value: c.value ?? null,
    low: c.low ?? null,
    high: c.high ?? null,
    qualifier: c.qualifier,
    unit: c.unit ?? null,
    change: c.change ?? '',
    from: figureJson(c.from),
    to: figureJson(c.to),
    category: c.category,
    subject: c.subject,
    attributed_to: c.attributed_to,
    sentence: c.sentence,
    key: candidateKey(c),
  };
  // Added after, not spread into the literal: a spread made every line's
  // object slower to write out, the object itself slower to make.
  if (c.excluded) line.excluded = c.excluded;
  return JSON.stringify(line);
}

/**
 * The sentence with the mention in brackets; in a sentence too long to read,
 * CONTEXT characters either side of it, so a megabyte-long line prints a
 * short excerpt per figure rather than the whole line each time.
 */
function highlight(c: Candidate): string {
  const at = c.start - c.sentence_start;
  const after = at + c.mention.length;
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(c.sentence.length, after + CONTEXT);
  return (
    (from > 0 ? '…' : '') +
    `${c.sentence.slice(from, at)}[${c.mention}]${c.sentence.slice(after, to)}` +
    (to < c.sentence.length ? '…' : '')
  );
}

/** "down from $41,200", "up, reaching $2,041.20". */
function movement(c: Candidate): string {
  const written = (f: Figure) => formatFigure({ ...f, unit: f.unit ?? c.unit ?? 'items' });
  if (c.from) return `${c.change} from ${written(c.from)}`;
  if (c.to) return `${c.change}, reaching ${written(c.to)}`;
  return c.change ?? '';
}

function toText(c: Candidate): string {
  // A vague amount in the reporter's words, with the range its convention gives.
  const figure = figureWithNote({ ...c, unit: c.unit ?? 'items' });
  const fields = [
    `${figure} (${c.qualifier})`,
    c.change && movement(c),
    c.unit ?? 'unit?',
    c.category,
    c.subject && `subject: ${c.subject}`,
    c.attributed_to && `attributed to: ${c.attributed_to}`,
    c.excluded && `not a claim: ${c.excluded}`,
  ].filter(Boolean);
  const key = c.source_id === undefined ? '' : `\n    key: ${candidateKey(c)}`;
  return `${c.source_id ?? '-'} ${c.sentence_id}: ${highlight(c)}\n    ${fields.join(' · ')}${key}`;
}
