/**
 * How spreadsheets may read a CSV file, for tests that every CSV the site
 * serves is safe to open: an oracle written apart from the writer's rules.
 *
 * A file is read with `,` (its own separator), with `;` (Excel in German,
 * French, Dutch… locales) and with tab, each both as a CSV parser does
 * (quotes respected where they open a cell) and naively (split at every line
 * break and separator, a leading quote dropped), as the crudest importers do.
 */
import Papa from 'papaparse';

const SEPARATORS = [',', ';', '\t'] as const;

/** Every cell of `csv` as some spreadsheet could read it. */
export function spreadsheetReadings(csv: string): { how: string; cell: string }[] {
  const text = csv.replace(/^\uFEFF/, '');
  const cells: { how: string; cell: string }[] = [];
  for (const delimiter of SEPARATORS) {
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
    for (const row of parsed.data)
      for (const cell of row) cells.push({ how: `parsed ${JSON.stringify(delimiter)}`, cell });
    if (delimiter === ',') continue; // a naive comma split is no real reading of a comma file
    for (const line of text.split(/\r\n|\r|\n/)) {
      for (const part of line.split(delimiter)) {
        cells.push({ how: `split ${JSON.stringify(delimiter)}`, cell: part.replace(/^"/, '') });
      }
    }
  }
  return cells;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** White space of any kind, zero-width characters and quotes, which a formula may follow. */
const LEADING = /^[\s\u200B-\u200D\u2060\u180E\uFEFF"]*/u;

/** Would a spreadsheet run this cell as a formula? Plain numbers are numbers. */
export function runsAsFormula(cell: string): boolean {
  if (/^[\t\r]/.test(cell)) return true;
  const rest = cell.replace(LEADING, '');
  if (rest === '' || PLAIN_NUMBER.test(rest.trimEnd())) return false;
  return ['=', '+', '-', '@'].includes(
    String.fromCodePoint(rest.codePointAt(0)!).normalize('NFKC'),
  );
}

/** The readings of `csv` that a spreadsheet would run, for an assertion to show. */
export function formulaReadings(csv: string): { how: string; cell: string }[] {
  return spreadsheetReadings(csv).filter(({ cell }) => runsAsFormula(cell));
}
