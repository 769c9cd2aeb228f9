/**
 * Reads one CSV resource against its Table Schema from datapackage.json:
 * header labels, row shape, types and constraints. Returns the rows that pass
 * as plain records, with every problem as data.
 */
import { csvRows } from '../csv/parse';
import type { CsvSyntaxError } from '../csv/parse';
import { echo } from '../problem';
import type { Problem, ProblemCode } from '../problem';
import { wholePattern } from '../schema';
import type { FieldSchema, ResourceSchema } from '../schema';
import { LineIndex } from '../text/line-index';
import { firstUnshown, hasUnshown } from '../text/hidden';
import { SharedStrings } from '../text/shared-strings';
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
  invalid: ReadonlySet<string>;
}

export interface TableResult {
  rows: TableRow[];
  problems: Problem[];
  /** What deserves a look but rejects nothing (severity `warning`). */
  warnings: Problem[];
  lines: LineIndex;
}

export interface ReadOptions {
  /**
   * The file is one an earlier check accepted whole (see CheckOptions.clean):
   * its cells are read as their types say, not held to their constraints
   * again, and its keys are not compared for uniqueness. Its header and the
   * shape of its rows are still read as always, and so are its warnings.
   */
  clean?: boolean;
  /** Repeated text cells as one string each (CheckOptions.shareStrings). */
  shareStrings?: boolean;
}

