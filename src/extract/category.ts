/**
 * A best guess at a figure's category: from its unit, then from the noun it
 * counts, then from the words around it. The counted noun comes before the
 * context: "44 trucks" reach a besieged town, but trucks are aid, never a
 * besieged population.
 */
import type { Category, Unit } from '../model/schema';
import { isCurrency } from '../model/units';

const BY_WORDS: [Category, RegExp][] = [
  [
    'casualties',
    /\b(kill(?:ed|ing|s)?|dead|deaths?|died|die|wounded|injured|casualt(?:y|ies)|toll|martyrs?)\b/i,
  ],
  ['besieged_population', /\b(besieged|sieges?|encircled|trapped|hard-to-reach)\b/i],
  ['aid', /\b(aid|food|trucks?|convoys?|supplies|delivered|humanitarian|air ?drops?)\b/i],
  [
    'troops',
    /\b(troops|forces|soldiers|fighters|militants|police|peacekeepers|commandos|brigades?)\b/i,
  ],
];

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
const CASUALTY = BY_WORDS[0]![1];

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
  if (byNoun === 'troops' && CASUALTY.test(context)) return 'casualties';
  if (byNoun) return byNoun;
  for (const [category, pattern] of BY_WORDS) {
    if (unit !== undefined && !MAY_COUNT_PEOPLE.has(unit) && category !== 'aid') continue;
    if (unit === 'percent' && category === 'troops') continue;
    if (pattern.test(context)) return category;
  }
  return 'other';
}
