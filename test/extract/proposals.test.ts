/**
 * Proposals by class, on sentences written for this test and not tuned on
 * (the corpus rates are in field-acceptance.test.ts): the counted noun
 * decides the category before the words around it, and every money figure
 * gets a subject.
 */
import { describe, expect, test } from 'vitest';
import { extractCandidates } from '../../src/extract/candidates';

const first = (text: string) => extractCandidates(text)[0]!;

describe('proposed categories and subjects', () => {
  test.each([
    ['A convoy of 30 lorries reached the besieged district of Ghouta on Monday.', 'aid'],
    ['Twelve trucks of flour entered the encircled city, officials said.', 'aid'],
    ['At least 17 soldiers were killed in the ambush near the border.', 'casualties'],
    ['The government sent 2,000 troops to the besieged province.', 'troops'],
    ['Some 300 peacekeepers are stationed in the town.', 'troops'],
    ['About 12,000 civilians remain trapped in the old city.', 'besieged_population'],
    ['The alliance of 28 countries agreed to send more advisers to fight the militants.', 'other'],
    ['Rescuers recovered 40 bodies from the rubble.', 'casualties'],
  ])('%s → %s', (sentence, category) => {
    expect(first(sentence).category).toBe(category);
  });

  test.each([
    ['The World Bank approved $450 million in emergency loans for Jordan.', 'emergency loans'],
    [
      'Rebuilding the port will cost about $2 billion, the minister said.',
      'cost of rebuilding the port',
    ],
    ['Gulf states pledged $3.5 billion at the donor conference.', 'money pledged'],
    ['The ministry is seeking £80 million from parliament.', 'money sought'],
    ['A €15 million grant will fund the clinics.', 'grant'],
    ['The total came to $9 billion.', 'money'],
  ])('a money figure always gets a subject: %s', (sentence, subject) => {
    const c = first(sentence);
    expect(c.category).toBe('money');
    expect(c.subject).toBe(subject);
  });
});
