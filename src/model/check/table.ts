/**
 * Reads one CSV resource against its Table Schema from datapackage.json:
 * header labels, row shape, types and constraints. Returns the rows that pass
 * as plain records, with every problem as data.
 */
import { csvRows } from '../csv/parse';
import type { CsvSyntaxError } from '../csv/parse';
import { echo } from '../problem';
import type { Problem, ProblemCode } from '../problem';
import type { FieldSchema, ResourceSchema } from '../schema';
import { LineIndex } from '../text/line-index';
import { firstUnshown } from '../text/hidden';
import { urlProblem } from '../url';
import { describeChar } from './difference';
import { isCalendarDate, parseInteger, parsePlainNumber } from './values';

export type Cell = string | number | undefined;

export interface TableRow {
  /** 1-based line where the row starts. */
  line: number;
  record: Record<string, Cell>;
  /** Column (1-based character) of each field's cell, for later problems. */
  columns: Record<string, number>;
  /** True when a problem was found in this row; the row is then rejected. */
  rejected: boolean;
  /** The problems found in this row (also in the table's list). */
  problems: Problem[];
  /** Fields whose cell failed its type or constraints (already reported). */
  invalid: Set<string>;
}

export interface TableResult {
  rows: TableRow[];
  problems: Problem[];
  /** What deserves a look but rejects nothing (severity `warning`). */
  warnings: Problem[];
  lines: LineIndex;
}

export function readTable(file: string, text: string, resource: ResourceSchema): TableResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const lines = new LineIndex(text);
  const at = (offset: number, code: ProblemCode, message: string): Problem => {
    const { line, column } = lines.locate(offset);
    return { file, line, column, code, message };
  };

  // Rows are read one at a time: only their records are kept.
  const errors: CsvSyntaxError[] = [];
  const reportErrors = () => {
    for (const e of errors.splice(0)) problems.push(at(e.offset, 'source-error', e.message));
  };
  const body = csvRows(text, errors);
  const first = body.next();
  const header = first.done ? undefined : first.value;
  if (!header) {
    reportErrors();
    problems.push({
      file,
      line: 1,
      column: 1,
      code: 'missing-label',
      message: 'the file is empty: it needs a header row',
    });
    return { rows: [], problems, warnings, lines };
  }

  const fields = resource.schema.fields;
  const known = new Set(fields.map((f) => f.name));
  // A Map, never an object keyed by header text: `__proto__` must stay a label.
  const indexOf = new Map<string, number>();
  header.values.forEach((label, i) => {
    const offset = header.offsets[i]!;
    if (label.trim() === '') {
      problems.push(at(offset, 'blank-label', `column ${i + 1} has no name in the header`));
    } else if (indexOf.has(label)) {
      problems.push(
        at(offset, 'duplicate-label', `column ${echo(label)} appears twice in the header`),
      );
    } else if (!known.has(label)) {
      problems.push(
        at(
          offset,
          'extra-label',
          `unknown column ${echo(label)}: expected ${fields.map((f) => f.name).join(', ')}`,
        ),
      );
    } else {
      indexOf.set(label, i);
    }
  });
  for (const f of fields) {
    if (!indexOf.has(f.name)) {
      problems.push({
        file,
        line: 1,
        column: 0,
        code: 'missing-label',
        message: `the header has no "${f.name}" column`,
      });
    }
  }

  const unique = fields.filter(
    (f) => f.constraints?.unique || resource.schema.primaryKey.includes(f.name),
  );
  const seen = new Map<string, Map<string, number>>(unique.map((f) => [f.name, new Map()]));
  const rows: TableRow[] = [];
  const width = header.values.length;

  for (const row of body) {
    reportErrors();
    const rowProblems: Problem[] = [];
    const { line } = lines.locate(row.offset);
    if (row.values.every((v) => v === '')) {
      // The file's closing newline leaves no row; an empty line inside the file does.
      problems.push({ file, line, column: 0, code: 'blank-row', message: 'blank row: delete it' });
      continue;
    }
    if (row.values.length > width) {
      rowProblems.push(
        at(
          row.offsets[width]!,
          'extra-cell',
          `row has ${row.values.length} cells but the header has ${width}: a comma too many, or a cell that needs "quotes"`,
        ),
      );
    } else if (row.values.length < width) {
      const lastOffset =
        row.offsets[row.values.length - 1]! + row.values[row.values.length - 1]!.length;
      rowProblems.push(
        at(
          lastOffset,
          'missing-cell',
          `row has ${row.values.length} cells but the header has ${width}: missing ${listed(header.values.slice(row.values.length))}`,
        ),
      );
    }

    // Plain objects filled in the schema's field order: every record shares one
    // hidden class, so reading a field is fast. (Object.create(null) would give
    // dictionary-mode objects: grouping 100,000 claims ran ten times slower.)
    // The keys are the schema's field names, never a CSV header's, so no
    // "__proto__" can reach them.
    const record: Record<string, Cell> = {};
    const columns: Record<string, number> = {};
    const invalid = new Set<string>();
    for (const field of fields) {
      const index = indexOf.get(field.name);
      if (index === undefined) {
        record[field.name] = isNumeric(field) ? undefined : '';
        continue;
      }
      const raw = row.values[index];
      const offset = row.offsets[index] ?? row.offset;
      columns[field.name] = lines.locate(offset).column;
      if (raw === undefined) {
        record[field.name] = isNumeric(field) ? undefined : '';
        continue; // already reported as missing-cell
      }
      const { value, problem } = readCell(field, raw);
      record[field.name] = value;
      if (problem) {
        rowProblems.push(at(offset, problem.code, problem.message));
        invalid.add(field.name);
      } else if (isFreeText(field)) {
        const hidden = hiddenCharacter(field, raw);
        if (hidden)
          warnings.push({ ...at(offset, 'invisible-character', hidden), severity: 'warning' });
      }
      const seenValues = seen.get(field.name);
      if (seenValues && raw !== '') {
        const first = seenValues.get(raw);
        if (first !== undefined) {
          rowProblems.push(
            at(
              offset,
              'unique-error',
              `${field.name} ${echo(raw)} is already used on line ${first}`,
            ),
          );
        } else {
          seenValues.set(raw, line);
        }
      }
    }
    for (const p of rowProblems) problems.push(p);
    rows.push({
      line,
      record,
      columns,
      rejected: rowProblems.length > 0,
      problems: rowProblems,
      invalid,
    });
  }
  reportErrors();
  return { rows, problems, warnings, lines };
}

