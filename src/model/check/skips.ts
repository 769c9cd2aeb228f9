/**
 * Stage 5 of the check: skipped.csv, the candidates a curator set aside.
 * Verifying, each must still exist in its source's text (see skip-row.ts);
 * trusting an earlier check, the rows it rejected are left out.
 */
import type { Problem } from '../problem';
import type { KnownProblems } from './known';
import type { Table } from './read-tables';
import { skipOf } from './records';
import type { SkipKind } from './records';
import { skipRowProblems } from './skip-row';
import type { SkipRowContext } from './skip-row';

export interface CheckedSkips {
  /** Candidates set aside, by key (`source/s12/mention`). */
  skipped: Map<string, SkipKind>;
  problems: Problem[];
}

export function checkSkips(table: Table, texts: ReadonlyMap<string, string>): CheckedSkips {
  const skipped = new Map<string, SkipKind>();
  const problems = [...table.problems];
  const context: SkipRowContext = { file: table.file, texts, sentences: new Map() };
  for (const row of table.rows) {
    if (row.rejected) continue;
    const rowProblems = skipRowProblems(row, context);
    for (const p of rowProblems) problems.push(p);
    if (rowProblems.length === 0) {
      const skip = skipOf(row.record);
      skipped.set(skip.candidate, skip.kind);
    }
  }
  return { skipped, problems };
}

/**
 * The rows the earlier check did not reject. Its rules need the texts, so
 * its findings stand for them, and for the rows' cells too.
 */
export function applyKnownSkips(table: Table, known: KnownProblems): CheckedSkips {
  const problems = known.of(table.file);
  const rejected = new Set(problems.map((p) => p.line));
  const skipped = new Map<string, SkipKind>();
  for (const row of table.rows) {
    if (rejected.has(row.line)) continue;
    const skip = skipOf(row.record);
    skipped.set(skip.candidate, skip.kind);
  }
  return { skipped, problems };
}
