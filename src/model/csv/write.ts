/**
 * CSV writing, RFC 4180 with CRLF-free `\n` rows, in two modes:
 * - `canonical`, for the repository's own files: values are written as they
 *   are, so a write followed by a parse gives back exactly the same table;
 * - `download`, for files handed to people who open them in spreadsheets:
 *   text cells that a spreadsheet would run as a formula are neutralised.
 */
import Papa from 'papaparse';

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
  const data = rows.map((row) =>
    columns.map((column) => {
      const raw = row[column];
      const cell = raw === undefined ? '' : typeof raw === 'number' ? plainNumber(raw) : raw;
      return options.safe && !numeric.has(column) ? neutraliseFormula(cell) : cell;
    }),
  );
  // papaparse quotes only cells that need it (comma, quote, line break, edge spaces).
  const csv = Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false });
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

// Spreadsheets treat a cell as a formula when it starts with one of these. A
// line break inside a cell starts a new line of input in some importers, so the
// same characters right after a line break are neutralised too.
const FORMULA_START = /(^|[\r\n])([=+\-@\t\r])/g;

/** Prefix `'` so spreadsheets show the cell as text (OWASP CSV injection advice). */
export function neutraliseFormula(cell: string): string {
  return cell.replace(FORMULA_START, "$1'$2");
}
