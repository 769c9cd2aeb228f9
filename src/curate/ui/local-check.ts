/**
 * The checker run in the page before a decision is sent: the same
 * `checkNewRow` and claim rules the server applies, against the article at
 * hand, so a row `claims check` would refuse is shown with its problems at
 * once. The server checks again (ids, the measure, the files on disk)
 * before writing.
 */
import { claimRowProblems } from '../../model/check/claim-row';
import { checkNewRow } from '../../model/check/new-row';
import type { FieldProblem } from '../../model/check/new-row';
import { csvLayout } from '../../model/csv/edit';
import { writeCsv } from '../../model/csv/write';
import { CLAIM_COLUMNS, resource } from '../../model/schema';
import type { ClaimDraft } from '../propose';

const layout = csvLayout(writeCsv(CLAIM_COLUMNS, []))!;

export function checkDraft(
  draft: ClaimDraft,
  article: { id: string; text: string },
): FieldProblem[] {
  const context = {
    file: 'claims.csv',
    dir: '.',
    sourcesFile: 'sources.csv',
    sourceIds: new Set([article.id]),
    unreadable: new Map(),
    rejectedSources: new Map(),
    texts: new Map([[article.id, article.text]]),
    lineIndexes: new Map(),
    // measures.csv is the server's: it checks the measure (and a new one's row).
    measures: { checkClaim() {} },
  };
  // The server gives the id; any free slug stands in for it here.
  const row = { ...draft, id: draft.id || 'new-claim' };
  return checkNewRow(resource('claims'), layout, row, {
    file: 'claims.csv',
    line: 2,
    keys: new Map(),
    rules: (r) => claimRowProblems(r, context),
  }).problems;
}
