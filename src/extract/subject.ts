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
  const mention = sentence.slice(mentionStart, mentionEnd);
  const words: string[] = [];
  // The mention may already carry its noun ("40 people", "a few dozen troops"),
  // but not when its last word is a unit ("barrels per day", "percent").
  const noun = /[\p{L}][\p{L}-]*$/u.exec(mention)?.[0];
  const counted = unit === undefined || COUNTED.has(unit);
  if (counted && noun && /\s/.test(mention)) words.push(noun);

  for (const raw of sentence.slice(mentionEnd).split(/\s+/).filter(Boolean)) {
    const clean = raw.replace(/^[“"(]+/, '');
    const ends = /[,.;:”")]$/.test(clean);
    const word = clean.replace(/[,.;:”")]+$/, '');
    if (!WORD.test(word) || STOP.has(word.toLowerCase())) break;
    if (/^of$/i.test(word) && words.length === 0) continue;
    words.push(word);
    if (ends || words.length >= 6) break;
  }
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
