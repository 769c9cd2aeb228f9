/**
 * Splits a file of concatenated wire articles into articles. Each article
 * starts with a headline line; most open with a dateline such as
 * `WADI BEY, Libya (Reuters) – ` and end with a credit line in parentheses.
 * ALL-CAPS lines inside an article are subheads, not headlines.
 */
import anyAscii from 'any-ascii';
import { fingerprint } from '../model/text/fingerprint';

export interface Article {
  /** The article's text, byte for byte: from its headline to its last non-blank line. */
  text: string;
  /** Offset of the article in the input. */
  offset: number;
  title: string;
  /** Place part of the dateline (`WADI BEY, Libya`), or ''. */
  dateline: string;
  /** Publisher named in the dateline's parentheses (`Reuters`), or ''. */
  publisher: string;
  /** The closing credit line, or ''. */
  credits: string;
  /** Publication date (YYYY-MM-DD) where the input states one; '' otherwise. */
  published?: string;
  /** Where the article was published (http or https); '' otherwise. */
  url?: string;
}

// `PLACE[, Region] (Publisher) – `: the place is upper case, words may be
// joined by / (`WASHINGTON/LOS ANGELES`); the dash may be en, em or hyphen.
const DATELINE =
  /^([A-Z][A-Z.'\u2019-]*(?:[ /][A-Z][A-Z.'\u2019-]*)*(?:, [A-Z][A-Za-z.' -]*)?) \(([^()]+)\) [\u2013\u2014-] /;

// `(Reporting by …)`, `(Additional reporting by …; Writing by …)`, `(Writing by …)`.
const CREDITS = /^\((?:Additional )?(?:reporting|writing|editing|compiled|research)\b.*\)$/i;

/** The place and publisher of a dateline that opens `line`, if it has one. */
export function readDateline(line: string): { dateline: string; publisher: string } | undefined {
  const match = DATELINE.exec(line);
  return match ? { dateline: match[1]!, publisher: match[2]!.trim() } : undefined;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitArticles(input: string): Article[] {
  const lines = toLines(input);
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const headlineAt: number[] = [];
  nonBlank.forEach((line, i) => {
    const previous = nonBlank[i - 1];
    const next = nonBlank[i + 1];
    const isHeadline =
      i === 0 ||
      (previous !== undefined && CREDITS.test(previous.text.trim())) ||
      (next !== undefined && DATELINE.test(next.text) && !DATELINE.test(line.text));
    if (isHeadline) headlineAt.push(i);
  });

  return headlineAt.map((first, k) => {
    const last = (headlineAt[k + 1] ?? nonBlank.length) - 1;
    const head = nonBlank[first]!;
    const tail = nonBlank[last]!;
    const opening = nonBlank[first + 1]?.text ?? '';
    const dateline = first < last ? DATELINE.exec(opening) : null;
    const closing = tail.text.trim();
    return {
      text: input.slice(head.start, tail.end),
      offset: head.start,
      title: head.text.trim(),
      dateline: dateline?.[1] ?? '',
      publisher: dateline?.[2]?.trim() ?? '',
      credits: last > first && CREDITS.test(closing) ? closing : '',
    };
  });
}

/** Lines with their offsets; the line text excludes its `\n` or `\r\n`. */
function toLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= input.length) {
    const nl = input.indexOf('\n', start);
    const stop = nl === -1 ? input.length : nl;
    const end = stop > start && input[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ text: input.slice(start, end), start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * A stable, readable id from a headline: lowercase ASCII words joined by
 * hyphens, cut at a word boundary to at most 50 characters. Other scripts are
 * transliterated (`Исламское государство` → `islamskoe-gosudarstvo`,
 * `伊斯兰国` → `yi-si-lan-guo`); a headline with no letters or digits at all
 * gets `article-` and a hash of itself, so distinct headlines still get
 * distinct ids.
 */
export function slugify(title: string, maxLength = 50): string {
  const words = title
    // Dotted abbreviations read as one word: U.S. -> us, U.N. -> un.
    .replace(/\b([A-Za-z])\.(?=[A-Za-z]\.)/g, '$1')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019]/g, '')
    // Syllables of a transliterated script come capitalised and run together: YiSiLan.
    .replace(/[^ -~\s]+/g, (run) => anyAscii(run).replace(/([a-z])(?=[A-Z])/g, '$1 '))
    .toLowerCase()
    // Apostrophes within words, also those transliteration gives (Arabic hamza).
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return slug || `article-${fingerprint(new TextEncoder().encode(title)).slice(0, 8)}`;
}

/** How much of an article's opening identifies it (see `articleIdentity`). */
const OPENING_LENGTH = 100;

/**
 * What makes two texts the same article, whatever their headline: the
 * dateline and the opening words, that is the first 100 characters of the
 * first paragraph after the headline (which starts with the dateline), with
 * runs of white space read as one space. A corrected or extended version of
 * an article keeps them; another outlet's story under the same headline does
 * not. An article with no body is identified by its headline.
 */
export function articleIdentity(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const opening = lines[1] ?? lines[0] ?? '';
  return opening.replace(/\s+/g, ' ').trim().slice(0, OPENING_LENGTH);
}