export function readTable(
  file: string,
  text: string,
  resource: ResourceSchema,
  options: ReadOptions = {},
): TableResult {
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

  const unique = new Set(
    fields
      .filter((f) => f.constraints?.unique || resource.schema.primaryKey.includes(f.name))
      .map((f) => f.name),
  );
  // Only free text is searched for invisible characters, and only when the
  // file holds one at all: a cell's characters are the file's.
  const mayHide = hasUnshown(text);
  // What each field needs, worked out once per table rather than once per cell.
  const plan = fields.map((field) => ({
    field,
    name: field.name,
    index: indexOf.get(field.name),
    empty: isNumeric(field) ? undefined : '',
    hidden: mayHide && isFreeText(field),
    seen: unique.has(field.name) && !options.clean ? new Map<string, number>() : undefined,
    // A key's cells are all different; a list's are the schema's own strings already.
    shared:
      !options.shareStrings || isNumeric(field) || unique.has(field.name) || field.constraints?.enum
        ? undefined
        : new SharedStrings(),
  }));
  const read = options.clean ? typedCell : readCell;
  const rows: TableRow[] = [];
  const width = header.values.length;
  const places: CellPlaces = { lines, fields: plan.filter((f) => f.index !== undefined) };
  const cell: CellResult = { problem: undefined };
  // Rows and cells come in file order: their lines are found walking forward.
  let lineAt = 0;

  for (const row of body) {
    reportErrors();
    const rowProblems: Problem[] = [];
    lineAt = lines.lineAt(row.offset, lineAt);
    const line = lineAt + 1;
    if (isBlank(row.values)) {
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
    let invalid: Set<string> | undefined;
    for (const { field, name, index, empty, hidden, seen, shared } of plan) {
      if (index === undefined) {
        record[name] = empty;
        continue;
      }
      const raw = row.values[index];
      if (raw === undefined) {
        record[name] = empty;
        continue; // already reported as missing-cell
      }
      const value = read(field, raw, cell);
      record[name] = shared && typeof value === 'string' ? shared.share(value) : value;
      const offset = row.offsets[index]!;
      if (cell.problem) {
        rowProblems.push(at(offset, cell.problem.code, cell.problem.message));
        (invalid ??= new Set()).add(name);
        cell.problem = undefined;
      } else if (hidden) {
        const found = hiddenCharacter(field, raw);
        if (found)
          warnings.push({ ...at(offset, 'invisible-character', found), severity: 'warning' });
      }
      if (seen && raw !== '') {
        const first = seen.get(raw);
        if (first !== undefined) {
          rowProblems.push(
            at(offset, 'unique-error', `${name} ${echo(raw)} is already used on line ${first}`),
          );
        } else {
          seen.set(raw, line);
        }
      }
    }
    for (const p of rowProblems) problems.push(p);
    rows.push(new Row(line, record, rowProblems, invalid ?? NONE_INVALID, places, row, lineAt));
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

/** Where readCell leaves the problem of the cell it read: one object per table, not per cell. */
interface CellResult {
  problem: CellProblem | undefined;
}

/** Where a table's cells are, shared by its rows. */
interface CellPlaces {
  lines: LineIndex;
  /** The schema's fields that the header has, in the schema's order, with their cell's index. */
  fields: readonly { name: string; index?: number | undefined }[];
}

/**
 * A row as `readTable` gives it. The columns of its cells serve only
 * messages, so they are worked out when first asked for, from the offsets
 * the CSV reader found: most rows never need them.
 */
class Row implements TableRow {
  rejected: boolean;
  readonly #places: CellPlaces;
  /** Where the row starts, its cells start, and the 0-based line it starts on. */
  readonly #offset: number;
  readonly #offsets: readonly number[];
  readonly #lineAt: number;
  #columns: Record<string, number> | undefined;

  constructor(
    readonly line: number,
    readonly record: Record<string, Cell>,
    readonly problems: Problem[],
    readonly invalid: ReadonlySet<string>,
    places: CellPlaces,
    cells: { offset: number; offsets: readonly number[] },
    lineAt: number,
  ) {
    this.rejected = problems.length > 0;
    this.#places = places;
    this.#offset = cells.offset;
    this.#offsets = cells.offsets;
    this.#lineAt = lineAt;
  }

  get columns(): Record<string, number> {
    if (this.#columns) return this.#columns;
    const { lines, fields } = this.#places;
    const columns: Record<string, number> = {};
    let line = this.#lineAt;
    for (const { name, index } of fields) {
      // A cell the row lacks (a missing-cell problem) is placed where the row starts.
      const offset = this.#offsets[index!] ?? this.#offset;
      line = lines.lineAt(offset, line);
      columns[name] = offset - lines.startOf(line) + 1;
    }
    return (this.#columns = columns);
  }
}

/** A row with no rule broken shares this: most rows have no invalid field. */
const NONE_INVALID: ReadonlySet<string> = new Set();

function isBlank(values: readonly string[]): boolean {
  for (const v of values) if (v !== '') return false;
  return true;
}

/**
 * One cell of a file an earlier check accepted, as `readCell` reads a valid
 * one: a number, the list's own string, or the text. (A cell that is no
 * number, which that check would have refused, reads as empty.)
 */
function typedCell(field: FieldSchema, raw: string): Cell {
  if (isNumeric(field)) {
    if (raw === '') return undefined;
    return field.type === 'integer' ? parseInteger(raw) : parsePlainNumber(raw);
  }
  const list = field.constraints?.enum;
  return list ? (enumOf(field, list).get(raw) ?? raw) : raw;
}

/** Types and constrains one cell as its field schema says; its problem goes to `result`. */
function readCell(field: FieldSchema, raw: string, result: CellResult): Cell {
  const c = field.constraints ?? {};
  const numeric = isNumeric(field);
  if (raw === '') {
    if (c.required)
      result.problem = { code: 'constraint-error', message: `${field.name} is required` };
    return numeric ? undefined : '';
  }
  if (numeric) {
    const integer = field.type === 'integer';
    const n = integer ? parseInteger(raw) : parsePlainNumber(raw);
    if (n === undefined) {
      result.problem = {
        code: 'type-error',
        message: integer
          ? `${field.name} ${echo(raw)} is not a whole number (write 1, 2, 3)`
          : `${field.name} ${echo(raw)} is not a plain decimal number (write 360000 or 1.6: no separators, units or exponents)`,
      };
      return undefined;
    }
    if (c.minimum !== undefined && n < c.minimum) {
      // A number by now: digits to print as they are.
      result.problem = {
        code: 'constraint-error',
        message: `${field.name} ${raw} is less than ${c.minimum}`,
      };
      return undefined;
    }
    return n;
  }
  if (field.type === 'date' && !isCalendarDate(raw)) {
    result.problem = {
      code: 'type-error',
      message: `${field.name} ${echo(raw)} is not a date (YYYY-MM-DD)`,
    };
    return raw;
  }
  if (c.maxLength !== undefined && raw.length > c.maxLength) {
    result.problem = {
      code: 'constraint-error',
      message: `${field.name} ${echo(raw)} is ${raw.length.toLocaleString('en-US')} characters long: at most ${c.maxLength.toLocaleString('en-US')} are allowed`,
    };
    return raw;
  }
  if (c.enum) {
    // The schema's own string, shared by every row: grouping by it compares
    // references, not characters.
    const known = enumOf(field, c.enum).get(raw);
    if (known === undefined) {
      result.problem = {
        code: 'constraint-error',
        message: `${field.name} ${echo(raw)} is not one of: ${c.enum.join(', ')}`,
      };
      return raw;
    }
    return known;
  }
  if (c.pattern && !patternOf(field, c.pattern).test(raw)) {
    result.problem = { code: 'constraint-error', message: patternMessage(field, raw) };
    return raw;
  }
  const badUrl = field.format === 'uri' ? urlProblem(raw) : undefined;
  if (badUrl) {
    result.problem = { code: 'bad-url', message: `${field.name} ${echo(raw)} ${badUrl}` };
  }
  return raw;
}

// A field's list as a map from each value to the schema's string; made once per field.
const enums = new WeakMap<FieldSchema, Map<string, string>>();
function enumOf(field: FieldSchema, values: readonly string[]): Map<string, string> {
  let known = enums.get(field);
  if (!known) enums.set(field, (known = new Map(values.map((v) => [v, v]))));
  return known;
}

// Compiled once per field.
const patterns = new WeakMap<FieldSchema, RegExp>();
function patternOf(field: FieldSchema, pattern: string): RegExp {
  let re = patterns.get(field);
  if (!re) patterns.set(field, (re = wholePattern(pattern)));
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
