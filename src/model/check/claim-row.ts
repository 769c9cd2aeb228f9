/**
 * The rules of one row of claims.csv beyond its cells' types: which numbers
 * its qualifier needs, a real `as_of` date, a known source, and a citation
 * that holds in the source text. `checkDataset` applies them to every row;
 * the curation workbench to a row before it is written.
 */
import type { Claim } from '../claim';
import type { Problem } from '../problem';
import { NUMBERS_BY_QUALIFIER } from '../schema';
import type { NumberField } from '../schema';
import { LineIndex } from '../text/line-index';
import { checkCitation } from './citations';
import type { TableRow } from './table';
import { isPartialDate } from './values';

export interface ClaimRowContext {
  /** claims.csv as the user knows it, e.g. `claims/claims.csv`. */
  file: string;
  /** The folder, e.g. `claims`. */
  dir: string;
  sourcesFile: string;
  sourceIds: ReadonlySet<string>;
  /** Sources listed in sources.csv whose text file is missing. */
  sourcesWithoutText: ReadonlySet<string>;
  texts: ReadonlyMap<string, string>;
  /** Line indexes of the texts, built as citations need them. */
  lineIndexes: Map<string, LineIndex>;
}

const NUMBER_FIELDS: NumberField[] = ['value', 'low', 'high'];

/**
 * Problems of one claim row, at its line and the columns of its cells. With
 * `citations: false` the quote is not looked up (a build already did it).
 */
export function claimRowProblems(
  row: TableRow,
  context: ClaimRowContext,
  options: { citations?: boolean } = {},
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
  if (claim.as_of !== '' && /^\d{4}/.test(claim.as_of) && !isPartialDate(claim.as_of)) {
    report('as_of', 'constraint-error', `as_of "${claim.as_of}" is not a real date`);
  }
  if (claim.source_id !== '' && !context.sourceIds.has(claim.source_id)) {
    report(
      'source_id',
      'foreign-key-error',
      `source_id "${claim.source_id}" is not an id in ${context.sourcesFile}`,
    );
    return problems;
  }
  if (options.citations === false) return problems;
  if (context.sourcesWithoutText.has(claim.source_id)) {
    report(
      'quote',
      'missing-source-file',
      `cannot verify the quote: ${context.dir}/sources/${claim.source_id}.txt is missing`,
    );
  } else if (claim.source_id !== '' && claim.quote !== '' && claim.mention !== '') {
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
  }
  return problems;
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
