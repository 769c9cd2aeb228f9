/**
 * Turns a curated claims folder into labelled cases for `evaluate`, so the
 * extractor is scored against the curator's judgement: every sentence of every
 * source is a case; its expected mentions are the curated claims quoting it
 * and the skipped candidates that are real quantities (kind not_a_claim).
 * Anything else the extractor proposes there counts against its precision.
 */
import type { Dataset } from '../../src/model/check/dataset';
import { parseMention } from '../../src/model/quantity';
import { splitSentences } from '../../src/model/sentences';
import type { EvaluationCase, ExpectedMention } from './score';

export function corpusCases(dataset: Dataset): EvaluationCase[] {
  const expectedBySentence = new Map<string, ExpectedMention[]>();
  const add = (sourceId: string, sentence: string, expected: ExpectedMention): void => {
    const key = `${sourceId}\u0000${sentence}`;
    const list = expectedBySentence.get(key) ?? [];
    list.push(expected);
    expectedBySentence.set(key, list);
  };

  for (const claim of dataset.claims) {
    add(claim.source_id, claim.quote, {
      mention: claim.mention,
      qualifier: claim.qualifier,
      ...(claim.value === undefined ? {} : { value: claim.value }),
      ...(claim.low === undefined ? {} : { low: claim.low }),
      ...(claim.high === undefined ? {} : { high: claim.high }),
    });
  }

  const cases: EvaluationCase[] = [];
  for (const [sourceId, text] of dataset.texts) {
    const sentences = splitSentences(text);
    for (const [key, kind] of dataset.skipped) {
      if (kind !== 'not_a_claim' || !key.startsWith(`${sourceId}/`)) continue;
      const [, sentenceId = ''] = key.split('/', 2);
      const mention = key.slice(sourceId.length + sentenceId.length + 2);
      const sentence = sentences.find((s) => s.id === sentenceId);
      // Set aside by the curator as a real quantity: its numbers are the grammar's reading.
      const stated = parseMention(mention);
      if (!sentence || !stated) continue;
      const { qualifier, value, low, high, approximate } = stated;
      add(sourceId, sentence.text, { mention, qualifier, value, low, high, approximate });
    }
    for (const sentence of sentences) {
      cases.push({
        text: sentence.text,
        expected: expectedBySentence.get(`${sourceId}\u0000${sentence.text}`) ?? [],
        domain: sourceId,
      });
    }
  }
  return cases;
}
