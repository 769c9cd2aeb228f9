/**
 * `claims extract` as a pure function: candidate claims in a news text, each
 * with its sentence, the mention's offsets and proposed fields. Shared by the
 * CLI and anything else that wants proposals (no node:, no DOM).
 */
import type { Category } from '../model/schema';
import { scanQuantities } from '../model/quantity';
import type { QuantityMatch } from '../model/quantity';
import { sentenceAt, splitSentences } from '../model/sentences';
import { findAttribution } from './attribution';
import { guessCategory } from './category';
import { describeSubject } from './subject';

/** A quantity the grammar found, with the fields a curator needs to make it a claim. */
export interface Candidate extends Pick<
  QuantityMatch,
  'start' | 'end' | 'mention' | 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'excluded'
> {
  source_id?: string;
  sentence_id: string;
  category: Category;
  subject: string;
  attributed_to: string;
  /** The sentence holding the mention: the quote a claim would cite. */
  sentence: string;
}

export interface ExtractOptions {
  sourceId?: string;
  /** Also propose years, dates, ordinals, identifiers and other non-claims. */
  all?: boolean;
}

export function extractCandidates(text: string, options: ExtractOptions = {}): Candidate[] {
  const matches = scanQuantities(text, { all: options.all ?? false });
  if (matches.length === 0) return [];
  const sentences = splitSentences(text);
  return matches.map((m) => {
    const sentence = sentenceAt(sentences, m.start);
    const sentenceText = sentence?.text ?? text.slice(m.start, m.end);
    const offset = sentence?.start ?? m.start;
    const subject = describeSubject(sentenceText, m.start - offset, m.end - offset, m.unit);
    // The words near the figure say more about its category than the whole sentence.
    const nearby = `${text.slice(Math.max(offset, m.start - 60), m.end + 60)} ${subject}`;
    const candidate: Candidate = {
      ...(options.sourceId === undefined ? {} : { source_id: options.sourceId }),
      sentence_id: sentence?.id ?? '',
      start: m.start,
      end: m.end,
      mention: m.mention,
      ...(m.value === undefined ? {} : { value: m.value }),
      ...(m.low === undefined ? {} : { low: m.low }),
      ...(m.high === undefined ? {} : { high: m.high }),
      qualifier: m.qualifier,
      ...(m.unit === undefined ? {} : { unit: m.unit }),
      category: guessCategory(m.unit, nearby, subject.split(' ', 1)[0]),
      subject,
      attributed_to: findAttribution(sentenceText),
      sentence: sentenceText,
      ...(m.excluded === undefined ? {} : { excluded: m.excluded }),
    };
    return candidate;
  });
}

/** The key a curator writes in skipped.csv to set a candidate aside: `source/s12/mention`. */
export { candidateKey } from '../model/candidate-key';
