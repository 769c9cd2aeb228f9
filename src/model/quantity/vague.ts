/**
 * Vague amounts ("dozens", "a few hundred", "tens of thousands", "low
 * thousands") and the one convention that turns them into a low–high range.
 *
 * Vague-amount convention
 * -----------------------
 * A vague amount names a scale S:
 *
 *   dozen = 12, score = 20, hundred = 100, thousand = 1,000, million, billion,
 *   trillion; and compounds, where S is the product:
 *   "tens of thousands" S = 10,000; "hundreds of thousands" S = 100,000;
 *   "tens of millions" S = 10,000,000; "hundreds of millions" S = 100,000,000.
 *
 * The wording around S gives the range (qualifier `vague`, low and high):
 *
 *   | wording                        | low | high | example                         |
 *   | ------------------------------ | --- | ---- | ------------------------------- |
 *   | plural "Ss", "Ss of", "many Ss"| 2S  | 10S  | dozens = 24–120                 |
 *   | "a few S", "few S"             | 2S  | 5S   | a few dozen = 24–60             |
 *   | "several S"                    | 3S  | 9S   | several hundred = 300–900       |
 *   | "low Ss"                       | 1S  | 3S   | low thousands = 1,000–3,000     |
 *   | "mid Ss", "mid-Ss"             | 4S  | 6S   | mid-hundreds = 400–600          |
 *   | "high Ss"                      | 7S  | 9S   | high hundreds = 700–900         |
 *
 * So "hundreds" is 200–1,000, "tens of thousands" 20,000–100,000 and
 * "hundreds of millions of dollars" 200,000,000–1,000,000,000 usd.
 * "Scores" and "tens" count only before "of" ("scores of people", not "test
 * scores"). A following "of <unit noun>" joins the mention and gives the unit.
 */
import type { Unit } from '../schema';
import {
  BIG_SCALES,
  TEMPERATURE_WORDS,
  VAGUE_NEEDS_OF,
  VAGUE_PLURALS,
  VAGUE_SINGULARS,
} from './lexicon';
import { NUM, WORD, WordFilter } from './token-table';
import type { Tokens } from './tokens';

export type VagueWording = 'plural' | 'few' | 'several' | 'low' | 'mid' | 'high';

/** Multiples of S for each wording: [low, high]. */
export const VAGUE_RANGES: Readonly<Record<VagueWording, readonly [number, number]>> = {
  plural: [2, 10],
  few: [2, 5],
  several: [3, 9],
  low: [1, 3],
  mid: [4, 6],
  high: [7, 9],
};

/** The range a wording gives a scale: vagueRange('few', 12) is [24, 60]. */
export function vagueRange(wording: VagueWording, scale: number): [number, number] {
  const [lo, hi] = VAGUE_RANGES[wording];
  return [lo * scale, hi * scale];
}

export interface VagueCore {
  from: number;
  to: number;
  low: number;
  high: number;
  unit?: Unit;
}

interface Scale {
  scale: number;
  to: number;
}

/** A plural scale at k: "hundreds", "tens of thousands", "scores of". */
function pluralScale(tl: Tokens, k: number): Scale | undefined {
  const t = tl.at(k);
  if (t.kind !== 'word') return undefined;
  const s = VAGUE_PLURALS.get(t.lower);
  if (s === undefined) return undefined;
  const ofFollows = tl.is(k + 1, 'of');
  if (VAGUE_NEEDS_OF.has(t.lower) && !ofFollows) return undefined;
  if (ofFollows) {
    // "tens of thousands", "hundreds of millions": the product is the scale.
    const s2 = VAGUE_PLURALS.get(tl.at(k + 2).lower);
    if (s2 !== undefined && s2 > s && s2 >= 1000) return { scale: s * s2, to: k + 3 };
  }
  return { scale: s, to: k + 1 };
}

/** A singular scale at k, after "a few" or "several": "dozen", "hundred thousand". */
function singularScale(tl: Tokens, k: number): Scale | undefined {
  const s = VAGUE_SINGULARS.get(tl.at(k).lower);
  if (s === undefined) return pluralScale(tl, k);
  const s2 = BIG_SCALES.get(tl.at(k + 1).lower);
  if (s === 100 && s2 !== undefined) return { scale: s * s2, to: k + 2 };
  return { scale: s, to: k + 1 };
}

