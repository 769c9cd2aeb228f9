/**
 * The key of a candidate claim, `<source_id>/<sentence_id>/<mention>`: what
 * `claims extract` prints, what skipped.csv stores and what `claims accept`
 * and `claims skip` take. Source ids are slugs and sentence ids `s<n>`, so
 * the first two slashes split it; the mention may hold more.
 */
export interface CandidateKey {
  sourceId: string;
  sentenceId: string;
  mention: string;
}

export function candidateKey(c: {
  source_id?: string | undefined;
  sentence_id: string;
  mention: string;
}): string {
  return `${c.source_id ?? '-'}/${c.sentence_id}/${c.mention}`;
}

/** The parts of a key, or undefined when it is not `source/s<n>/mention`. */
export function parseCandidateKey(key: string): CandidateKey | undefined {
  const match = /^([^/]+)\/(s[0-9]+)\/(.+)$/s.exec(key);
  if (!match) return undefined;
  return { sourceId: match[1]!, sentenceId: match[2]!, mention: match[3]! };
}
