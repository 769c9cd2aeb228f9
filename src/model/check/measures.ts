/**
 * The rules of measures.csv that the Table Schema cannot state: a period
 * must be a real one; a claim's measure must be a valid row with the claim's
 * unit and category; a measure no claim cites is a problem.
 */
import type { Claim, Measure } from '../claim';
import { periodProblem } from '../dates';
import { echo } from '../problem';
import type { Problem } from '../problem';
import { rejectedKey, unknownKey } from './foreign-key';
import { measureOf } from './records';
import type { TableRow } from './table';

/**
 * The measures of measures.csv's rows (its `valid` ones), with a check of each
 * claim against its measure (`checkClaim`, which also records the measure as
 * cited) and the problems of the measures no claim cites (`uncited`, once
 * every claim was checked).
 */
export function measureRules(file: string, rows: readonly TableRow[], problems: Problem[]) {
  // Each id's first row, and whether a claim cites it: one lookup per claim.
  const byId = new Map<string, { row: TableRow; measure: Measure; cited: boolean }>();
  const valid: Measure[] = [];
  for (const row of rows) {
    const measure = measureOf(row.record);
    if (measure.period !== '' && !row.invalid.has('period')) {
      const problem = periodProblem(measure.period);
      if (problem) {
        const found: Problem = {
          file,
          line: row.line,
          column: row.columns.period ?? 0,
          code: 'constraint-error',
          message: `period ${echo(measure.period)} is not a real period: ${problem}`,
        };
        problems.push(found);
        row.problems.push(found);
        row.rejected = true;
      }
    }
    if (measure.id !== '' && !byId.has(measure.id))
      byId.set(measure.id, { row, measure, cited: false });
    if (!row.rejected) valid.push(measure);
  }
  return {
    valid,
    /** The id of a row equal to `id`, as that row's own string; undefined when no row has it. */
    key(id: string): string | undefined {
      return byId.get(id)?.measure.id;
    },
    checkClaim(
      claim: Claim,
      invalid: ReadonlySet<string>,
      report: (field: string, code: Problem['code'], message: string) => void,
    ): void {
      if (claim.measure === '' || invalid.has('measure')) return;
      const known = byId.get(claim.measure);
      if (!known) {
        report('measure', 'foreign-key-error', unknownKey('measure', claim.measure, file));
        return;
      }
      known.cited = true;
      const { row, measure } = known;
      if (row.rejected) {
        report(
          'measure',
          'foreign-key-error',
          rejectedKey('measure', claim.measure, 'measure', row.problems[0]!),
        );
        return;
      }
      for (const field of ['unit', 'category'] as const) {
        if (invalid.has(field) || claim[field] === measure[field]) continue;
        report(
          field,
          'constraint-error',
          `${field} ${echo(claim[field])} differs from the ${field} of measure ${echo(measure.id)} (${echo(measure[field])}, ${file}:${row.line}): every report of a measure counts the same thing`,
        );
      }
    },
    /** Measures no claim cites: call after every claim was checked. */
    uncited(): Problem[] {
      const found: Problem[] = [];
      for (const [id, { row, cited }] of byId) {
        if (cited || row.rejected) continue;
        found.push({
          file,
          line: row.line,
          column: row.columns.id ?? 0,
          code: 'constraint-error',
          message: `measure ${echo(id)} is cited by no claim: cite it in claims.csv or delete the row`,
        });
      }
      return found;
    },
  };
}

export type MeasureRules = ReturnType<typeof measureRules>;
