/**
 * An article cut into paragraphs and runs for display: the sentence under
 * review marked, its mention strong, the other candidates' mentions
 * underlined. Plain text runs only: nothing from the article becomes markup.
 */
export interface Run {
  text: string;
  /** Inside the sentence under review. */
  sentence: boolean;
  /** The mention under review. */
  mention: boolean;
  /** Another candidate's mention. */
  candidate: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export function segments(
  text: string,
  sentence: Span | undefined,
  mention: Span | undefined,
  others: readonly Span[],
): Run[][] {
  const cuts = new Set<number>([0, text.length]);
  for (const span of [sentence, mention, ...others]) {
    if (span) cuts.add(span.start).add(span.end);
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const within = (span: Span | undefined, at: number) =>
    !!span && span.start <= at && at < span.end;
  const paragraphs: Run[][] = [[]];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const piece = text.slice(start, points[i + 1]);
    if (piece === '\n') {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
      continue;
    }
    paragraphs.at(-1)!.push({
      text: piece,
      sentence: within(sentence, start),
      mention: within(mention, start),
      candidate: others.some((span) => within(span, start)),
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}
