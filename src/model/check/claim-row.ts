/**
 * The rules of one row of claims.csv beyond its cells' types: which numbers
 * its qualifier needs, its measure (a valid row of measures.csv with the
 * claim's unit and category), a real `as_of` date, a usable source, and a
 * citation that holds in the source text. `checkDataset` applies them to
 * every row; the curation workbench to a row before it is written.
 */
import type { Claim } from '../claim';
import type { Problem } from '../problem';
import { echo } from '../problem';
import { NUMBERS_BY_QUALIFIER, SOURCE_TEXT_MAX_BYTES } from '../schema';
import type { NumberField } from '../schema';
import { LineIndex } from '../text/line-index';
import { checkCitation } from './citations';
import { rejectedKey, unknownKey } from './foreign-key';
import type { MeasureRules } from './measures';
import { claimOf } from './records';
import type { TableRow } from './table';
import { isPartialDate } from './values';

export interface ClaimRowContext {
  /** claims.csv as the user knows it, e.g. `claims/claims.csv`. */
  file: string;
  /** The folder, e.g. `claims`. */
  dir: string;
  sourcesFile: string;
  /** Every id sources.csv lists, valid or not. */
  sourceIds: ReadonlySet<string>;
  /** Source id → the code of the problem that makes its text unreadable. */
  unreadable: ReadonlyMap<string, Problem['code']>;
  /** Source id → the first problem of its row, when no row of that id is valid. */
  rejectedSources: ReadonlyMap<string, Problem>;
  texts: ReadonlyMap<string, string>;
  /** Line indexes of the texts, built as citations need them. */
  lineIndexes: Map<string, LineIndex>;
  /** measures.csv's rules (`measureRules`): checking a claim records its measure as cited. */
  measures: Pick<MeasureRules, 'checkClaim'>;
}

/** Why a source's text cannot be read, by the code of its problem: its claims cannot be verified. */
export const UNREADABLE_TEXT: Partial<Record<Problem['code'], string>> = {
  'missing-source-file': 'is missing',
  'text-too-large': `is larger than ${SOURCE_TEXT_MAX_BYTES.toLocaleString('en-US')} bytes`,
};

const NUMBER_FIELDS: NumberField[] = ['value', 'low', 'high'];

/** Reports a problem of a claim row, in the cell of `field`. */
export type Report = (field: string, code: Problem['code'], message: string) => void;

/** What the check knows of the source a claim names. */
export type SourceState =
  /** sources.csv has no row of that id. */
  | { kind: 'unknown' }
  /** Its text cannot be read (missing, too large): the claim cannot be verified. */
  | { kind: 'unreadable'; code: Problem['code'] }
  /** No row of that id is valid: the first problem of its first row. */
  | { kind: 'rejected'; problem: Problem }
  | { kind: 'usable' };

/**
 * Problems of one claim row, at its line and the columns of its cells: its
 * rules (`claimRules`) and its citation (`citationRules`), as `claims check`
 * finds them. The curation workbench applies it to a row before it is written.
 */
export function claimRowProblems(row: TableRow, context: ClaimRowContext): Problem[] {
  const claim = claimOf(row.record);
  const problems: Problem[] = [];
  const report = reporter(context.file, row, problems);
  const source = sourceState(claim.source_id, context);
  claimRules(claim, row.invalid, source, context, report);
  if (!citable(claim, row.invalid)) return problems;
  if (source.kind === 'unreadable') unverifiable(claim, source.code, context.dir, report);
  else if (source.kind === 'usable') {
    const text = context.texts.get(claim.source_id)!;
    citationRules(
      claim,
      row.invalid,
      text,
      () => textLines(context, claim.source_id, text),
      report,
    );
  }
  return problems;
}

/** A `Report` that adds to `problems`, at the row's line and the field's column. */
export function reporter(file: string, row: TableRow, problems: Problem[]): Report {
  return (field, code, message) => {
    problems.push({ file, line: row.line, column: row.columns[field] ?? 0, code, message });
  };
}

/** What `context` knows of the source `id`. */
function sourceState(id: string, context: ClaimRowContext): SourceState {
  if (!context.sourceIds.has(id)) return { kind: 'unknown' };
  const code = context.unreadable.get(id);
  if (code) return { kind: 'unreadable', code };
  const rejected = context.rejectedSources.get(id);
  return rejected ? { kind: 'rejected', problem: rejected } : { kind: 'usable' };
}

