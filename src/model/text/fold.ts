/** Text as a search compares it. */
import { removeInvisible } from './hidden';

/**
 * Lowercase, accents removed, curly quotes straightened, invisible characters
 * (zero-width, bidi controls, soft hyphens) dropped: what a search box should
 * ignore. "Sab\u200Bratha" is found by "Sabratha", and the other way round.
 */
export function fold(text: string): string {
  return removeInvisible(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}
