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
}

/** Codes from the Frictionless error catalogue where one fits, and our citation codes. */
export type ProblemCode =
  | 'encoding-error'
  | 'source-error'
  | 'blank-label'
  | 'duplicate-label'
  | 'missing-label'
  | 'extra-label'
  | 'blank-row'
  | 'extra-cell'
  | 'missing-cell'
  | 'type-error'
  | 'constraint-error'
  | 'unique-error'
  | 'foreign-key-error'
  | 'quote-not-found'
  | 'quote-ambiguous'
  | 'mention-not-in-quote'
  | 'value-mismatch'
  | 'qualifier-mismatch'
  | 'bad-url'
  | 'missing-source-file'
  | 'unlisted-source-file'
  | 'not-a-regular-file'
  | 'file-too-large';

/** `FILE:LINE:COLUMN: CODE: message`, the format editors and CI logs link to. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.code}: ${p.message}`;
}

/** Problems in file order, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
