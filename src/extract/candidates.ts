/**
 * `claims extract` as a pure function: candidate claims in a news text, each
 * with its sentence, the mention's offsets and proposed fields. Shared by the
 * CLI and anything else that wants proposals (no node:, no DOM).
 */
import type { Category } from '../model/schema';
import { scanQuantities } from '../model/quantity';
import type { QuantityMatch } from '../model/quantity';
import { sentenceId, sentenceIndexAt, sentenceSpans } from '../model/sentences';
import { SentenceStops } from '../model/text/sentence-breaks';
import { findAttribution } from './attribution';
import { guessCategory } from './category';
import { describeSubject } from './subject';

/** A quantity the grammar found, with the fields a curator needs to make it a claim. */
export interface Candidate extends Pick<
  QuantityMatch,
  | 'start'
  | 'end'
  | 'mention'
  | 'value'
  | 'low'
  | 'high'
  | 'qualifier'
  | 'unit'
  | 'excluded'
  | 'change'
  | 'from'
  | 'to'
> {
  source_id?: string;
  sentence_id: string;
  category: Category;
  subject: string;
  attributed_to: string;
  /**
   * The sentence holding the mention: the quote a claim would cite; of a
   * sentence longer than MAX_QUOTE, the words around the mention.
   */
  sentence: string;
  /** Offset of `sentence` in the text. */
  sentence_start: number;
}

export interface ExtractOptions {
  sourceId?: string;
  /** Also propose years, dates, ordinals, identifiers and other non-claims. */
  all?: boolean;
}

/**
 * Characters of its sentence read on each side of a mention for the subject
 * and the attribution. A sentence is rarely longer; a text with no full stops
 * for a megabyte is one "sentence", and reading all of it for each of its
 * figures would make extraction quadratic.
 */
export const CONTEXT = 400;

/**
 * The longest sentence a candidate quotes whole. A longer one (a text with
 * no full stops, a table flattened into one line) is quoted by the words
 * around the figure, CONTEXT on each side: still verbatim from the text, and
 * the output stays proportional to the text, where a whole sentence repeated
 * for each of its thousands of figures would grow with its square.
 */
export const MAX_QUOTE = 1000;

interface Context {
  text: string;
  /** Offset of `text` in the source text. */
  offset: number;
}

/** The part of sentence [start, end) within CONTEXT of the mention, cut at spaces. */
function contextOf(text: string, start: number, end: number, m: QuantityMatch): Context {
  let from = Math.max(start, m.start - CONTEXT);
  let to = Math.min(end, m.end + CONTEXT);
  if (from > start) {
    const space = text.slice(from, m.start).search(/\s/);
    if (space !== -1) from += space + 1;
  }
  if (to < end) {
    const tail = text.slice(m.end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space !== -1) to = m.end + space;
  }
  return { text: text.slice(from, to), offset: from };
}

/** The text up to its first space: `text.split(' ', 1)[0]` with no array. */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

export function extractCandidates(text: string, options: ExtractOptions = {}): Candidate[] {
  // The scan's pass over the text notes where the sentence rules must look.
  const stops = new SentenceStops();
  const matches = scanQuantities(text, { all: options.all ?? false, sentenceStops: stops });
  if (matches.length === 0) return [];
  // Only the sentences that hold a figure are cut out of the text.
  const spans = sentenceSpans(text, stops);
  // Figures of one short sentence share their context, and so its speaker:
  // the attribution's patterns run over it once, not once per figure.
  let said = { offset: -1, length: -1, speaker: '' };
  return matches.map((m) => {
    const index = sentenceIndexAt(spans, m.start);
    const span = spans[index];
    const start = span?.start ?? m.start;
    const end = span?.end ?? m.end;
    const context = contextOf(text, start, end, m);
    const subject = describeSubject(
      context.text,
      m.start - context.offset,
      m.end - context.offset,
      m.unit,
    );
    if (said.offset !== context.offset || said.length !== context.text.length) {
      const length = context.text.length;
      said = { offset: context.offset, length, speaker: findAttribution(context.text) };
    }
    // The words near the figure say more about its category than the whole sentence.
    const nearby = `${text.slice(Math.max(start, m.start - 60), m.end + 60)} ${subject}`;
    const candidate: Candidate = {
      sentence_id: span ? sentenceId(index) : '',
      start: m.start,
      end: m.end,
      mention: m.mention,
      qualifier: m.qualifier,
      category: guessCategory(m.unit, nearby, firstWord(subject)),
      subject,
      attributed_to: said.speaker,
      sentence: !span ? m.mention : end - start > MAX_QUOTE ? context.text : text.slice(start, end),
      sentence_start: span && end - start > MAX_QUOTE ? context.offset : start,
    };
    // Set one by one: a spread per optional field costs more than the rest of a candidate.
    if (options.sourceId !== undefined) candidate.source_id = options.sourceId;
    if (m.value !== undefined) candidate.value = m.value;
    if (m.low !== undefined) candidate.low = m.low;
    if (m.high !== undefined) candidate.high = m.high;
    if (m.unit !== undefined) candidate.unit = m.unit;
    if (m.change !== undefined) candidate.change = m.change;
    if (m.from !== undefined) candidate.from = m.from;
    if (m.to !== undefined) candidate.to = m.to;
    if (m.excluded !== undefined) candidate.excluded = m.excluded;
    return candidate;
  });
}

/** The key a curator writes in skipped.csv to set a candidate aside: `source/s12/mention`. */
export { candidateKey } from '../model/candidate-key';
