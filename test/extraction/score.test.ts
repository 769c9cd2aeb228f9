import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../src/model/quantity';
import { evaluate, sameUnit } from './score';
import type { EvaluationCase, Proposal } from './score';

/** A proposal for `mention` (its first copy in `text`), with the given fields. */
function at(text: string, mention: string, fields: Omit<Proposal, 'start' | 'end'>): Proposal {
  const start = text.indexOf(mention);
  if (start === -1) throw new Error(`"${mention}" is not in "${text}"`);
  return { ...fields, mention, start, end: start + mention.length };
}

/** A proposer that returns fixed proposals per sentence. */
const fixed =
  (byText: Record<string, Proposal[]>) =>
  (text: string): Proposal[] =>
    byText[text] ?? [];

describe('evaluate(cases, propose): value level', () => {
  const text = 'Sales rose 5pc to £3bn, with 1,200 staff in 14 countries.';
  const cases: EvaluationCase[] = [
    {
      text,
      expected: [
        { mention: '5pc', value: 5, qualifier: 'exact', unit: 'percent', change: 'up' },
        { mention: '£3bn', value: 3e9, qualifier: 'exact', unit: 'gbp', change: 'up' },
        { mention: '1,200 staff', value: 1200, qualifier: 'exact', unit: 'people' },
      ],
    },
  ];

  it('computes precision, recall and F1 over figures', () => {
    // Two right, one wrong number, one figure nobody labelled: P 2/4, R 2/3.
    const e = evaluate(
      cases,
      fixed({
        [text]: [
          at(text, '5pc', { value: 5, qualifier: 'exact', unit: 'percent', change: 'up' }),
          at(text, '£3bn', { value: 3, qualifier: 'exact', unit: 'gbp' }),
          at(text, '1,200', { value: 1200, qualifier: 'exact' }),
          at(text, '14', { value: 14, qualifier: 'exact', unit: 'countries' }),
        ],
      }),
    );
    expect(e).toMatchObject({ mentions: 3, found: 4, correct: 2, precision: 0.5 });
    expect(e.recall).toBeCloseTo(2 / 3, 12);
    expect(e.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 12);
    expect(e.misses.map((m) => m.expected.mention)).toEqual(['£3bn']);
    expect(e.misses[0]!.near.map((p) => p.value)).toEqual([3]);
    expect(e.spurious.map((s) => s.found.mention)).toEqual(['£3bn', '14']);
  });

  it('scores nothing proposed as precision 1, recall 0, F1 0', () => {
    const e = evaluate(cases, () => []);
    expect(e).toMatchObject({ found: 0, correct: 0, precision: 1, recall: 0, f1: 0 });
  });

  it('needs the spans to overlap: the right number elsewhere in the sentence does not match', () => {
    const t = 'Of 12 buses, 12 were late.';
    const e = evaluate(
      [
        {
          text: t,
          expected: [{ mention: '12 buses', value: 12, qualifier: 'exact', unit: 'vehicles' }],
        },
      ],
      fixed({ [t]: [{ start: 13, end: 15, mention: '12', value: 12, qualifier: 'exact' }] }),
    );
    expect(e).toMatchObject({ correct: 0, found: 1, mentions: 1 });
  });

  it('matches a range only with both ends, and a bound by its one number', () => {
    const t = 'Between 8,000 and 10,000 fighters and more than 40 tanks.';
    const expected: EvaluationCase['expected'] = [
      {
        mention: 'Between 8,000 and 10,000 fighters',
        low: 8000,
        high: 10000,
        qualifier: 'range',
        unit: 'people',
      },
      { mention: 'more than 40 tanks', low: 40, qualifier: 'more_than', unit: 'vehicles' },
    ];
    const e = evaluate(
      [{ text: t, expected }],
      fixed({
        [t]: [
          at(t, '8,000', { value: 8000, qualifier: 'exact' }),
          at(t, '10,000 fighters', { value: 10000, qualifier: 'exact', unit: 'people' }),
          at(t, '40 tanks', { value: 40, qualifier: 'exact', unit: 'vehicles' }),
        ],
      }),
    );
    expect(e).toMatchObject({ correct: 1, found: 3, qualifierAccuracy: 0 });
    expect(e.misses.map((m) => m.expected.mention)).toEqual(['Between 8,000 and 10,000 fighters']);
  });

  it('allows half a percent when the label comes from a fraction word', () => {
    const t = 'A third of voters stayed home.';
    const e = evaluate(
      [
        {
          text: t,
          expected: [
            {
              mention: 'A third',
              value: 33.333,
              qualifier: 'exact',
              unit: 'percent',
              approximate: true,
            },
          ],
        },
      ],
      fixed({ [t]: [at(t, 'A third', { value: 33.3, qualifier: 'exact', unit: 'percent' })] }),
    );
    expect(e.correct).toBe(1);
  });

  it('reports a label whose mention is not in the sentence', () => {
    const t = 'Nothing here.';
    const e = evaluate(
      [{ text: t, expected: [{ mention: '40', value: 40, qualifier: 'exact' }] }],
      () => [],
    );
    expect(e.misses).toEqual([
      {
        text: t,
        expected: { mention: '40', value: 40, qualifier: 'exact' },
        near: [],
        unlocated: true,
      },
    ]);
  });
});