/** Numeric cells read as numbers, undefined when empty; the others as text, '' when empty. */
function isNumeric(field: FieldSchema): boolean {
  return field.type === 'number' || field.type === 'integer';
}

interface CellProblem {
  code: ProblemCode;
  message: string;
}

/** Types and constrains one cell as its field schema says. */
function readCell(field: FieldSchema, raw: string): { value: Cell; problem?: CellProblem } {
  const c = field.constraints ?? {};
  if (raw === '') {
    return c.required
      ? {
          value: isNumeric(field) ? undefined : '',
          problem: { code: 'constraint-error', message: `${field.name} is required` },
        }
      : { value: isNumeric(field) ? undefined : '' };
  }
  if (field.type === 'number' || field.type === 'integer') {
    const integer = field.type === 'integer';
    const n = integer ? parseInteger(raw) : parsePlainNumber(raw);
    if (n === undefined) {
      return {
        value: undefined,
        problem: {
          code: 'type-error',
          message: integer
            ? `${field.name} ${echo(raw)} is not a whole number (write 1, 2, 3)`
            : `${field.name} ${echo(raw)} is not a plain decimal number (write 360000 or 1.6: no separators, units or exponents)`,
        },
      };
    }
    if (c.minimum !== undefined && n < c.minimum) {
      return {
        value: undefined,
        problem: {
          code: 'constraint-error',
          // A number by now: digits to print as they are.
          message: `${field.name} ${raw} is less than ${c.minimum}`,
        },
      };
    }
    return { value: n };
  }
  if (field.type === 'date' && !isCalendarDate(raw)) {
    return {
      value: raw,
      problem: {
        code: 'type-error',
        message: `${field.name} ${echo(raw)} is not a date (YYYY-MM-DD)`,
      },
    };
  }
  if (c.maxLength !== undefined && raw.length > c.maxLength) {
    return {
      value: raw,
      problem: {
        code: 'constraint-error',
        message: `${field.name} ${echo(raw)} is ${raw.length.toLocaleString('en-US')} characters long: at most ${c.maxLength.toLocaleString('en-US')} are allowed`,
      },
    };
  }
  if (c.enum) {
    const known = c.enum.indexOf(raw);
    if (known === -1) {
      return {
        value: raw,
        problem: {
          code: 'constraint-error',
          message: `${field.name} ${echo(raw)} is not one of: ${c.enum.join(', ')}`,
        },
      };
    }
    // The schema's own string, shared by every row: grouping by it compares
    // references, not characters.
    return { value: c.enum[known]! };
  }
  if (c.pattern && !patternOf(field, c.pattern).test(raw)) {
    return {
      value: raw,
      problem: { code: 'constraint-error', message: patternMessage(field, raw) },
    };
  }
  const badUrl = field.format === 'uri' ? urlProblem(raw) : undefined;
  if (badUrl) {
    return {
      value: raw,
      problem: { code: 'bad-url', message: `${field.name} ${echo(raw)} ${badUrl}` },
    };
  }
  return { value: raw };
}

