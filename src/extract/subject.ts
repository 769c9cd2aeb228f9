/**
 * The counted noun phrase of a figure and its context: "Islamic State fighters
 * killed", "people in around 15 besieged areas of Syria". Read off the words
 * after the mention, with the event verb from around it.
 */

import type { Unit } from '../model/schema';

// Words that end a noun phrase: verbs, prepositions of time and place, conjunctions.
const STOP = new Set(
  (
    'a an and as at after before but by during for from had has have in into is last late ' +
    'next on or since so than that the this those these to under until was were which while who ' +
    'will with would said says told according its their his her since per'
  ).split(' '),
);

const EVENT =
  /\b(killed|killing|wounded|injured|died|dead|besieged|displaced|delivered|trapped|destroyed|damaged|refined|exported)\b/i;

// Units that name the things counted, as opposed to measures such as bpd or %.
const COUNTED = new Set<Unit>(['people', 'countries', 'vehicles', 'items']);

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}’'.-]*$/u;

export function describeSubject(
  sentence: string,
  mentionStart: number,
  mentionEnd: number,
  unit?: Unit,
): string {
  if (unit !== undefined && MONEY.has(unit))
    return describeMoney(sentence, mentionStart, mentionEnd);
  const mention = sentence.slice(mentionStart, mentionEnd);
  const words: string[] = [];
  // The mention may already carry its noun ("40 people", "a few dozen troops"),
  // but not when its last word is a unit ("barrels per day", "percent").
  const noun = lastWord(mention);
  const counted = unit === undefined || COUNTED.has(unit);
  if (counted && noun && /\s/.test(mention)) words.push(noun);

  readPhrase(sentence, mentionEnd, words, 6, true);
  // "killed more than 40 fighters" / "40 people had been killed": the event gives the sense.
  const around = sentence.slice(
    Math.max(0, mentionStart - 30),
    Math.min(sentence.length, mentionEnd + 60),
  );
  const event = EVENT.exec(around)?.[1]?.toLowerCase();
  if (event && !words.some((w) => w.toLowerCase() === event))
    words.push(event === 'killing' ? 'killed' : event);
  return words.join(' ');
}

/**
 * The letters (and hyphens) that end `text`, from the first letter of that
 * run: what /[\p{L}][\p{L}-]*$/u finds, read backwards from the end. The
 * expression tried every offset of the mention, once per figure; any
 * character outside ASCII is still left to it.
 */
function lastWord(text: string): string | undefined {
  const n = text.length;
  let k = n;
  for (; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if (c >= 128) return /[\p{L}][\p{L}-]*$/u.exec(text)?.[0];
    if (c !== 45 && !((c | 32) >= 97 && (c | 32) <= 122)) break;
  }
  while (k < n && text.charCodeAt(k) === 45) k++;
  return k < n ? text.slice(k) : undefined;
}

const MONEY = new Set<Unit>(['usd', 'gbp', 'eur']);

/** Words of a noun phrase from the start of `text`, up to a stop word or punctuation. */
function phrase(text: string, max = 6): string[] {
  const words: string[] = [];
  readPhrase(text, 0, words, max, false);
  return words;
}

/** JS `\s`: what separates the words of a phrase. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/** Opening quotes and brackets dropped before a word; closing punctuation after it ends the phrase. */
function isOpener(c: number): boolean {
  return c === 0x201c || c === 34 || c === 40;
}

function isCloser(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 0x201d || c === 34 || c === 41;
}

/**
 * Appends to `words` the words of a noun phrase in `text` from `from` on, up
 * to `max` words in all: each run of non-space characters, opening quotes
 * and brackets before it dropped and closing punctuation after it dropped
 * (which ends the phrase after that word), until a stop word or what is no
 * word. With `skipOf`, an "of" before the first word is passed over. Word
 * by word, with no copy of the rest: the phrase ends within a few words,
 * the sentence may go on for 400 characters.
 */
function readPhrase(
  text: string,
  from: number,
  words: string[],
  max: number,
  skipOf: boolean,
): void {
  const n = text.length;
  let k = from;
  for (;;) {
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n) return;
    let end = k;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    let start = k;
    k = end;
    while (start < end && isOpener(text.charCodeAt(start))) start++;
    const ends = start < end && isCloser(text.charCodeAt(end - 1));
    while (end > start && isCloser(text.charCodeAt(end - 1))) end--;
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    if (!WORD.test(word) || STOP.has(lower)) return;
    if (skipOf && lower === 'of' && words.length === 0) continue;
    words.push(word);
    if (ends || words.length >= max) return;
  }
}

const SPENDING_VERB =
  /\b(pledg|spen[dt]|rais|pa(?:y|id)|promis|allocat|approv|request|sought|seek|earn|los[et]|invest|donat|propos|offer|budget|provid|fund|grant|lend|lent|borrow|receiv|collect|fin)(?:e|es|ed|ing|s|d)?\b/i;

/**
 * What a sum of money is for, which news English says around the figure, not
 * after it: "$200 million in new military spending" (the phrase after in,
 * for, of or on), "repairing those installations will cost $X" (the cost of
 * what comes before), "pledged $1.2 billion" (money pledged). Never empty:
 * at worst "money", for the curator to complete.
 */
function describeMoney(sentence: string, start: number, end: number): string {
  // "a $3 billion loan": the noun right after says it.
  const noun = phrase(sentence.slice(end));
  if (noun.length > 0) return noun.join(' ');
  const after = /^\s+(?:worth of\s+|in\s+|for\s+|of\s+|on\s+)(.*)$/s.exec(sentence.slice(end));
  if (after) {
    const words = phrase(after[1]!);
    if (words.length > 0) return words.join(' ');
  }
  const before = sentence.slice(0, start);
  const cost =
    /(?:^|[,;:]\s*|\b(?:that|which|and|but)\s+)([^,;:]{3,80}?)\s+(?:will|would|could|may|might|to)?\s*cost(?:s|ing)?\s*(?:about|around|nearly|some|up to|at least|more than)?\s*$/i.exec(
      before,
    );
  if (cost) return `cost of ${lowerFirst(cost[1]!.trim())}`;
  const verb =
    /(\S+)\s+(?:(?:about|around|nearly|some|up to|at least|more than|an extra|a further|another)\s+)?$/i.exec(
      before,
    )?.[1];
  const spending = verb && SPENDING_VERB.exec(verb) ? SPENDING_VERB.exec(verb)![0] : undefined;
  if (spending) return `money ${participle(spending.toLowerCase())}`;
  return 'money';
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const IRREGULAR: Record<string, string> = {
  spend: 'spent', spending: 'spent', pay: 'paid', paying: 'paid', seek: 'sought', seeking: 'sought',
  lose: 'lost', losing: 'lost', lend: 'lent', lending: 'lent',
}; // prettier-ignore

/** "proposing" → "proposed", "pledges" → "pledged": the money is what the verb did. */
function participle(verb: string): string {
  if (IRREGULAR[verb]) return IRREGULAR[verb]!;
  if (/(?:ed|[^e]d|t)$/.test(verb)) return verb;
  const stem = verb.replace(/ing$|es$|s$/, '');
  return stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
}
