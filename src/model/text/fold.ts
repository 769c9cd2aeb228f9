/** Text as a search compares it. */
import { removeInvisible } from './hidden';

/** A code unit past ASCII: its absence means plain ASCII. */
const PAST_ASCII = /[\u0080-\uffff]/;

/**
 * Lowercase, accents removed, curly quotes straightened, invisible characters
 * (zero-width, bidi controls, soft hyphens) dropped: what a search box should
 * ignore. "Sab\u200Bratha" is found by "Sabratha", and the other way round.
 */
export function fold(text: string): string {
  // Plain ASCII, as most news text is, has nothing else to fold: lowercase
  // alone gives the same string at a fraction of the cost (the dashboard
  // folds every claim's text before its first search).
  if (!PAST_ASCII.test(text)) return text.toLowerCase();
  return removeInvisible(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}
