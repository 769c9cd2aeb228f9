/**
 * Edits to a CSV file that leave every other row byte for byte as it was, so
 * a curation decision is a one-line diff: a row formatted in the file's own
 * column order and line ending (appended as bytes by the writer), or that
 * same row taken out again.
 */
import { parseCsv } from './parse';
import { writeCsv } from './write';

export interface CsvLayout {
  /** The header's labels, in the file's order. */
  header: string[];
  /** The header line as written, without its line ending. */
  headerLine: string;
  newline: '\n' | '\r\n';
}

/** The header and line ending of a CSV text; undefined when it has no header. */
export function csvLayout(text: string): CsvLayout | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const end = body.indexOf('\n');
  const headerLine = end === -1 ? body : body.slice(0, body[end - 1] === '\r' ? end - 1 : end);
  if (headerLine === '') return undefined;
  const header = parseCsv(headerLine).rows[0]?.values ?? [];
  return { header, headerLine, newline: end > 0 && body[end - 1] === '\r' ? '\r\n' : '\n' };
}

/** One row as the file would hold it: cells in the header's order, ending in its newline. */
export function formatRow(
  layout: CsvLayout,
  record: Readonly<Record<string, string | number | undefined>>,
): string {
  const written = writeCsv(layout.header, [record]);
  // writeCsv gives the header line, then the row; only the row's own ending changes.
  const row = written.slice(written.indexOf('\n') + 1);
  return `${row.slice(0, -1)}${layout.newline}`;
}

/**
 * The text without the last occurrence of `row` as a whole row (at the start
 * of a line), or undefined when it holds no such row.
 */
export function removeRow(text: string, row: string): string | undefined {
  for (let at = text.lastIndexOf(row); at > 0; at = text.lastIndexOf(row, at - 1)) {
    if (text[at - 1] === '\n') return text.slice(0, at) + text.slice(at + row.length);
  }
  return undefined;
}