// Table Schema patterns match the whole value; compiled once per field.
const patterns = new WeakMap<FieldSchema, RegExp>();
function patternOf(field: FieldSchema, pattern: string): RegExp {
  let re = patterns.get(field);
  if (!re) patterns.set(field, (re = new RegExp(`^(?:${pattern})$`, 'u')));
  return re;
}

function patternMessage(field: FieldSchema, raw: string): string {
  if (field.name === 'as_of')
    return `as_of ${echo(raw)} must be a year, year-month or date: 2016, 2016-02 or 2016-02-19`;
  if (field.name === 'period')
    return `period ${echo(raw)} must be a year, year-month or date (2016, 2016-02, 2016-02-19) or an interval of them (2015-01-01/2016-01-31, 2015-01-01/.. when open)`;
  if (field.name === 'candidate')
    return `candidate ${echo(raw)} must be <source_id>/<sentence_id>/<mention>, as claims extract gives it`;
  // Name the first character that cannot be in an id: an invisible one
  // (a zero-width space, a bidi override) could not be found otherwise.
  const bad = /[^a-z0-9-]/u.exec(raw);
  const which = bad ? `; character ${bad.index + 1} is ${describeChar(bad[0])}` : '';
  return `${field.name} ${echo(raw)} must be lowercase letters and digits joined by single hyphens, like "sabratha-strike-toll"${which}`;
}

/** Header labels a message names: the first few, then how many more. */
function listed(labels: readonly string[], shown = 5): string {
  const named = labels.slice(0, shown).map(echo).join(', ');
  return labels.length > shown ? `${named} and ${labels.length - shown} more` : named;
}

/** Free text: no list, no pattern, no format to hold it to. */
function isFreeText(field: FieldSchema): boolean {
  const c = field.constraints ?? {};
  return field.type === 'string' && !c.enum && !c.pattern && !field.format;
}

/**
 * Free text may hold any character, but one that does not show is worth a
 * warning: a bidi control reorders what follows it (a figure can read
 * backwards), a zero-width character hides inside a word (search and
 * comparison then miss it), a control character is no text at all.
 */
function hiddenCharacter(field: FieldSchema, raw: string): string | undefined {
  const found = firstUnshown(raw);
  if (!found) return undefined;
  const kind = {
    control: 'a control character',
    bidi: 'a bidi control, which reorders the text after it',
    'zero-width': 'a zero-width character, which hides inside words',
  }[found.kind];
  return `${field.name} holds ${kind}: ${describeChar(found.char)} at character ${found.index + 1}; remove it unless the source has it`;
}
