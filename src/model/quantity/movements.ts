/**
 * Movements (docs/extraction-rules.md, section 7): a figure is the size of a
 * change ("rose 7pc", "a 3 percent drop", "17% lower") or the level a change
 * reaches ("fell to $39,850", "closed 0.3pc lower at 7,412 points"); the
 * word of change gives the direction. The words are here; the scanner
 * (scan.ts) finds them around each figure, a few tokens either side.
 */
import type { Tokens } from './tokens';

export type Change = 'up' | 'down';

function words(up: string, down: string): ReadonlyMap<string, Change> {
  return new Map<string, Change>([
    ...up.split(/\s+/).map((w): [string, Change] => [w, 'up']),
    ...down.split(/\s+/).map((w): [string, Change] => [w, 'down']),
  ]);
}

/** Verbs of change in all their forms, and the adverbs "up" and "down". */
export const CHANGE_VERBS = words(
  `rise rises rose risen rising increase increases increased increasing climb climbs climbed
   climbing gain gains gained gaining grow grows grew grown growing jump jumps jumped jumping surge
   surges surged surging soar soars soared soaring rally rallies rallied rallying rebound rebounds
   rebounded rebounding advance advances advanced advancing add adds added adding raise raises
   raised raising hike hikes hiked hiking lift lifts lifted lifting boost boosts boosted boosting
   widen widens widened widening expand expands expanded expanding accelerate accelerates
   accelerated accelerating improve improves improved improving extend extends extended extending
   double doubles doubled up higher firmer stronger edged inched ticked spiked rocketed shot swelled
   swell swells strengthened strengthen recovered recover firmed firming warmed warming triple
   triples tripled tripling treble trebled quadrupled appreciate appreciates appreciated
   appreciating skyrocketed skyrocketing ballooned ballooning`,
  `fall falls fell fallen falling drop drops dropped dropping decline declines declined declining
   decrease decreases decreased decreasing slip slips slipped slipping slide slides slid sliding
   lose loses lost losing shed sheds shedding sink sinks sank sunk sinking plunge plunges plunged
   plunging tumble tumbles tumbled tumbling slump slumps slumped slumping ease eases eased easing
   dip dips dipped dipping cut cuts cutting reduce reduces reduced reducing lower lowers lowered
   lowering slow slows slowed slowing narrow narrows narrowed narrowing shrink shrinks shrank
   shrunk shrinking contract contracts contracted contracting down weaker softer slash slashes
   slashed slashing trim trims trimmed trimming weaken weakens weakened weakening retreat retreats
   retreated retreating crash crashes crashed crashing halve halved sagged slumped dived dive dives
   diving depreciate depreciates depreciated depreciating plummet plummets plummeted plummeting
   nosedived tanked dwindled dwindling devalued`,
);

/** Verbs whose "up" is their particle, not the "up to" of a bound: "ticked up to 4.2%". */
export const PHRASAL_UP = new Set(
  `ticked ticks ticking edged edges edging inched inches inching crept creeps creeping went goes
   going moved moves moving shot shoots shooting pushed pushes pushing revised revises revising
   nudged nudges nudging`.split(/\s+/),
);

/**
 * Verbs whose object may be the thing counted rather than the change: "cut
 * 1,200 jobs", "raised $500m". A figure right after them is a change only
 * when it is a share ("cut prices 5%"); after "by" or "to" it always is.
 */
export const TRANSITIVE = new Set(
  `increase increases increased increasing raise raises raised raising hike hikes hiked hiking
   lift lifts lifted lifting boost boosts boosted boosting expand expands expanded expanding extend
   extends extended extending improve improves improved improving widen widens widened cut cuts
   cutting reduce reduces reduced reducing lower lowers lowered lowering slash slashes slashed
   slashing trim trims trimmed trimming narrow narrows narrowed halve halved double doubles doubled
   strengthen strengthened weaken weakened triple triples tripled treble trebled quadrupled`.split(
    /\s+/,
  ),
);

/**
 * Verbs of a running total: "lost 12 seats", "added 8.8 million
 * subscribers" are movements, but "lost US$485 million" is a loss, an amount,
 * unless a level follows ("gained $18.40 to $2,041.20").
 */
export const TALLY = new Set(
  `lose loses lost losing gain gains gained gaining add adds added adding shed sheds shedding`.split(
    /\s+/,
  ),
);

