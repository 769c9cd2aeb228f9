/**
 * The text-dependent problems of an earlier check of the same files (a
 * build's data/check.json), looked up by the file and line they concern: the
 * trusted path of the check applies them instead of reading every text.
 */
import type { Problem } from '../problem';

export class KnownProblems {
  /** File → line → its problems: asked for every row, a lookup builds no key string. */
  readonly #at = new Map<string, Map<number, Problem[]>>();

  constructor(readonly all: readonly Problem[]) {
    for (const p of all) {
      let lines = this.#at.get(p.file);
      if (!lines) this.#at.set(p.file, (lines = new Map()));
      const known = lines.get(p.line);
      if (known) known.push(p);
      else lines.set(p.line, [p]);
    }
  }

  /** The problems at a line of a file, in the order they were found. */
  at(file: string, line: number): readonly Problem[] {
    return this.#at.get(file)?.get(line) ?? NONE;
  }

  /** Every problem of a file. */
  of(file: string): Problem[] {
    return this.all.filter((p) => p.file === file);
  }

  /** The problems of the source texts themselves (files under `sources/`). */
  ofTexts(): Problem[] {
    return this.all.filter((p) => p.file.includes('/sources/'));
  }
}

const NONE: readonly Problem[] = [];
