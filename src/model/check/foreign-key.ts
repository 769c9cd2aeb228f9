/**
 * The two ways a reference to another table fails (a claim's source_id, a
 * claim's measure), worded once.
 */
import { echo, formatProblem } from '../problem';
import type { Problem } from '../problem';

/** `field` names no row of `file`. */
export function unknownKey(field: string, value: string, file: string): string {
  return `${field} ${echo(value)} is not an id in ${file}`;
}

/** `field` names a row that the check rejects, for `problem` (its first). */
export function rejectedKey(field: string, value: string, what: string, problem: Problem): string {
  return `${field} ${echo(value)} names a ${what} that claims check rejects: ${formatProblem(problem)}`;
}
