/**
 * A best guess at a figure's category: from its unit, then from the noun it
 * counts, then from the words around it. The counted noun comes before the
 * context: "44 trucks" reach a besieged town, but trucks are aid, never a
 * besieged population.
 */
import type { Category, Unit } from '../model/schema';
import { isCurrency } from '../model/units';

// In the order tried; no word is in two lists (see wordCategories).
const BY_WORDS: [Category, string][] = [
  [
    'casualties',
    'kill(?:ed|ing|s)?|dead|deaths?|died|die|wounded|injured|casualt(?:y|ies)|toll|martyrs?',
  ],
  ['besieged_population', 'besieged|sieges?|encircled|trapped|hard-to-reach'],
  ['aid', 'aid|food|trucks?|convoys?|supplies|delivered|humanitarian|air ?drops?'],
  ['troops', 'troops|forces|soldiers|fighters|militants|police|peacekeepers|commandos|brigades?'],
];

/**
 * Every list's words in one expression, one group per list: a figure's
 * context is read once, not once per list.
 */
const ANY_WORD = new RegExp(
  `\\b(?:${BY_WORDS.map(([, words]) => `(${words})`).join('|')})\\b`,
  'gi',
);

/**
 * Bit k set when a word of BY_WORDS[k] is in `context`, as
 * /\b(words)\b/i.test(context) would say for each list. The search resumes
 * one character after each match, so a match cannot hide one that starts
 * inside it; two lists cannot match at the same place as no word is in both.
 */
function wordCategories(context: string): number {
  let found = 0;
  ANY_WORD.lastIndex = 0;
  for (let m = ANY_WORD.exec(context); m; m = ANY_WORD.exec(context)) {
    for (let k = 0; k < BY_WORDS.length; k++) if (m[k + 1] !== undefined) found |= 1 << k;
    ANY_WORD.lastIndex = m.index + 1;
  }
  return found;
}

/** Nouns that are a category whatever surrounds them (singular stems). */
const BY_NOUN = new Map<string, Category>([
  ...words('aid', 'truck lorry convoy ration parcel meal tent blanket airdrop supply shipment'),
  ...words('casualties', 'death casualty victim body fatality'),
  ...words(
    'troops',
    'troop soldier peacekeeper commando marine fighter militant policeman paratrooper reservist',
  ),
]);

// A count of people may be the people killed: "40 fighters were killed".
const CASUALTY = 1 << 0;

// Only these may count people (a share may be of the dead, never a troop
// count): kilometres, countries or dollars are never a people category.
const MAY_COUNT_PEOPLE = new Set<Unit>(['people', 'items', 'percent']);

function words(category: Category, list: string): [string, Category][] {
  return list.split(' ').map((w) => [w, category]);
}

/** "trucks" → "truck", "casualties" → "casualty", "bodies" → "body". */
function singular(noun: string): string {
  const word = noun.toLowerCase();
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

export function guessCategory(unit: Unit | undefined, context: string, counted = ''): Category {
  if (unit === 'barrels_per_day' || unit === 'barrels') return 'oil_output';
  if (isCurrency(unit)) return 'money';
  const byNoun = BY_NOUN.get(singular(counted));
  if (byNoun === 'troops' && wordCategories(context) & CASUALTY) return 'casualties';
  if (byNoun) return byNoun;
  const found = wordCategories(context);
  for (let k = 0; k < BY_WORDS.length; k++) {
    const category = BY_WORDS[k]![0];
    if (unit !== undefined && !MAY_COUNT_PEOPLE.has(unit) && category !== 'aid') continue;
    if (unit === 'percent' && category === 'troops') continue;
    if (found & (1 << k)) return category;
  }
  return 'other';
}
