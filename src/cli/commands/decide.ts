/**
 * `claims accept KEY` and `claims skip KEY`: the workbench's decisions from
 * the command line, through the same Workspace, so scripts and tests can
 * curate. A refused decision prints the checker's problems, one per line.
 */
import { formatProblem } from '../../model/problem';
import { EDITABLE } from '../../curate/workspace/editable';
import type { Edits } from '../../curate/workspace/editable';
import { DecisionError, Workspace } from '../../curate/workspace/workspace';
import type { Io } from '../io';

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
