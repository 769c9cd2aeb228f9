/**
 * An article cut into paragraphs and sentences for reading, with the
 * sentences that claims cite marked: the selected claim's sentence, its
 * mention, and the article's other cited sentences. Pure; the component only
 * renders the pieces as text.
 */
import type { Claim } from '../../model/claim';
import { splitSentences } from '../../model/sentences';

export interface Piece {
  text: string;
  /** Sentence id, for sentences (not for the white space between them). */
  sentenceId?: string;
  /** Claims citing this sentence. */
  claims: Claim[];
  /** The selected claim's sentence. */
  selected: boolean;
  /** Within a selected sentence: the mention, split out to be emphasised. */
  mention?: { before: string; mention: string; after: string };
}

export interface Paragraph {
  /** The headline (first paragraph). */
  headline: boolean;
  pieces: Piece[];
}

interface Span {
  start: number;
  end: number;
}

function citedSpan(text: string, claim: Claim): Span | undefined {
  const at = text.indexOf(claim.quote);
  return at === -1 ? undefined : { start: at, end: at + claim.quote.length };
}

export function articleParagraphs(
  text: string,
  claims: readonly Claim[],
  selected?: Claim,
): Paragraph[] {
  const spans = new Map<Claim, Span>();
  for (const claim of claims) {
    const span = citedSpan(text, claim);
    if (span) spans.set(claim, span);
  }
  const selectedSpan = selected ? citedSpan(text, selected) : undefined;
  const mentionAt =
    selected && selectedSpan ? selectedSpan.start + selected.quote.indexOf(selected.mention) : -1;

  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    // Sentences never cross a line break: a break in the gap starts a paragraph.
    const gap = text.slice(cursor, sentence.start);
    if (!current || gap.includes('\n')) {
      current = { headline: paragraphs.length === 0, pieces: [] };
      paragraphs.push(current);
    } else if (gap) {
      current.pieces.push({ text: gap, claims: [], selected: false });
    }
    const overlaps = (s: Span) => s.start < sentence.end && sentence.start < s.end;
    const citing = claims.filter((c) => {
      const span = spans.get(c);
      return span !== undefined && overlaps(span);
    });
    const isSelected = selectedSpan !== undefined && overlaps(selectedSpan);
    const piece: Piece = {
      text: sentence.text,
      sentenceId: sentence.id,
      claims: citing,
      selected: isSelected,
    };
    if (isSelected && mentionAt >= sentence.start && mentionAt < sentence.end) {
      const from = mentionAt - sentence.start;
      const to = Math.min(sentence.text.length, from + selected!.mention.length);
      piece.mention = {
        before: sentence.text.slice(0, from),
        mention: sentence.text.slice(from, to),
        after: sentence.text.slice(to),
      };
    }
    current.pieces.push(piece);
    cursor = sentence.end;
  }
  return paragraphs;
}
