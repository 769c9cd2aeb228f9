import { describe, expect, it } from 'vitest';
import type { DevCase } from './devset';
import { proposeAll } from './propose';
import { byConstruct, comparison, errors, groups, NO_QUANTITY, overall, table } from './report';
import type { Proposal } from './score';

const cases: DevCase[] = [
  {
    text: 'Sales rose 5pc to £3bn.',
    domain: 'business',
    variety: 'uk',
    constructs: ['percent_forms', 'movement'],
    expected: [
      { mention: '5pc', value: 5, qualifier: 'exact', unit: 'percent', change: 'up' },
      { mention: '£3bn', value: 3e9, qualifier: 'exact', unit: 'gbp', change: 'up' },
    ],
  },
  {
    text: 'The S&P 500 was flat.',
    domain: 'markets',
    variety: 'us',
    constructs: ['name_number'],
    expected: [],
  },
];
const proposals = new Map<string, Proposal[]>([
  [
    cases[0]!.text,
    [
      {
        start: 11,
        end: 14,
        mention: '5pc',
        value: 5,
        qualifier: 'exact',
        unit: 'percent',
        change: 'up',
      },
    ],
  ],
  [cases[1]!.text, [{ start: 8, end: 11, mention: '500', value: 500, qualifier: 'exact' }]],
]);

describe('the extraction report', () => {
  it('groups sentences by construct, with the ones without a quantity apart', () => {
    const byName = new Map(groups(cases, proposals, byConstruct).map((g) => [g.name, g]));
    expect([...byName.keys()]).toEqual([NO_QUANTITY, 'movement', 'name_number', 'percent_forms']);
    expect(byName.get('movement')!.evaluation).toMatchObject({ mentions: 2, found: 1, correct: 1 });
    expect(byName.get(NO_QUANTITY)!.evaluation).toMatchObject({ mentions: 0, found: 1 });
  });

  it('writes a markdown table with a dash where there is nothing to count', () => {
    const lines = table('construct', groups(cases, proposals, byConstruct)).split('\n');
    expect(lines[0]).toBe(
      '| construct | sentences | figures | proposed | precision | recall | F1 | value+unit F1 | qualifier | change | movements |',
    );
    expect(lines).toHaveLength(2 + 4);
    expect(lines).toContain('| (no quantity) | 1 | 0 | 1 | 0.0 | – | – | – | – | – | – |');
    expect(lines).toContain(
      '| movement | 1 | 2 | 1 | 100.0 | 50.0 | 66.7 | 66.7 | 100.0 | 100.0 | 1/2 |',
    );
  });

  it('sets two parts side by side, counting what was proposed where nothing was labelled', () => {
    const g = groups(cases, proposals, byConstruct);
    const text = comparison('construct', g, g.slice(1));
    expect(text).toContain('| (no quantity) | 1 | 1 proposed | – | 0 | – | – |');
  });

  it('lists every miss and wrong find of a part, with its sentence', () => {
    const list = errors(overall('tune', cases, proposals).evaluation).split('\n');
    expect(list).toEqual([
      'miss: "£3bn" (exact 3000000000 gbp) in: Sales rose 5pc to £3bn.',
      'spurious: "500" (exact 500) in: The S&P 500 was flat.',
    ]);
  });
});

describe('proposeAll(texts)', () => {
  // Starts a Node process that compiles the CLI with tsx: seconds, not milliseconds.
  it(
    'runs claims extract --json and gives each sentence its proposals, with offsets into it',
    { timeout: 30_000 },
    () => {
      const texts = ['Output rose to 1.2 million barrels per day.', 'Nothing is counted here.'];
      const proposed = proposeAll(texts);
      expect([...proposed.keys()]).toEqual(texts);
      const [first] = proposed.get(texts[0]!)!;
      expect(first).toMatchObject({ value: 1_200_000 });
      expect(texts[0]!.slice(first!.start, first!.end)).toBe(first!.mention);
      expect(proposed.get(texts[1]!)).toEqual([]);
    },
  );
});
