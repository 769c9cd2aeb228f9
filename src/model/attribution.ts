/**
 * Who gave a figure and where it was published, in the words every view
 * uses: the cards, the charts' labels and tooltips, and the agreement
 * messages that name the reports.
 */
import type { Claim, Source } from './claim';

/** The article as a reader would cite it. */
export function sourceText(source: Source | undefined): string {
  if (!source) return 'unknown source';
  return source.publisher ? `${source.publisher}, “${source.title}”` : `“${source.title}”`;
}

/**
 * Who gave the figure: the person or body the article names, else the
 * publisher (the reporter states it), else the article itself.
 */
export function whoSaid(claim: Claim, source: Source | undefined): string {
  if (claim.attributed_to) return claim.attributed_to;
  if (source?.publisher) return source.publisher;
  return source ? `“${source.title}”` : 'unknown source';
}

/** "according to the mayor, in Reuters, “U.S. strikes…”", or just the article. */
export function reportedBy(claim: Claim, source: Source | undefined): string {
  const cited = sourceText(source);
  return claim.attributed_to ? `according to ${claim.attributed_to}, in ${cited}` : cited;
}
