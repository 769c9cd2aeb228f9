import { checkDataset } from '../../model/check/dataset';
import { plural } from '../../model/format';
import { formatProblem, sortProblems } from '../../model/problem';
import { loadDatasetInput } from '../../node/claims-folder';
import type { Io } from '../io';

export function check(dir: string, io: Io): number {
  const { claims, sources, measures, problems, warnings } = checkDataset(loadDatasetInput(dir));
  for (const p of sortProblems([...problems, ...warnings])) io.out(formatProblem(p));
  const also = warnings.length > 0 ? `; ${plural(warnings.length, 'warning')}` : '';
  if (problems.length > 0) {
    io.err(`${plural(problems.length, 'problem')} in ${dir}${also}`);
    return 1;
  }
  io.out(
    `ok: ${claims.length} claims of ${measures.length} measures in ${sources.length} sources, every citation found in its source text${also}`,
  );
  return 0;
}