describe('evaluate(cases, propose): units', () => {
  it('counts value+unit only where the unit is the labelled one', () => {
    const t = 'It costs RM150 and weighs 2lb.';
    const e = evaluate(
      [
        {
          text: t,
          expected: [
            { mention: 'RM150', value: 150, qualifier: 'exact', unit: 'myr' },
            { mention: '2lb', value: 2, qualifier: 'exact', unit: 'lb' },
          ],
        },
      ],
      fixed({
        [t]: [
          at(t, 'RM150', { value: 150, qualifier: 'exact', unit: 'myr' }),
          at(t, '2lb', { value: 2, qualifier: 'exact', unit: 'gbp' }),
        ],
      }),
    );
    expect(e).toMatchObject({
      correct: 2,
      unitCorrect: 1,
      unitAccuracy: 0.5,
      valueUnitF1: 0.5,
      f1: 1,
    });
    expect(e.wrongUnits.map((w) => w.found.unit)).toEqual(['gbp']);
  });

  it('treats no unit, null and items as the same', () => {
    expect(sameUnit(undefined, null)).toBe(true);
    expect(sameUnit(undefined, 'items')).toBe(true);
    expect(sameUnit(undefined, undefined)).toBe(true);
    expect(sameUnit(undefined, 'people')).toBe(false);
    expect(sameUnit('people', undefined)).toBe(false);
    expect(sameUnit('gb', 'gb')).toBe(true);
  });
});

describe('evaluate(cases, propose): movements', () => {
  const t = 'Bitcoin fell from $41,200 to $39,850, a 3.3pc drop.';
  const cases: EvaluationCase[] = [
    {
      text: t,
      expected: [
        {
          mention: '$39,850',
          value: 39850,
          qualifier: 'exact',
          unit: 'usd',
          change: 'down',
          from: { mention: '$41,200', value: 41200, qualifier: 'exact' },
        },
        { mention: '3.3pc', value: 3.3, qualifier: 'exact', unit: 'percent', change: 'down' },
      ],
    },
  ];
  const drop = at(t, '3.3pc', { value: 3.3, qualifier: 'exact', unit: 'percent', change: 'down' });
  /** The level reached, proposed over `mention` with its earlier value. */
  const fell = (mention: string, from: Proposal['from']) =>
    at(t, mention, { value: 39850, qualifier: 'exact', unit: 'usd', change: 'down', from });

  it('finds both figures of a movement proposed as one claim with its earlier value', () => {
    const e = evaluate(
      cases,
      fixed({ [t]: [fell('from $41,200 to $39,850', { value: 41200 }), drop] }),
    );
    expect(e).toMatchObject({
      mentions: 3,
      found: 3,
      correct: 3,
      unitCorrect: 3,
      changeAccuracy: 1,
      movements: 2,
      movementsRight: 2,
    });
  });

  it('reads a from given as a bare number', () => {
    const e = evaluate(cases, fixed({ [t]: [fell('$39,850', 41200), drop] }));
    expect(e).toMatchObject({ correct: 3, movementsRight: 2 });
  });

  it('counts two unrelated figures as found, but the movement as wrong', () => {
    const e = evaluate(
      cases,
      fixed({
        [t]: [
          at(t, '$41,200', { value: 41200, qualifier: 'exact', unit: 'usd' }),
          at(t, '$39,850', { value: 39850, qualifier: 'exact', unit: 'usd' }),
          drop,
        ],
      }),
    );
    expect(e).toMatchObject({
      correct: 3,
      found: 3,
      precision: 1,
      recall: 1,
      movements: 2,
      movementsRight: 1,
    });
    expect(e.changeAccuracy).toBe(0.5);
    expect(e.wrongMovements.map((w) => w.expected.mention)).toEqual(['$39,850']);
  });

  it('counts a wrong earlier value as a spurious figure and a wrong movement', () => {
    const e = evaluate(cases, fixed({ [t]: [fell('$39,850', 4120), drop] }));
    expect(e).toMatchObject({ found: 3, correct: 2, movementsRight: 1 });
    expect(e.spurious.map((s) => s.figure.value)).toEqual([4120]);
    expect(e.misses.map((m) => m.expected.mention)).toEqual(['$41,200']);
  });

  it('scores the direction: up for down is a wrong change, not a miss', () => {
    const e = evaluate(cases, fixed({ [t]: [{ ...drop, change: 'up' }] }));
    expect(e).toMatchObject({ correct: 1, changeAccuracy: 0, movementsRight: 0 });
  });

  it('holds a proposed change against a figure that did not move', () => {
    const t2 = 'The plant employs 450 people.';
    const e = evaluate(
      [
        {
          text: t2,
          expected: [{ mention: '450 people', value: 450, qualifier: 'exact', unit: 'people' }],
        },
      ],
      fixed({
        [t2]: [
          at(t2, '450 people', { value: 450, qualifier: 'exact', unit: 'people', change: 'up' }),
        ],
      }),
    );
    expect(e).toMatchObject({ correct: 1, changeAccuracy: 0, movements: 0 });
  });
});

