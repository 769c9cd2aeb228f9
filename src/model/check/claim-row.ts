/**
 * The rules of one row of claims.csv beyond its cells' types: which numbers
 * its qualifier needs, its measure (a valid row of measures.csv with the
 * claim's unit and category), a real `as_of` date, a usable source, and a
 * citation that holds in the source text. `checkDataset` applies them to
 * every row; the curation workbench to a row before it is written.
 */
import type { Claim } from '../claim';
import type { Problem } from '../problem';
import { echo, formatProblem } from '../problem';
import { NUMBERS_BY_QUALIFIER, SOURCE_TEXT_MAX_BYTES } from '../schema';
import type { NumberField } from '../schema';
import { LineIndex } from '../text/line-index';
import { checkCitation } from './citations';
import type { MeasureRules } from './measures';
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

/**
 * Problems of one claim row, at its line and the columns of its cells. With
 * `trusted` the quote is not looked up, nor an unreadable text reported: an
 * earlier check's findings (a build's) stand for them.
 */
export function claimRowProblems(
  row: TableRow,
  context: ClaimRowContext,
  options: { trusted?: boolean } = {},
): Problem[] {
  const claim = row.record as unknown as Claim;
  const problems: Problem[] = [];
  const report = (field: string, code: Problem['code'], message: string): void => {
    problems.push({
      file: context.file,
      line: row.line,
      column: row.columns[field] ?? 0,
      code,
      message,
    });
  };

  checkNumbersForQualifier(claim, row.invalid, report);
  context.measures.checkClaim(claim, row.invalid, report);
  if (claim.as_of !== '' && /^\d{4}/.test(claim.as_of) && !isPartialDate(claim.as_of)) {
    report('as_of', 'constraint-error', `as_of ${echo(claim.as_of)} is not a real date`);
  }
  const usable = sourceUsable(claim, row, context, report, options.trusted === true);
  if (options.trusted || !usable || claim.quote === '' || claim.mention === '') return problems;

  const text = context.texts.get(claim.source_id)!;
  let lines = context.lineIndexes.get(claim.source_id);
  if (!lines) context.lineIndexes.set(claim.source_id, (lines = new LineIndex(text)));
  const where = (offset: number): string => {
    const { line, column } = lines.locate(offset);
    return `sources/${claim.source_id}.txt:${line}:${column}`;
  };
  for (const p of checkCitation(claim, text, where).problems) {
    // A cell already rejected for its type or list says enough about it.
    if (p.code === 'qualifier-mismatch' && row.invalid.has('qualifier')) continue;
    if (p.code === 'value-mismatch' && NUMBER_FIELDS.some((f) => row.invalid.has(f))) continue;
    report(p.field, p.code, p.message);
  }
  return problems;
}

/** Whether the claim's source is there to verify it against; says why not. */
function sourceUsable(
  claim: Claim,
  row: TableRow,
  context: ClaimRowContext,
  report: (field: string, code: Problem['code'], message: string) => void,
  trusted: boolean,
): boolean {
  const id = claim.source_id;
  if (id === '' || row.invalid.has('source_id')) return false; // already reported
  if (!context.sourceIds.has(id)) {
    report(
      'source_id',
      'foreign-key-error',
      `source_id ${echo(id)} is not an id in ${context.sourcesFile}`,
    );
    return false;
  }
  const code = context.unreadable.get(id);
  if (code) {
    // From an earlier check, the claim's own problem comes with the others.
    if (!trusted) {
      report(
        'quote',
        code,
        `cannot verify the quote: ${context.dir}/sources/${id}.txt ${UNREADABLE_TEXT[code]}`,
      );
    }
    return false;
  }
  const rejected = context.rejectedSources.get(id);
  if (rejected) {
    // Counted and charted, its claim page would say "not found".
    report(
      'source_id',
      'foreign-key-error',
      `source_id ${echo(id)} names a source that claims check rejects: ${formatProblem(rejected)}`,
    );
    return false;
  }
  return true;
}

/** The qualifier decides which of value/low/high are filled (datapackage.json). */
function checkNumbersForQualifier(
  claim: Claim,
  invalid: ReadonlySet<string>,
  report: (field: string, code: Problem['code'], message: string) => void,
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
