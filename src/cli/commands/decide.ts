/**
 * `claims accept KEY` and `claims skip KEY`: the workbench's decisions from
 * the command line, through the same Workspace, so scripts and tests can
 * curate. A refused decision prints the checker's problems, one per line.
 */
import { formatProblem } from '../../model';
import { DecisionError, EDITABLE, Workspace } from '../../curate/workspace/workspace';
import type { Edits } from '../../curate/workspace/workspace';
import type { Io } from '../io';

const fieldOptions = EDITABLE.map((f) => `--${f.replace(/_/g, '-')}`).join(' ');

export const acceptUsage = `Usage: claims accept KEY [--dir DIR] [--FIELD VALUE …]

Accepts the candidate KEY (<source_id>/<sentence_id>/<mention>, as
claims extract prints it) as a claim in DIR/claims.csv (DIR defaults to
claims): the proposal as it stands, with any field given replaced. Fields:
  ${fieldOptions}
The row is checked as claims check would check it and written only if it
passes; otherwise each problem is printed and nothing is written.`;

export const skipUsage = `Usage: claims skip KEY --kind KIND --reason REASON [--dir DIR]

Sets the candidate KEY aside in DIR/skipped.csv (DIR defaults to claims).
KIND is not_a_claim (a real quantity that is no claim about the world) or
not_a_quantity (the extractor misread a name or the like).`;

/** parseArgs options for the editable fields, under their CLI names. */
export const fieldArgs = Object.fromEntries(
  EDITABLE.map((f) => [f.replace(/_/g, '-'), { type: 'string' as const }]),
);

export function accept(
  key: string,
  dir: string,
  values: Record<string, string | boolean | undefined>,
  io: Io,
): number {
  const edits: Edits = {};
  for (const field of EDITABLE) {
    const value = values[field.replace(/_/g, '-')];
    if (typeof value === 'string') edits[field] = value;
  }
  return decide(io, () => {
    const decision = new Workspace(dir).accept(key, edits);
    return `accepted ${key} as claim ${decision.claim!.id} in ${dir}/claims.csv`;
  });
}

export function skip(key: string, dir: string, kind: string, reason: string, io: Io): number {
  return decide(io, () => {
    new Workspace(dir).skip(key, kind, reason);
    return `skipped ${key} in ${dir}/skipped.csv`;
  });
}

function decide(io: Io, run: () => string): number {
  try {
    io.out(run());
    return 0;
  } catch (e) {
    if (!(e instanceof DecisionError) || e.problems.length === 0) throw e;
    for (const p of e.problems)
      io.err(`${formatProblem(p)}${p.field ? ` (field ${p.field})` : ''}`);
    io.err('nothing was written');
    return 1;
  }
}