describe('evaluate(cases, scanQuantities)', () => {
  const cases: EvaluationCase[] = [
    {
      text: 'More than 40 people died and 12 were hurt.',
      expected: [
        { mention: 'More than 40 people', low: 40, qualifier: 'more_than' },
        { mention: '12', value: 12, qualifier: 'exact' },
      ],
    },
    {
      text: 'Two-thirds of 30 voted.',
      expected: [
        { mention: 'Two-thirds', value: 66.7, qualifier: 'exact', unit: 'percent' },
        { mention: '30', value: 30, qualifier: 'exact' },
      ],
    },
  ];

  it('scores a perfect scanner at 1', () => {
    const e = evaluate(cases, (t) => scanQuantities(t));
    expect(e).toMatchObject({
      mentions: 4,
      found: 4,
      correct: 4,
      precision: 1,
      recall: 1,
      qualifierAccuracy: 1,
    });
  });

  it('counts a right number with the wrong qualifier against qualifier accuracy only', () => {
    const e = evaluate(cases, (t) =>
      scanQuantities(t).map((m) =>
        m.qualifier === 'more_than'
          ? { ...m, qualifier: 'exact', value: m.low, low: undefined }
          : m,
      ),
    );
    expect(e).toMatchObject({ correct: 4, recall: 1, qualifierAccuracy: 0.75 });
    expect(e.wrongQualifiers).toHaveLength(1);
  });

  it('counts wrong numbers as a miss and a spurious find', () => {
    const e = evaluate(cases, (t) =>
      scanQuantities(t).map((m) => (m.value === 12 ? { ...m, value: 13 } : m)),
    );
    expect(e).toMatchObject({ found: 4, correct: 3, precision: 0.75, recall: 0.75 });
    expect(e.misses.map((m) => m.expected.mention)).toEqual(['12']);
    expect(e.spurious.map((s) => s.found.value)).toEqual([13]);
  });

  it('allows half a percent when the figure came from a fraction word', () => {
    const e = evaluate(cases.slice(1), (t) => scanQuantities(t));
    expect(e.correct).toBe(2);
  });

  it('finds a short mention at a word boundary, not inside a longer number', () => {
    const e = evaluate(
      [
        {
          text: 'It has 339 events in 33 sports.',
          expected: [{ mention: '33', value: 33, qualifier: 'exact' }],
        },
      ],
      (t) => scanQuantities(t),
    );
    expect(e).toMatchObject({ correct: 1, found: 2, recall: 1 });
  });
});
