/** A best guess at a figure's category, from its unit and the words around it. */
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
    /\b(troops|forces|soldiers|fighters|militants|police|peacekeepers|commandos|brigades?|coalition|allies|nations?)\b/i,
  ],
];

export function guessCategory(unit: Unit | undefined, context: string): Category {
  if (unit === 'barrels_per_day' || unit === 'barrels') return 'oil_output';
  if (isCurrency(unit)) return 'money';
  for (const [category, words] of BY_WORDS) if (words.test(context)) return category;
  return 'other';
}