/** A vague amount starting at token i, without its unit. */
export function readVague(tl: Tokens, i: number): VagueCore | undefined {
  const l = tl.at(i).lower;
  let wording: VagueWording;
  let sc: Scale | undefined;
  if (l === 'a' && tl.is(i + 1, 'few')) {
    wording = 'few';
    sc = singularScale(tl, i + 2);
  } else if (l === 'few') {
    wording = 'few';
    sc = singularScale(tl, i + 1);
  } else if (l === 'several') {
    wording = 'several';
    sc = singularScale(tl, i + 1);
  } else if (l === 'low' || l === 'mid' || l === 'high') {
    wording = l;
    sc = pluralScale(tl, tl.gluedHyphen(i + 1) ? i + 2 : i + 1);
  } else if (l === 'many') {
    wording = 'plural';
    sc = pluralScale(tl, i + 1);
  } else {
    wording = 'plural';
    sc = pluralScale(tl, i);
  }
  if (!sc) return undefined;
  const [low, high] = vagueRange(wording, sc.scale);
  return { from: i, to: sc.to, low, high };
}

/** The words that place a decade's numbers: "the low 30s" 30–33, "the mid-30s", "the upper 30s". */
const DECADE_WORDINGS = new Map<string, 'low' | 'mid' | 'high'>([
  ['low', 'low'],
  ['lower', 'low'],
  ['mid', 'mid'],
  ['high', 'high'],
  ['upper', 'high'],
]);

/** The words readDecade reads after "the" besides digits: "the teens", "the low 30s", "the mid-30s". */
const DECADE_WORDS = new WordFilter([...DECADE_WORDINGS.keys(), 'teens']);

/**
 * Whether readDecade may find a decade at "the" (token i): only when the
 * token after it is a number or may be one of DECADE_WORDS. It reads the
 * token table, making no token: "the" is the commonest word of news text,
 * and the word after it is rarely read otherwise.
 */
export function mayOpenDecade(tl: Tokens, i: number): boolean {
  const next = i + 1;
  if (next >= tl.length) return false;
  const kind = tl.table.kind[next];
  return kind === NUM || (kind === WORD && DECADE_WORDS.mayHold(tl.table, next));
}

/**
 * A decade of numbers (docs/extraction-rules.md, section 4): "the teens"
 * 13–19, "the low 30s" 30–33, "the mid-30s" 34–36, "the high 30s" 37–39, and
 * "the 30s" 30–39 where temperatures are the subject (else "the 80s" is a
 * decade of years). A person's decade ("in her 40s", "their mid-30s") is an
 * age and is left to the exclusions.
 */
export function readDecade(tl: Tokens, i: number): VagueCore | undefined {
  let k = i;
  if (tl.is(k, 'the')) k++;
  const wording = DECADE_WORDINGS.get(tl.at(k).lower);
  if (wording) {
    if (POSSESSIVES.has(tl.at(i - 1).lower) || POSSESSIVES.has(tl.at(k - 1).lower))
      return undefined;
    k += tl.gluedHyphen(k + 1) ? 2 : 1;
  }
  const t = tl.at(k);
  let low: number;
  let to: number;
  if (t.kind === 'word' && t.lower === 'teens') {
    if (!tl.is(i, 'the') && !wording) return undefined;
    low = 10;
    to = k + 1;
  } else if (
    t.kind === 'num' &&
    !t.decimal &&
    t.text.length === 2 &&
    t.num % 10 === 0 &&
    t.num >= 10 &&
    tl.is(k + 1, 's') &&
    !tl.at(k + 1).gap
  ) {
    low = t.num;
    to = k + 2;
  } else {
    return undefined;
  }
  const temperature = nearTemperature(tl, i);
  if (!wording && !temperature) return undefined;
  if (POSSESSIVES.has(tl.at(i - 1).lower)) return undefined;
  const [from, until] =
    wording === 'low'
      ? [0, 3]
      : wording === 'mid'
        ? [4, 6]
        : wording === 'high'
          ? [7, 9]
          : [low === 10 ? 3 : 0, 9];
  const core: VagueCore = { from: i, to, low: low + from, high: low + until };
  if (temperature) core.unit = 'degrees';
  return core;
}

const POSSESSIVES = new Set(['her', 'his', 'their', 'my', 'our', 'your', 'its']);

/** A word of temperature in the few words before token i. */
function nearTemperature(tl: Tokens, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (TEMPERATURE_WORDS.has(tl.at(k).lower) && tl.at(k).kind === 'word') return true;
  }
  return false;
}
