/**
 * The rule of one row of skipped.csv beyond its cells: the candidate it sets
 * aside must still exist (its source, its sentence, its mention in that
 * sentence), or a stale entry would hide a real candidate. `checkDataset`
 * applies it to every row; the curation workbench to a row before it is
 * written.
 */
import { parseCandidateKey } from '../candidate-key';
import { echo } from '../problem';
import type { Problem } from '../problem';
import { splitSentences } from '../sentences';
import type { Sentence } from '../sentences';
import type { TableRow } from './table';

export interface SkipRowContext {
  /** skipped.csv as the user knows it. */
  file: string;
  texts: ReadonlyMap<string, string>;
  /** Sentences of the texts, split as rows need them. */
  sentences: Map<string, Sentence[]>;
}

export function skipRowProblems(row: TableRow, context: SkipRowContext): Problem[] {
  const key = String(row.record.candidate ?? '');
  const problem = (code: Problem['code'], message: string): Problem[] => [
    { file: context.file, line: row.line, column: row.columns.candidate ?? 0, code, message },
  ];
  // The schema's pattern has already reported a key of the wrong shape.
  const parts = parseCandidateKey(key);
  if (!parts) return [];
  const { sourceId, sentenceId, mention } = parts;
  const text = context.texts.get(sourceId);
  if (text === undefined)
    return problem('foreign-key-error', `no source text for ${echo(sourceId)}`);
  let sentences = context.sentences.get(sourceId);
  if (!sentences) context.sentences.set(sourceId, (sentences = splitSentences(text)));
  const sentence = sentences.find((s) => s.id === sentenceId);
  if (!sentence)
    return problem('constraint-error', `${sourceId} has no sentence ${echo(sentenceId)}`);
  if (!sentence.text.includes(mention)) {
    return problem(
      'constraint-error',
      `${echo(mention)} is not in sentence ${sentenceId} of ${sourceId}`,
    );
  }
  return [];
}
