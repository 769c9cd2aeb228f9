import { describe, expect, test } from 'vitest';
import { findAttribution } from '../../src/extract/attribution';
import { CONTEXT, MAX_QUOTE, candidateKey, extractCandidates } from '../../src/extract/candidates';
import { guessCategory } from '../../src/extract/category';
import { describeSubject } from '../../src/extract/subject';

describe('extractCandidates', () => {
  const text = [
    'U.S. strikes Islamic State in Libya, killing 40 people',
    '',
    'TRIPOLI (Reuters) – Output stands at 360,000-370,000 barrels per day, Sanalla said. It was 1.6 million bpd in 2010.',
  ].join('\n');

  test('a sentence too long to quote whole is quoted by the words around each figure, verbatim', () => {
    const clauses = Array.from({ length: 120 }, (_, i) => `${i + 2} trucks reached district ${i}`);
    const long = `Aid convoys moved all week: ${clauses.join(', ')}, officials said.`;
    const both = `${long}\nAbout 300 families fled the town on Monday.`;
    expect(long.length).toBeGreaterThan(MAX_QUOTE);
    const found = extractCandidates(both);
    expect(found.length).toBeGreaterThan(100);
    for (const c of found) {
      // Where it says it is, and holding its figure.
      expect(both.slice(c.sentence_start, c.sentence_start + c.sentence.length)).toBe(c.sentence);
      expect(c.sentence).toContain(c.mention);
      expect(c.start).toBeGreaterThanOrEqual(c.sentence_start);
    }
    const inLong = found.filter((c) => c.start < long.length);
    for (const c of inLong) expect(c.sentence.length).toBeLessThanOrEqual(2 * CONTEXT + 50);
    // Different figures, different words around them.
    expect(new Set(inLong.map((c) => c.sentence)).size).toBeGreaterThan(inLong.length / 2);
    // A sentence of ordinary length is still quoted whole.
    expect(found.at(-1)!.sentence).toBe('About 300 families fled the town on Monday.');
  });

  test('extractCandidates gives offsets of each mention in the input text', () => {
    for (const c of extractCandidates(text)) expect(text.slice(c.start, c.end)).toBe(c.mention);
  });

  test('extractCandidates names the sentence of each mention and leaves years out', () => {
    const found = extractCandidates(text, { sourceId: 'libya' }).map(
      (c) => `${c.sentence_id} ${c.mention} ${c.qualifier}`,
    );
    expect(found).toEqual([
      's1 40 people exact',
      's2 360,000-370,000 barrels per day range',
      's3 1.6 million bpd exact',
    ]);
  });

  test('extractCandidates with all also proposes the year, saying why it is normally left out', () => {
    const year = extractCandidates(text, { all: true }).find((c) => c.mention.includes('2010'));
    expect(year?.excluded).toBe('year');
  });

  test('extractCandidates proposes category, subject and attribution', () => {
    const [oil] = extractCandidates(text).filter((c) => c.unit === 'barrels_per_day');
    expect(oil).toMatchObject({
      category: 'oil_output',
      attributed_to: 'Sanalla',
      low: 360000,
      high: 370000,
    });
    const [deaths] = extractCandidates(text);
    expect(deaths).toMatchObject({ category: 'casualties', subject: 'people killed', value: 40 });
  });

  test('each figure is attributed from its own sentence, the figures of one sentence alike', () => {
    const said = [
      'Some 40 people died and 12 were hurt, Sanalla said.',
      'Another 300 fled and 20 trucks arrived, the U.N. reported.',
      'Officials counted 5 more.',
      'About 70 left, a security source said.',
    ].join(' ');
    expect(extractCandidates(said).map((c) => `${c.mention}: ${c.attributed_to}`)).toEqual([
      'Some 40 people: Sanalla',
      '12: Sanalla',
      '300: the U.N.',
      '20 trucks: the U.N.',
      '5: ',
      'About 70: a security source',
    ]);
  });

  test('candidateKey is source/sentence/mention', () => {
    expect(candidateKey({ source_id: 'a-b', sentence_id: 's3', mention: 'five years' })).toBe(
      'a-b/s3/five years',
    );
  });
});

describe('findAttribution', () => {
  test.each([
    ['Total production stands at 360,000 bpd, Sanalla said, though it drops.', 'Sanalla'],
    ['But Sanalla said he was optimistic that 400,000 bpd could come.', 'Sanalla'],
    ['At least 89 children have died, according to a new study.', 'a new study'],
    ['The U.N. estimates there are 486,700 people in besieged areas.', 'The U.N.'],
    [
      '“We are confident,” said Misrata forces commander Mahmoud Gazwan at the checkpoint.',
      'Misrata forces commander Mahmoud Gazwan',
    ],
    ['He said 41 people had been killed.', ''],
    ['An air raid killed more than 40 fighters last week.', ''],
  ])('findAttribution(%j) is %j', (sentence, expected) => {
    expect(findAttribution(sentence)).toBe(expected);
  });
});

describe('guessCategory', () => {
  test.each([
    ['barrels_per_day', 'production stands at', 'oil_output'],
    ['usd', 'new military spending', 'money'],
    ['people', 'killing 40 people', 'casualties'],
    ['people', 'a town of 200,000 besieged by militants', 'besieged_population'],
    ['vehicles', '114 U.N. trucks delivered food', 'aid'],
    ['people', 'France, which has 3,500 troops in the region', 'troops'],
    [undefined, 'a three-hour meeting', 'other'],
  ] as const)('guessCategory(%j, %j) is %j', (unit, context, expected) => {
    expect(guessCategory(unit, context)).toBe(expected);
  });
});

describe('describeSubject', () => {
  test('describeSubject reads the counted noun phrase and the event', () => {
    const s = 'An air raid on Sabratha killed more than 40 Islamic State fighters last week.';
    const at = s.indexOf('more than 40');
    expect(describeSubject(s, at, at + 'more than 40'.length)).toBe(
      'Islamic State fighters killed',
    );
  });

  test('describeSubject does not take a unit word for the counted noun', () => {
    const s = 'Output is 1.6 million bpd now.';
    const at = s.indexOf('1.6');
    expect(describeSubject(s, at, at + '1.6 million bpd'.length, 'barrels_per_day')).toBe('now');
  });
});
