import { escapeHidden } from './text/hidden';

/**
 * A problem found in the data: errors are data, not exceptions. Only the CLI
 * turns them into output lines and an exit code; the dashboard lists them.
 */
export interface Problem {
  /** Path as the user knows it, e.g. `claims/claims.csv`. */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based character column within the line; 0 when it concerns a whole line or file. */
  column: number;
  code: ProblemCode;
  message: string;
  /**
   * Absent for errors, which reject their row. A warning rejects nothing: it
   * is listed apart (`Dataset.warnings`) and `claims check` still passes.
   */
  severity?: 'warning';
}

/** Codes from the Frictionless error catalogue where one fits, and our citation codes. */
export const PROBLEM_CODES = [
  'encoding-error',
  'source-error',
  'blank-label',
  'duplicate-label',
  'missing-label',
  'extra-label',
  'blank-row',
  'extra-cell',
  'missing-cell',
  'type-error',
  'constraint-error',
  'unique-error',
  'foreign-key-error',
  'quote-not-found',
  'quote-ambiguous',
  'mention-not-in-quote',
  'value-mismatch',
  'qualifier-mismatch',
  'bad-url',
  'missing-source-file',
  'text-too-large',
  'invisible-character',
  'unlisted-source-file',
  'not-a-regular-file',
  'file-too-large',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

/**
 * A problem from outside the program (a build's data/check.json), read
 * field by field; undefined when it is not one.
 */
export function problemOf(value: unknown): Problem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { file, line, column, code, message, severity } = value as Record<string, unknown>;
  if (typeof file !== 'string' || typeof message !== 'string') return undefined;
  if (!isCount(line) || !isCount(column)) return undefined;
  if (!isProblemCode(code)) return undefined;
  const problem: Problem = { file, line, column, code, message };
  if (severity === 'warning') problem.severity = severity;
  return problem;
}

function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && CODES.has(code);
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/**
 * Longest value, in characters, that a message quotes whole. A message names
 * its cell by line and column; the value only helps to recognise it, and one
 * 50 MB cell must not make every page that lists the problem 50 MB.
 */
export const ECHO_LIMIT = 100;

/**
 * A value from the data as a message quotes it: in double quotes, on one
 * line, every character that does not show as itself escaped (`\u001b`,
 * `\n`), so data can neither forge output (a terminal runs escape sequences)
 * nor hide in it; cut at ECHO_LIMIT characters, saying how long it is.
 */
export function echo(value: string): string {
  if (value.length <= ECHO_LIMIT) return `"${escapeHidden(value)}"`;
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(value[ECHO_LIMIT - 1]!) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
  return `"${escapeHidden(value.slice(0, end))}…" (${value.length.toLocaleString('en-US')} characters)`;
}

/** `FILE:LINE:COLUMN: CODE: message`, the format editors and CI logs link to. */
export function formatProblem(p: Problem): string {
  const severity = p.severity ? `${p.severity}: ` : '';
  return `${p.file}:${p.line}:${p.column}: ${severity}${p.code}: ${p.message}`;
}

/** Problems in file order, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