/** Nouns of change: after a figure ("a 3 percent drop", "a 20pc pay cut") or before "of" ("a rise of 7pc"). */
export const CHANGE_NOUNS = words(
  `rise rises increase increases gain gains jump jumps surge surges hike hikes boost boosts rally
   rebound climb growth uptick upturn upgrade expansion increment`,
  `fall falls drop drops decline declines decrease decreases cut cuts reduction reductions slump
   plunge dip slide contraction downturn downgrade retreat slowdown`,
);

/** Comparatives after a figure: "17% lower", "0.3pc lower at", "3pc down", "2,000 fewer officers". */
export const COMPARATIVES = words(
  'higher up stronger firmer dearer more above',
  'lower down weaker softer cheaper less fewer below',
);

/** Comparatives that say "than an earlier level" only with "than" after them: "8% more homes than". */
export const NEED_THAN = new Set(['more', 'less']);

/** Comparatives that compare with a level only for shares: "5% above last year", not "500m above sea level". */
export const SHARE_ONLY = new Set(['above', 'below']);

/**
 * Words that may stand between a verb of change and its figure: "rose
 * sharply by 7pc", "fell a further 2%", "cut its growth forecast for next
 * year to 0.7pc" (there the object; see OBJECT_SPAN).
 */
export const BETWEEN = new Set(
  `by a an the further another sharply slightly marginally steeply just only back again roughly
   nearly almost some about around over more than less as much many little between at average
   annualized annualised annual`.split(/\s+/),
);

/** How many words may stand between a verb and "by" or "to" before its figure: "cut its growth forecast for next year to". */
export const OBJECT_SPAN = 7;

/** Words between "to" and the level reached: "climbed to a record 4.5 percent", "to a high of 38C". */
export const LEVEL_FILLERS = new Set(
  `a an the record new fresh all-time all time high low peak of its their multi-year average range
   target`.split(/\s+/),
);

/** Neutral words of movement: the direction comes from the two levels ("was revised from 3% to 2.5%"). */
export const NEUTRAL_MOVES = new Set(
  `change changes changed move moves moved went go goes revise revises revised revision adjusted
   shifted switched compared`.split(/\s+/),
);

/**
 * The word of change governing a figure that starts at token k, looking back
 * over the words allowed between a verb and its figure; floor is the first
 * token not consumed by an earlier figure.
 */
export interface Governor {
  change: Change;
  /** The verb, adverb or noun. */
  word: string;
  /** "by X": the figure is the size of the change. */
  by: boolean;
  /** "to X": the figure is the level reached. */
  to: boolean;
}

export function governorBefore(
  tl: Tokens,
  k: number,
  floor: number,
  /** Before "from": an object may stand between the verb and it ("raise LNG capacity from"). */
  object = false,
): Governor | undefined {
  let by = false;
  let to = object;
  let objectWords = 0;
  for (let j = k - 1; j >= floor && j >= k - 16; j--) {
    const t = tl.at(j);
    if (t.kind !== 'word') {
      // "A$2.3m," or "(": a clause or aside ends; a hyphen inside a word goes on.
      if (t.kind === 'punct' && tl.gluedHyphen(j)) continue;
      return undefined;
    }
    const l = t.lower;
    const change = CHANGE_VERBS.get(l);
    // "up to 5%" is a bound, but "ticked up to", "went up to" are movements.
    if (change && !(l === 'up' && tl.is(j + 1, 'to') && !PHRASAL_UP.has(tl.at(j - 1).lower))) {
      return { change, word: l, by, to };
    }
    if (l === 'of' && CHANGE_NOUNS.has(tl.at(j - 1).lower) && !by && !to) {
      // "a rise of 7pc", "output cuts of 2.2 million bpd": the noun's figure is the size of the
      // change, as after "by" (a noun is no transitive verb: "cuts of" never counts a thing cut).
      return {
        change: CHANGE_NOUNS.get(tl.at(j - 1).lower)!,
        word: tl.at(j - 1).lower,
        by: true,
        to,
      };
    }
    if (l === 'by' && !by && !to) {
      by = true;
      continue;
    }
    if ((l === 'to' || l === 'into') && !by && !to) {
      to = true;
      continue;
    }
    if (l === 'by' && to) {
      // "lowered its rate by half a percentage point to": the size of the change stands between
      // the object and "to"; the object is counted afresh before "by".
      objectWords = 0;
      continue;
    }
    if (by || to) {
      // The object between the verb and "by"/"to": "cut its growth forecast for next year to".
      if (++objectWords > OBJECT_SPAN) return undefined;
      continue;
    }
    if (!BETWEEN.has(l) && !LEVEL_FILLERS.has(l)) return undefined;
  }
  return undefined;
}
