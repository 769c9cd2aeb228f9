/**
 * A link to the sentence in the original article, with a text fragment
 * (`#:~:text=start,end`) so browsers that support it scroll to and highlight
 * it. Only http and https URLs are ever returned.
 */
import { safeHref } from '../../model/url';

// Long sentences are matched by their first and last words, which is what the
// text-fragment spec recommends and keeps URLs short.
const WORDS = 5;

export function sentenceLink(url: string, sentence: string): string | undefined {
  const base = safeHref(url);
  if (!base) return undefined;
  const words = sentence.trim().split(/\s+/);
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const directive =
    words.length <= WORDS * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, WORDS).join(' '))},${encode(words.slice(-WORDS).join(' '))}`;
  return `${base.split('#')[0]}#:~:text=${directive}`;
}
