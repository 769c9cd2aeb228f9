/**
 * An RFC 4180 reader that keeps the offset of every row and cell, so each
 * problem can be reported at its own line and column. A quote that is never
 * closed is reported where it opens and parsing resumes on the next line,
 * instead of swallowing the rest of the file into one cell.
 */
export interface CsvRow {
  /** Offset of the row's first character in the text. */
  offset: number;
  values: string[];
  /** Offset of each cell's first character (the opening quote when quoted). */
  offsets: number[];
}

export interface CsvSyntaxError {
  offset: number;
  message: string;
}

export interface CsvTable {
  rows: CsvRow[];
  errors: CsvSyntaxError[];
}

const UNCLOSED = 'this quoted cell is never closed: add the closing " (and double any " inside it)';

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

export function parseCsv(text: string): CsvTable {
  const errors: CsvSyntaxError[] = [];
  return { rows: [...csvRows(text, errors)], errors };
}

/**
 * The rows of `text` one at a time, syntax errors pushed to `errors` as they
 * are met: a reader that keeps only what it needs of each row never holds
 * every row's cells at once (450,000 claims are 7 million cells).
 */
export function* csvRows(text: string, errors: CsvSyntaxError[]): Generator<CsvRow> {
  const n = text.length;
  let i = 0;

  // Each pass of this loop reads one row starting at offset i.
  rowLoop: while (i < n) {
    const rowOffset = i;
    const values: string[] = [];
    const offsets: number[] = [];
    for (;;) {
      const cellOffset = i;
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        let parts = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            errors.push({
              offset: cellOffset,
              message:
                'this quoted cell is never closed: add the closing " (and double any " inside it)',
            });
            // Drop the broken row and go on from the line after the opening quote.
            const nextLine = text.indexOf('\n', cellOffset);
            i = nextLine === -1 ? n : nextLine + 1;
            continue rowLoop;
          }
          parts += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // Anything between the closing quote and the next delimiter is malformed.
        const stray = i;
        while (i < n && !isDelimiter(text, i)) i++;
        if (i > stray && parts.includes('\n')) {
          // A "cell" that ran over a line break and closed badly is almost
          // always a quote left open that paired with a quote on a later row:
          // report it where it opens and re-read from the next line.
          errors.push({ offset: cellOffset, message: UNCLOSED });
          const nextLine = text.indexOf('\n', cellOffset);
          i = nextLine === -1 ? n : nextLine + 1;
          continue rowLoop;
        }
        if (i > stray) {
          errors.push({
            offset: stray,
            message:
              'text after the closing quote of a cell: quote the whole cell and double any " inside it',
          });
          parts += text.slice(stray, i);
        }
        value = parts;
      } else {
        while (i < n && !isDelimiter(text, i)) i++;
        value = text.slice(cellOffset, i);
      }
      values.push(value);
      offsets.push(cellOffset);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      i += c === CR ? 2 : 1; // CRLF or LF
      break;
    }
    yield { offset: rowOffset, values, offsets };
  }
}

function isDelimiter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === COMMA || c === LF || (c === CR && text.charCodeAt(i + 1) === LF);
}
