import { checkDataset, formatProblem } from '../../model';
import { loadDatasetInput } from '../files';
import type { Io } from '../io';

export const checkUsage = `Usage: claims check [DIR]

Proves every claim in DIR (default: claims) against its source:
the CSV files against the schema in claims/datapackage.json, and every quote
against the text of DIR/sources/<source_id>.txt.

Prints each problem as FILE:LINE:COLUMN: CODE: message and exits 1,
or prints one summary line and exits 0.`;

export function check(dir: string, io: Io): number {
  const dataset = checkDataset(loadDatasetInput(dir));
  for (const p of dataset.problems) io.out(formatProblem(p));
  if (dataset.problems.length > 0) {
    const n = dataset.problems.length;
    io.err(`${n} problem${n === 1 ? '' : 's'} in ${dir}`);
    return 1;
  }
  io.out(
    `ok: ${dataset.claims.length} claims in ${dataset.sources.length} sources, every citation found in its source text`,
  );
  return 0;
}
