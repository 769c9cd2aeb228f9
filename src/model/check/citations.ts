/**
 * Proves a claim's citation: its quote occurs exactly once in the source text,
 * its mention occurs in the quote, and the mention states the claim's numbers
 * and qualifier.
 */
import type { Claim } from '../claim';
import { statedNumbers } from '../claim';
import { echo } from '../problem';
import type { ProblemCode } from '../problem';
import { parseMention } from '../quantity';
import type { QuantityMatch } from '../quantity';
import { describeChar, firstDifference } from './difference';

export interface CitationProblem {
  code: ProblemCode;
  /** Which cell the problem is in. */
  field: 'quote' | 'mention' | 'value' | 'qualifier';
  message: string;
}

export interface Citation {
  /** Offset of the quote in the source text, when found once. */
  offset?: number;
  problems: CitationProblem[];
}

export function checkCitation(
  claim: Claim,
  text: string,
  where: (offset: number) => string,
): Citation {
  const problems: CitationProblem[] = [];
  const offset = text.indexOf(claim.quote);
  if (offset === -1) {
    const d = firstDifference(text, claim.quote);
    problems.push({
      code: 'quote-not-found',
      field: 'quote',
      message:
        d.matched === 0
          ? 'the quote does not occur in the source text'
          : `the quote does not occur in the source text: its first ${d.matched} characters match at ${where(d.at)}, then the quote has ${describeChar(d.needleChar)} where the source has ${describeChar(d.haystackChar)}`,
    });
    return { problems };
  }
  const again = text.indexOf(claim.quote, offset + 1);
  if (again !== -1) {
    problems.push({
      code: 'quote-ambiguous',
      field: 'quote',
      message: `the quote occurs more than once in the source text (at ${where(offset)} and ${where(again)}): quote more of the sentence`,
    });
  }
  if (!claim.quote.includes(claim.mention)) {
    const d = firstDifference(claim.quote, claim.mention);
    problems.push({
      code: 'mention-not-in-quote',
      field: 'mention',
      message:
        d.matched === 0
          ? `the mention ${echo(claim.mention)} does not occur in the quote`
          : `the mention does not occur in the quote: after ${echo(claim.mention.slice(0, d.matched))} the mention has ${describeChar(d.needleChar)} where the quote has ${describeChar(d.haystackChar)}`,
    });
    return { offset, problems };
  }
  for (const p of checkMentionStatesClaim(claim)) problems.push(p);
  return { offset, problems };
}

/** Does the mention's own wording give the claim's numbers and qualifier? */
export function checkMentionStatesClaim(
  claim: Pick<Claim, 'mention' | 'qualifier' | 'value' | 'low' | 'high'>,
): CitationProblem[] {
  const stated = parseMention(claim.mention);
  if (!stated) {
    return [
      {
        code: 'value-mismatch',
        field: 'value',
        message: `the mention ${echo(claim.mention)} states no number`,
      },
    ];
  }
  const problems: CitationProblem[] = [];
  const said = statedNumbers(stated);
  const wrong = statedNumbers(claim).filter((n) => !said.some((s) => sameFigure(n, s, stated)));
  if (wrong.length > 0) {
    problems.push({
      code: 'value-mismatch',
      field: 'value',
      message: `the mention ${echo(claim.mention)} states ${describeStated(stated)}, not ${wrong.join(' or ')}`,
    });
  }
  if (stated.qualifier !== claim.qualifier) {
    problems.push({
      code: 'qualifier-mismatch',
      field: 'qualifier',
      message: `the mention ${echo(claim.mention)} reads as ${stated.qualifier}, but the claim says ${claim.qualifier}`,
    });
  }
  return problems;
}

/**
 * Equal, up to float noise; for figures from fraction words (two-thirds =
 * 66.666…%), up to the rounding the curator wrote (66.7 or 67).
 */
function sameFigure(claimed: number, stated: number, match: QuantityMatch): boolean {
  if (Math.abs(claimed - stated) <= 1e-9 * Math.max(1, Math.abs(stated))) return true;
  if (!match.approximate) return false;
  const decimals = (String(claimed).split('.')[1] ?? '').length;
  return Math.abs(claimed - stated) <= 0.5 * 10 ** -decimals + 1e-9;
}

function describeStated(q: QuantityMatch): string {
  const parts = statedNumbers(q).map((n) => String(n));
  return `${q.qualifier} ${parts.join('–')}`;
}
