/** Maps string offsets to 1-based line and column, for error messages. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of `offset` (columns count UTF-16 code units). */
  locate(offset: number): { line: number; column: number } {
    const lo = this.lineAt(offset);
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /**
   * The 0-based line of `offset`. Given the line of an earlier offset
   * (`from`), it walks forward from there: a reader going through the text
   * in order finds every line in constant time instead of a search each.
   */
  lineAt(offset: number, from?: number): number {
    const starts = this.starts;
    if (from !== undefined && from < starts.length && starts[from]! <= offset) {
      let line = from;
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
      return line;
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The offset where a 0-based line starts. */
  startOf(line: number): number {
    return this.starts[line]!;
  }
}
