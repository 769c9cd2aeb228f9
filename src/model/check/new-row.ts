/**
 * A row about to be added to a table, checked exactly as `claims check` will
 * check it once written: the row is formatted as the file would hold it and
 * read back under the file's own header, so types, lists, patterns and
 * uniqueness are the schema's, and the row's further rules are the ones
 * `checkDataset` applies. The curation workbench and `claims accept`/`skip`
 * write a row only when this finds nothing.
 */
import type { CsvLayout } from '../csv/edit';
import { formatRow } from '../csv/edit';
import type { Problem } from '../problem';
import type { ResourceSchema } from '../schema';
import { readTable } from './table';
import type { TableRow } from './table';

/** A problem of a new row, with the field it is in ('' for the whole row). */
export interface FieldProblem extends Problem {
  field: string;
}

export interface NewRow {
  /** The row as it would be appended: cells in the header's order, with its newline. */
  text: string;
  problems: FieldProblem[];
}

export interface NewRowOptions {
  /** The file as the user knows it, e.g. `claims/claims.csv`. */
  file: string;
  /** The line the row would start on. */
  line: number;
  /** Primary keys already in the table, with the line of each. */
  keys: ReadonlyMap<string, number>;
  /** The row rules beyond its cells (`claimRowProblems`, `skipRowProblems`). */
  rules(row: TableRow): Problem[];
}

export function checkNewRow(
  resource: ResourceSchema,
  layout: CsvLayout,
  record: Readonly<Record<string, string>>,
  options: NewRowOptions,
): NewRow {
  const text = formatRow(layout, record);
  const table = readTable(options.file, `${layout.headerLine}\n${text}`, resource);
  const row = table.rows[0];
  // Problems on line 1 are the header's: they concern the file, which must be fixed first.
  const problems: Problem[] = [...table.problems];
  if (row) {
    const key = resource.schema.primaryKey[0]!;
    const value = String(row.record[key] ?? '');
    const first = options.keys.get(value);
    if (value !== '' && first !== undefined) {
      problems.push({
        file: options.file,
        line: row.line,
        column: row.columns[key] ?? 0,
        code: 'unique-error',
        message: `${key} "${value}" is already used on line ${first}`,
      });
    }
    problems.push(...options.rules(row));
  }
  const columns = row?.columns ?? {};
  return {
    text,
    problems: problems.map((p) => ({
      ...p,
      line: p.line === 1 ? p.line : options.line + (p.line - 2),
      field: p.line === 1 ? '' : (Object.keys(columns).find((f) => columns[f] === p.column) ?? ''),
    })),
  };
}
