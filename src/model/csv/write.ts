/**
 * CSV writing, RFC 4180 with CRLF-free `\n` rows, in two modes:
 * - `canonical`, for the repository's own files: values are written as they
 *   are, so a write followed by a parse gives back exactly the same table;
 * - `download`, for files handed to people who open them in spreadsheets:
 *   text cells that a spreadsheet would run as a formula are neutralised.
 */
import Papa from 'papaparse';
import { ZERO_WIDTH } from '../text/hidden';

export interface WriteOptions {
  /** Neutralise spreadsheet formulas in text cells (downloads). */
  safe?: boolean;
  /** Columns holding numbers; these are never altered (`-3.2` stays `-3.2`). */
  numericColumns?: readonly string[];
}

export function writeCsv(
  columns: readonly string[],
  rows: readonly Record<string, string | number | undefined>[],
  options: WriteOptions = {},
): string {
  const numeric = new Set(options.numericColumns ?? []);
  const text = columns.map((column) => !numeric.has(column));
  const data = rows.map((row) =>
    columns.map((column, i) => {
      const raw = row[column];
      const cell = raw === undefined ? '' : typeof raw === 'number' ? plainNumber(raw) : raw;
      return options.safe && text[i] ? neutraliseFormula(cell) : cell;
    }),
  );
  // papaparse quotes only cells that need it (comma, quote, line break, edge
  // spaces). A download also quotes text cells holding a list separator, so a
  // spreadsheet that splits on `;` or tab keeps them whole where it can.
  const quotes = options.safe
    ? (cell: unknown, column: number) =>
        text[column] === true && typeof cell === 'string' && /[;\t]/.test(cell)
    : false;
  const csv = Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes });
  // With no rows papaparse already ends the header line; every file ends with exactly one \n.
  return csv.endsWith('\n') ? csv : `${csv}\n`;
}

/**
 * A number as a plain decimal, the only form the schema accepts: 1e21 becomes
 * 1000000000000000000000 and 1e-7 becomes 0.0000001. Expanding String(n), the
 * shortest text that reads back as the same double, keeps it exact.
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponent] = match;
  const digits = first! + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Where a spreadsheet may start reading a cell: the start of the cell, after
 * a line break (some importers start a new row there), and after a list
 * separator. A CSV file names no separator: Excel in German, French, Dutch
 * and other locales splits rows on `;`, and a quoted cell protects nothing
 * there unless it starts the row, so `x;=1+1` would give a cell `=1+1`. Tab
 * is the separator of many pasted and imported tables.
 */
const SEGMENT_START = String.raw`(?:^|(?<=[\r\n;\t]))`;
/**
 * What may come before a formula and still let it run: spaces of any width
 * (no-break and vertical tab included), a byte-order mark, zero-width
 * characters, and quote marks (a separator then a quote opens a quoted cell).
 */
const SKIPPED = `[^\\S\\r\\n]|[${ZERO_WIDTH}"]`;
/**
 * Characters that start a formula: = + - @, and the forms that Unicode
 * compatibility normalisation (NFKC) turns into them, which spreadsheets in
 * East Asian locales read as the same: fullwidth ＝＋－＠, small ﹦﹢﹣﹫,
 * super- and subscript ⁼⁺₌₊ and the Hebrew alternative plus ﬩.
 */
const FORMULA = String.raw`[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u207C\u207A\u208C\u208A\uFB29]`;
/** A segment that a spreadsheet would run: a formula after skippable characters, or a tab or carriage return first. */
const RUNNABLE = new RegExp(`${SEGMENT_START}(?=(?:${SKIPPED})*${FORMULA}|[\\t\\r])`, 'g');

/**
 * Prefixes `'` to every segment of the cell a spreadsheet could run as a
 * formula, so it shows as text (OWASP CSV injection advice). Text that
 * starts no formula is left as it is.
 */
export function neutraliseFormula(cell: string): string {
  return cell.replace(RUNNABLE, "'");
}
