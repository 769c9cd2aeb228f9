/**
 * Stage 4 of the check: each claim's citation. Verifying, its quote is
 * looked up in its source's text (or reported unverifiable when that text
 * cannot be read); trusting an earlier check, that check's findings at the
 * claim's line stand for the lookup.
 */
import { LineIndex } from '../text/line-index';
import { citationRules, reporter, unverifiable } from './claim-row';
import type { KnownProblems } from './known';
import type { ClaimCheck } from './rows';

/** Adds each claim's citation problems to its `problems`. */
export function checkCitations(
  claims: readonly ClaimCheck[],
  texts: ReadonlyMap<string, string>,
  files: { claims: string; dir: string },
): void {
  // A text's line index is made only for a message that gives a place in it.
  const lineIndexes = new Map<string, LineIndex>();
  for (const { row, claim, source, citable, problems } of claims) {
    if (!citable || (source.kind !== 'unreadable' && source.kind !== 'usable')) continue;
    const report = reporter(files.claims, row, problems);
    if (source.kind === 'unreadable') {
      unverifiable(claim, source.code, files.dir, report);
      continue;
    }
    const id = claim.source_id;
    const text = texts.get(id)!;
    const lines = () => {
      let index = lineIndexes.get(id);
      if (!index) lineIndexes.set(id, (index = new LineIndex(text)));
      return index;
    };
    citationRules(claim, row.invalid, text, lines, report);
  }
}

/** Adds the earlier check's findings at each claim's line to its `problems`. */
export function applyKnownCitations(
  claims: readonly ClaimCheck[],
  known: KnownProblems,
  file: string,
): void {
  for (const { row, problems } of claims) {
    for (const p of known.at(file, row.line)) problems.push(p);
  }
}
