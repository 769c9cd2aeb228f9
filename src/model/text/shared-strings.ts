/**
 * One string for each repeated cell of a column. A large table repeats most
 * of its text cells (a source id, a place, a measure, a unit, a date, a
 * curator's stock note), and each cell read from a file is a string of its
 * own: at 450,000 claims the copies are hundreds of megabytes that every
 * later step (the check, the build, the dashboard) holds. A column whose
 * cells turn out to be nearly all different (quotes) stops being pooled,
 * so its pool never costs more than a few thousand entries.
 */
export class SharedStrings {
  /** Cells looked up between two looks at how many were new. */
  static readonly SAMPLE = 4096;
  /** A sample with more new cells than this share stops the pooling. */
  static readonly MOSTLY_NEW = 0.9;

  #pool: Map<string, string> | undefined = new Map();
  #looked = 0;
  #new = 0;

  /** The pool's string equal to `cell`, `cell` itself when it is the first of its kind. */
  share(cell: string): string {
    const pool = this.#pool;
    if (!pool) return cell;
    let shared = pool.get(cell);
    if (shared === undefined) {
      pool.set(cell, (shared = cell));
      this.#new++;
    }
    if (++this.#looked === SharedStrings.SAMPLE) {
      if (this.#new > this.#looked * SharedStrings.MOSTLY_NEW) this.#pool = undefined;
      this.#looked = this.#new = 0;
    }
    return shared;
  }

  /** Whether cells are still pooled: false once a sample was nearly all new. */
  get pooling(): boolean {
    return this.#pool !== undefined;
  }
}
