/**
 * Sentence splitting for news articles, shared by the CLI and the dashboard
 * (pure: no node:, no DOM).
 *
 * `Intl.Segmenter`'s boundaries (ICU's UAX #29 sentence rules, found by
 * `sentenceEnds` in text/sentence-breaks.ts) do the work; a small set of
 * repairs then joins the boundaries it wrongly puts after abbreviations. ICU
 * breaks before any capital letter that follows a full stop and a space, so
 * `U.S. House`, `Rep. Adam Schiff`, `Gen. Khalifa Haftar` and `Dec. 2 Senate
 * vote` all come out split. The repairs only ever join two pieces of one line;
 * they never add a boundary.
 *
 * Heuristic, in order of confidence:
 * - Titles (`Mr.`, `Rep.`, `Gen.`, `Lt.`, `St.`, …) never end a sentence, and
 *   neither do `vs.`, `e.g.` and friends.
 * - `No.` and month abbreviations (`Dec.`) join only when a number follows:
 *   "No." and "Dec." can end a sentence, "No. 2" and "Dec. 2" cannot.
 * - Place and organisation abbreviations (`U.S.`, `U.N.`, `U.K.`, `E.U.`, …)
 *   often end a sentence ("…troops to the U.S. The Pentagon said…"), so they
 *   join only when the next word is one that, in news style, follows them
 *   inside a name (`House`, `Department`, `Attorney`, `Secretary`, `Army`, …).
 *   News style lowercases common nouns ("U.S. officials"), so a capitalised
 *   `Officials` after `U.S.` signals a new sentence and is not on the list.
 * - A single capital initial (`George W. Bush`) or initials such as `J.P.`
 *   join a following capitalised word; `I.` does not (pronoun, Roman numeral).
 * - `a.m.`/`p.m.` join a following time zone, weekday or `(1500 GMT)`.
 * - `?` or `!` (with closing quotes) followed by a lowercase word is not a
 *   boundary: “Why?” he asked.
 * - Company suffixes (`Inc.`, `Corp.`, `Ltd.`) and `etc.` are left to ICU:
 *   they end sentences too often to guess. So is `…`, which ICU never treats
 *   as an end: in news copy it marks an elision inside a quotation.
 *
 * Line structure comes first: a sentence never crosses a line break, and a
 * line that is a heading is kept whole whatever ICU says: the headline (the
 * first line, when it does not end like a sentence), an ALL-CAPS subhead, and a
 * credit line in parentheses.
 */

import { sentenceEnds, sentenceEndsAt } from './text/sentence-breaks';
import type { SentenceStops } from './text/sentence-breaks';

/** One sentence of a source text. */
export interface Sentence {
  /** `s1`, `s2`, … in text order. */
  id: string;
  /** Offset of the first character (UTF-16 code units, as JS strings index). */
  start: number;
  /** Offset just past the last character; `text === source.slice(start, end)`. */
  end: number;
  /** The sentence, without leading or trailing whitespace. */
  text: string;
}

const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Rev', 'Fr', 'Hon', 'Pres',
  'Rep', 'Reps', 'Sen', 'Sens', 'Gov', 'Govs', 'Amb', 'Atty', 'Supt', 'Det', 'Insp',
  'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt',
  'St', 'Mt', 'Ft',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx',
]); // prettier-ignore

const BEFORE_NUMBER = new Set([
  'No', 'Nos', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]); // prettier-ignore

// Abbreviations of places and bodies that a sentence can end with.
const PLACES = new Set([
  'U.S', 'U.S.A', 'U.N', 'U.K', 'E.U', 'U.A.E', 'U.S.S.R', 'D.C',
  'L.A', 'N.Y', 'N.J', 'N.C', 'S.C', 'N.H', 'N.M', 'N.D', 'S.D', 'R.I',
]); // prettier-ignore