function textLines(context: ClaimRowContext, id: string, text: string): LineIndex {
  let lines = context.lineIndexes.get(id);
  if (!lines) context.lineIndexes.set(id, (lines = new LineIndex(text)));
  return lines;
}

/**
 * The rules of a claim that need no source text: which numbers its
 * qualifier needs, its measure, a real `as_of`, and a source that exists and
 * that claims check accepts (`source`, what is known of it).
 */
export function claimRules(
  claim: Claim,
  invalid: ReadonlySet<string>,
  source: SourceState,
  context: Pick<ClaimRowContext, 'measures' | 'sourcesFile'>,
  report: Report,
): void {
  checkNumbersForQualifier(claim, invalid, report);
  context.measures.checkClaim(claim, invalid, report);
  if (claim.as_of !== '' && /^\d{4}/.test(claim.as_of) && !isPartialDate(claim.as_of)) {
    report('as_of', 'constraint-error', `as_of ${echo(claim.as_of)} is not a real date`);
  }
  // An empty or malformed id is already reported.
  if (claim.source_id === '' || invalid.has('source_id')) return;
  if (source.kind === 'unknown') {
    report(
      'source_id',
      'foreign-key-error',
      unknownKey('source_id', claim.source_id, context.sourcesFile),
    );
  } else if (source.kind === 'rejected') {
    // Counted and charted, its claim page would say "not found".
    report(
      'source_id',
      'foreign-key-error',
      rejectedKey('source_id', claim.source_id, 'source', source.problem),
    );
  }
}

/** Whether `claimRules` let the claim's citation be looked up in its source's text. */
export function citable(claim: Claim, invalid: ReadonlySet<string>): boolean {
  return claim.source_id !== '' && !invalid.has('source_id');
}

/** The claim's source text cannot be read: its quote cannot be verified. */
export function unverifiable(
  claim: Claim,
  code: Problem['code'],
  dir: string,
  report: Report,
): void {
  report(
    'quote',
    code,
    `cannot verify the quote: ${dir}/sources/${claim.source_id}.txt ${UNREADABLE_TEXT[code]}`,
  );
}

/**
 * The citation of a claim against its source's text: the quote once in it,
 * the mention in the quote, stating the claim's numbers and qualifier.
 * `lines` gives the text's line index, made only when a message needs it.
 */
export function citationRules(
  claim: Claim,
  invalid: ReadonlySet<string>,
  text: string,
  lines: () => LineIndex,
  report: Report,
): void {
  if (claim.quote === '' || claim.mention === '') return;
  const where = (offset: number): string => {
    const { line, column } = lines().locate(offset);
    return `sources/${claim.source_id}.txt:${line}:${column}`;
  };
  for (const p of checkCitation(claim, text, where).problems) {
    // A cell already rejected for its type or list says enough about it.
    if (p.code === 'qualifier-mismatch' && invalid.has('qualifier')) continue;
    if (p.code === 'value-mismatch' && NUMBER_FIELDS.some((f) => invalid.has(f))) continue;
    report(p.field, p.code, p.message);
  }
}

/** The qualifier decides which of value/low/high are filled (datapackage.json). */
function checkNumbersForQualifier(
  claim: Claim,
  invalid: ReadonlySet<string>,
  report: Report,
): void {
  // An unknown qualifier is already a constraint-error. hasOwn, because a
  // qualifier such as "constructor" must not find Object.prototype's members.
  if (!Object.hasOwn(NUMBERS_BY_QUALIFIER, claim.qualifier)) return;
  const required = NUMBERS_BY_QUALIFIER[claim.qualifier];
  for (const field of NUMBER_FIELDS) {
    if (invalid.has(field)) continue; // its type error says enough
    const filled = claim[field] !== undefined;
    if (required.includes(field) && !filled) {
      report(
        field,
        'constraint-error',
        `${field} is required when qualifier is ${claim.qualifier} (fill ${required.join(' and ')})`,
      );
    } else if (!required.includes(field) && filled) {
      report(
        field,
        'constraint-error',
        `${field} must be empty when qualifier is ${claim.qualifier} (fill only ${required.join(' and ')})`,
      );
    }
  }
  if (claim.low !== undefined && claim.high !== undefined && !(claim.low < claim.high)) {
    report(
      'high',
      'constraint-error',
      `high (${claim.high}) must be greater than low (${claim.low})`,
    );
  }
}