// Capitalised words that follow PLACES inside a name: "U.S. House of
// Representatives", "U.N. Security Council", "U.S. Attorney’s Office". Words
// that commonly open a sentence (The, It, But, Officials…) must stay out.
const NAME_WORDS = new Set([
  // Legislatures, courts, governments and their departments.
  'House', 'Senate', 'Congress', 'Capitol', 'Parliament', 'Government', 'Supreme', 'Court',
  'Courts', 'District', 'Circuit', 'Appeals', 'Department', 'Ministry', 'Treasury', 'Justice',
  'State', 'Defense', 'Defence', 'Commerce', 'Labor', 'Energy', 'Interior', 'Agriculture',
  'Education', 'Transportation', 'Homeland', 'Health', 'Federal', 'Fed', 'Central', 'Special',
  'National', 'Foreign', 'Home', 'Trade', 'Census', 'Customs', 'Border', 'Immigration',
  'Citizenship', 'Postal', 'Geological', 'Securities', 'Food', 'Environmental', 'Nuclear',
  'Financial', 'Competition', 'Agency', 'Administration', 'Office', 'Bureau', 'Commission',
  'Council', 'Committee', 'Assembly', 'Chamber', 'Embassy', 'Embassies', 'Consulate',
  'Mission', 'Charter', 'Summit', 'Presidency',
  // Armed forces and commands.
  'Military', 'Army', 'Navy', 'Air', 'Marine', 'Marines', 'Coast', 'Space', 'Forces',
  'Command', 'Africa', 'European', 'Pacific', 'Southern', 'Northern', 'Cyber', 'Strategic',
  'Royal', 'Peacekeeping',
  // Offices and ranks that precede a person's name.
  'President', 'Vice', 'Prime', 'Chancellor', 'Secretary', 'Secretaries', 'Undersecretary',
  'Under', 'Deputy', 'Assistant', 'Acting', 'Attorney', 'Attorneys', 'Solicitor', 'Surgeon',
  'Ambassador', 'Ambassadors', 'Envoy', 'High', 'Commissioner', 'Rapporteur',
  'Representative', 'Representatives', 'Senator', 'Senators', 'Congressman',
  'Congresswoman', 'Governor', 'Judge', 'Magistrate', 'Marshal', 'Marshals', 'General',
  'Lieutenant', 'Colonel', 'Major', 'Admiral', 'Rear', 'Brigadier', 'Sergeant', 'Captain',
  'Commander', 'Rep', 'Reps', 'Sen', 'Sens', 'Gen', 'Lt', 'Col', 'Adm', 'Maj', 'Capt',
  // U.N. bodies and programmes.
  'Security', 'Human', 'Humanitarian', 'Refugee', 'Relief', 'Children', 'Development',
  'Population', 'Environment', 'Climate', 'World', 'Women', 'Educational', 'Framework',
  // Sport.
  'Open', 'Olympic',
]); // prettier-ignore

const AFTER_CLOCK = new Set([
  'GMT', 'UTC', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT',
  'BST', 'CET', 'CEST', 'EET', 'MSK', 'IST', 'JST', 'KST', 'HKT', 'SGT', 'AEST', 'AEDT',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]); // prettier-ignore

// ICU's paragraph separators (UAX #29 Sep plus CR and LF): it always breaks
// after one, so they are what "line break" means here.
function endsLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

// JS \s: includes U+00A0, which ICU also counts as a space (Sp).
const SPACE = /\s/;

function isSpace(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[k]!);
}

/** Where a sentence starts and ends: `Sentence` without its id and text. */
export interface Span {
  start: number;
  end: number;
}

/** Splits a news article into sentences; see the module comment for the rules. */
export function splitSentences(text: string): Sentence[] {
  return sentenceSpans(text).map(({ start, end }, k) => ({
    id: sentenceId(k),
    start,
    end,
    text: text.slice(start, end),
  }));
}

/** The id of the sentence at index k of a text's sentences. */
export function sentenceId(k: number): string {
  return `s${k + 1}`;
}

/**
 * The spans of splitSentences' sentences, in order: for a caller that needs
 * the text of only a few of them (claims extract, one per figure).
 *
 * One walk over the segment ends, with no array per line: each segment,
 * trimmed, is joined to the sentence before it on its line when the
 * boundary between them is a false one (`continues`), else starts a
 * sentence; at a line's end, a line of two segments or more that is a
 * heading takes back its sentences and becomes one. With `stops`, the text's
 * SentenceStops noted by a scan of it (scanQuantities), its segments are
 * found from them.
 */
export function sentenceSpans(text: string, stops?: SentenceStops): Span[] {
  const spans: Span[] = [];
  let first = true;
  /** The current line: where its first sentence is in `spans`, its extent and how many segments it has. */
  let lineSpans = 0;
  let lineStart = 0;
  let lineEnd = 0;
  let segments = 0;
  let segmentStart = 0;
  // The segment ends from the stops a scan of the text noted, when it noted them all.
  const segmentEnds =
    stops && stops.to >= text.length ? sentenceEndsAt(text, stops) : sentenceEnds(text);
  for (const segmentEnd of segmentEnds) {
    let start = segmentStart;
    let end = segmentEnd;
    segmentStart = segmentEnd;
    while (start < end && isSpace(text, start)) start++;
    while (end > start && isSpace(text, end - 1)) end--;
    if (start < end) {
      const last = spans[spans.length - 1];
      if (segments === 0) {
        lineSpans = spans.length;
        lineStart = start;
        spans.push({ start, end });
      } else if (continues(text, last!.start, last!.end, start)) {
        last!.end = end;
      } else {
        spans.push({ start, end });
      }
      lineEnd = end;
      segments++;
    }
    // Only the trailing whitespace can hold a line break: ICU breaks after one.
    if (segments > 0 && endsLine(text, end, segmentEnd)) {
      if (segments > 1 && isHeading(text, lineStart, lineEnd, first)) {
        spans.length = lineSpans;
        spans.push({ start: lineStart, end: lineEnd });
      }
      first = false;
      segments = 0;
    }
  }
  if (segments > 1 && isHeading(text, lineStart, lineEnd, first)) {
    spans.length = lineSpans;
    spans.push({ start: lineStart, end: lineEnd });
  }
  return spans;
}

/**
 * The sentence containing index `offset`, by binary search. `sentences` must be
 * in text order, as splitSentences returns them; an offset in the whitespace
 * between sentences, or outside the text, has none.
 */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

/** The index of the sentence (or span) containing index `offset`, as sentenceAt finds it; -1 for none. */
export function sentenceIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether the line text[start, end) of two segments or more is a heading, kept whole. */
function isHeading(text: string, start: number, end: number, first: boolean): boolean {
  const line = text.slice(start, end);
  if (!/\p{Ll}/u.test(line) && /\p{Lu}/u.test(line)) return true;
  if (line.startsWith('(') && line.endsWith(')')) return true;
  // Headlines carry no final full stop; a first line that has one is body text.
  return first && !/[.?!…][\p{Pf}\p{Pe}"']*$/u.test(line);
}

/** Whether ICU's boundary between text[..end) and text[next..] is a false one. */
function continues(text: string, start: number, end: number, next: number): boolean {
  const from = Math.max(start, end - 32);
  // ?! with closing quotes: “Why?” he asked.
  let k = end - 1;
  while (k >= from && isCloser(text, k)) k--;
  const c = text.charCodeAt(k);
  if (k >= from && (c === 63 || c === 33)) return /^\p{Ll}/u.test(text.slice(next, next + 2));
  if (text.charCodeAt(end - 1) !== 46) return false;
  const word = wordBeforeStop(text, start, from, end);
  if (word === undefined) return false;
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /^\d/.test(text.slice(next, next + 1));
  const clock = word === 'a.m' || word === 'p.m';
  const place = PLACES.has(word);
  // Initials of a person: "George W. Bush", "J.P. Morgan".
  const initials = /^\p{Lu}(?:\.\p{Lu})*$/u.test(word) && word !== 'I';
  if (!clock && !place && !initials) return false;
  const head = text.slice(next, next + 32);
  const following = /^\p{L}+/u.exec(head)?.[0];
  if (clock) return /^\(\d/.test(head) || (following !== undefined && AFTER_CLOCK.has(following));
  if (following === undefined || !/^\p{Lu}/u.test(following)) return false;
  return place ? NAME_WORDS.has(following) : initials;
}

/** Closing punctuation after ? or !: \p{Pf}, \p{Pe}, straight quotes. */
function isCloser(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 34 || c === 39 || c === 41 || c === 93 || c === 125;
  return /[\p{Pf}\p{Pe}]/u.test(text[k]!);
}

/**
 * The word before the full stop at end - 1, inner dots kept ("U.S", "e.g",
 * "Gen"): letters and dots back to a character that is neither, ending in a
 * letter. A word reaching back to `from` is cut (from > start), so a cut
 * through a long word cannot pass for an abbreviation.
 */
function wordBeforeStop(
  text: string,
  start: number,
  from: number,
  end: number,
): string | undefined {
  let k = end - 2;
  for (; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || (c < 128 && (c | 32) >= 97 && (c | 32) <= 122)) continue;
    if (c < 128) break;
    if (c >= 0xd800 && c <= 0xdfff) return wordByPattern(text, start, from, end);
    if (!/\p{L}/u.test(text[k]!)) break;
  }
  if (k < from && from > start) return undefined;
  const word = text.slice(k + 1, end - 1);
  return word !== '' && word.charCodeAt(word.length - 1) !== 46 ? word : undefined;
}

/** The same word by a regular expression, for text with characters outside the BMP. */
function wordByPattern(text: string, start: number, from: number, end: number): string | undefined {
  const tail = (from > start ? 'x' : '') + text.slice(from, end);
  return /(?:^|[^\p{L}.])([\p{L}.]*\p{L})\.$/u.exec(tail)?.[1];
}
