import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim } from '../../src/model/claim';
import { agreementOf, agreementText } from '../../src/model/agreement';
import { formatInterval } from '../../src/model/format';
import { agreementMessage, byId, featuredMeasures, measureReports } from '../../src/model/measures';
import { allowedValues, QUALIFIER_MEANINGS } from '../../src/model/qualifiers';
import type { Interval } from '../../src/model/qualifiers';
import { NUMBERS_BY_QUALIFIER, QUALIFIERS } from '../../src/model/schema';
import type { Unit } from '../../src/model/schema';
import { claim } from '../charts/synthetic';

const undated = () => '';

/** Whether a number is in an interval, open ends respected. */
function contains(i: Interval, x: number): boolean {
  return (i.lowIncluded ? x >= i.low : x > i.low) && (i.highIncluded ? x <= i.high : x < i.high);
}

/** Any claim, with small whole numbers so that reports often meet and often do not. */
const anyClaim: fc.Arbitrary<Claim> = fc
  .record({
    qualifier: fc.constantFrom(...QUALIFIERS),
    a: fc.integer({ min: 0, max: 60 }),
    b: fc.integer({ min: 1, max: 60 }),
    unit: fc.constantFrom<Unit>('people', 'percent'),
    as_of: fc.constantFrom('', '', '2016-02', '2016-03'),
  })
  .map(({ qualifier, a, b, unit, as_of }) => {
    const numbers =
      QUALIFIER_MEANINGS[qualifier].bound === 'point'
        ? { value: a }
        : QUALIFIER_MEANINGS[qualifier].bound === 'lower'
          ? { low: a }
          : QUALIFIER_MEANINGS[qualifier].bound === 'upper'
            ? { high: a }
            : { low: a, high: a + b };
    return claim(`${qualifier}-${a}-${b}`, qualifier, numbers, { unit, as_of });
  });

const byAsOf = (c: Claim) => c.as_of;

describe('the qualifier table', () => {
  test('each qualifier’s bound side follows the numbers the schema has it fill', () => {
    const numbersOfBound = {
      point: ['value'],
      lower: ['low'],
      upper: ['high'],
      interval: ['low', 'high'],
    };
    for (const q of QUALIFIERS) {
      expect(NUMBERS_BY_QUALIFIER[q], q).toEqual(numbersOfBound[QUALIFIER_MEANINGS[q].bound]);
    }
  });

  test('open-ended qualifiers allow their bound exactly when the table says it is included', () => {
    for (const q of QUALIFIERS) {
      const { bound, included } = QUALIFIER_MEANINGS[q];
      if (bound !== 'lower' && bound !== 'upper') continue;
      const c = claim('x', q, bound === 'lower' ? { low: 40 } : { high: 40 });
      const i = allowedValues(c);
      expect(bound === 'lower' ? i.lowIncluded : i.highIncluded, q).toBe(included);
    }
  });
});

describe('the values a claim allows', () => {
  test.each([
    ['exact 41', claim('41', 'exact', { value: 41 }), [41, 41, true, true]],
    ['about 89 (±10%)', claim('about 89', 'approx', { value: 89 }), [80.1, 97.9, true, true]],
    ['about −50', claim('about -50', 'approx', { value: -50 }), [-55, -45, true, true]],
    ['more than 40', claim('more than 40', 'more_than', { low: 40 }), [40, Infinity, false, false]],
    ['at least 89', claim('at least 89', 'at_least', { low: 89 }), [89, Infinity, true, false]],
    ['as many as 40 people', claim('as many as 40', 'at_most', { high: 40 }), [0, 40, true, true]],
    [
      'less than 5,000 people',
      claim('less than 5,000', 'less_than', { high: 5000 }),
      [0, 5000, true, false],
    ],
    [
      'less than 25 percent (a percentage can be negative)',
      claim('less than a quarter', 'less_than', { high: 25 }, { unit: 'percent' }),
      [-Infinity, 25, false, false],
    ],
    [
      '360,000–370,000',
      claim('range', 'range', { low: 360000, high: 370000 }),
      [360000, 370000, true, true],
    ],
    [
      'dozens (24–120 by convention)',
      claim('dozens', 'vague', { low: 24, high: 120 }),
      [24, 120, true, true],
    ],
  ])('%s', (_name, c, [low, high, lowIncluded, highIncluded]) => {
    expect(allowedValues(c)).toEqual({ low, high, lowIncluded, highIncluded });
  });
});

describe('agreementOf, property tests', () => {
  test('agreement is symmetric: the order of the reports changes nothing', () => {
    fc.assert(
      fc.property(anyClaim, anyClaim, (a, b) => {
        const ab = agreementOf([a, b], byAsOf);
        const ba = agreementOf([b, a], byAsOf);
        expect(ba.status).toBe(ab.status);
        expect(ba.allowed).toEqual(ab.allowed);
      }),
    );
  });

  test('adding a report never turns a conflict into agreement', () => {
    fc.assert(
      fc.property(
        fc.array(anyClaim, { minLength: 2, maxLength: 5 }),
        anyClaim,
        (reports, extra) => {
          const before = agreementOf(reports, undated);
          fc.pre(before.status === 'conflict');
          expect(agreementOf([...reports, extra], undated).status).toBe('conflict');
        },
      ),
    );
  });

  test('a claim always agrees with itself', () => {
    fc.assert(
      fc.property(anyClaim, (c) => {
        const agreement = agreementOf([c, { ...c, id: `${c.id}-again` }], byAsOf);
        expect(agreement.status).toBe('agree');
        expect(agreement.allowed).toEqual(allowedValues(c));
      }),
    );
  });

  test('the allowed range holds exactly the values every report allows', () => {
    fc.assert(
      fc.property(fc.array(anyClaim, { minLength: 1, maxLength: 4 }), (reports) => {
        const { allowed, status } = agreementOf(reports, undated);
        // Every half unit from -1 to 130, and each bound itself.
        for (let x = -1; x <= 130; x += 0.5) {
          const byAll = reports.every((c) => contains(allowedValues(c), x));
          expect(allowed !== undefined && contains(allowed, x)).toBe(byAll);
        }
        expect(status === 'conflict').toBe(allowed === undefined);
      }),
    );
  });

  test('the two reports a conflict names cannot both be true', () => {
    fc.assert(
      fc.property(fc.array(anyClaim, { minLength: 2, maxLength: 5 }), (reports) => {
        const { status, apart } = agreementOf(reports, undated);
        fc.pre(status === 'conflict');
        expect(agreementOf(apart!, undated).status).toBe('conflict');
      }),
    );
  });

  test('reports of different dates that no value satisfies are not called a conflict', () => {
    fc.assert(
      fc.property(anyClaim, anyClaim, (a, b) => {
        const dated = [
          { ...a, as_of: '2016-02' },
          { ...b, as_of: '2016-03' },
        ];
        const status = agreementOf(dated, byAsOf).status;
        expect(status).not.toBe('conflict');
        expect(status === 'different_dates').toBe(
          agreementOf([a, b], undated).status === 'conflict',
        );
      }),
    );
  });
});

describe('agreementOf, reports of one date among others', () => {
  test('two reports of the same date that no value satisfies conflict, whatever other dates say', () => {
    fc.assert(
      fc.property(anyClaim, anyClaim, anyClaim, (a, b, other) => {
        fc.pre(agreementOf([a, b], undated).status === 'conflict');
        const reports = [
          { ...a, as_of: '2016-02' },
          { ...other, as_of: '2016-05' },
          { ...b, as_of: '2016-02' },
        ];
        const { status, apart } = agreementOf(reports, byAsOf);
        expect(status).toBe('conflict');
        // The pair named is of that date, and cannot both be true.
        expect(apart!.map((c) => c.as_of)).toEqual(['2016-02', '2016-02']);
        expect(agreementOf(apart!, undated).status).toBe('conflict');
      }),
    );
  });
});

describe('agreement in the shipped corpus', () => {
  const corpus = checkDataset(loadDatasetInput('claims'));
  const sources = byId(corpus.sources);
  const reports = measureReports(corpus.claims, byId(corpus.measures), sources);
  const messageOf = (id: string) => {
    const r = reports.get(id)!;
    return agreementMessage(r.agreement, r.claims, sources);
  };

  test('“89”, “at least 89” and “89” agree: all allow 89', () => {
    const r = reports.get('islamic-state-child-soldier-deaths')!;
    expect(r.claims.map((c) => c.mention)).toEqual(['89', 'At least 89 children', '89 children']);
    expect(r.agreement.status).toBe('agree');
    expect(messageOf('islamic-state-child-soldier-deaths')).toBe(
      'The 3 reports agree: all allow 89',
    );
  });

  test('“low thousands” and “less than 5,000” agree: all allow 1,000–3,000 by convention', () => {
    const r = reports.get('islamic-state-militants-in-libya')!;
    expect(r.agreement.status).toBe('agree');
    expect(r.agreement.allowed).toEqual({
      low: 1000,
      high: 3000,
      lowIncluded: true,
      highIncluded: true,
    });
    expect(messageOf('islamic-state-militants-in-libya')).toBe(
      'The 2 reports agree: all allow 1,000–3,000, reading “low thousands” by convention',
    );
  });

  test('the people killed at Sabratha: “40 people” and the mayor’s “41 people” conflict, named', () => {
    const r = reports.get('sabratha-strike-deaths')!;
    expect(r.claims).toHaveLength(3);
    expect(r.agreement.status).toBe('conflict');
    expect(messageOf('sabratha-strike-deaths')).toBe(
      'Reports conflict: “40 people” (Reuters) and “41 people” (Hussein al-Thwadi, mayor of Sabratha) cannot both be true',
    );
  });

  test('the key figures a reader most needs are featured, in rank order', () => {
    expect(featuredMeasures(corpus.measures).map((m) => m.id)).toEqual([
      'sabratha-strike-deaths',
      'islamic-state-militants-in-libya',
      'libya-oil-output',
      'islamic-state-child-soldier-deaths',
      'syria-besieged-population',
      'deir-al-zor-besieged-population',
    ]);
  });

  test('fighters killed are a measure of their own, not a report of people killed', () => {
    expect(reports.get('sabratha-strike-fighters-killed')!.claims.map((c) => c.mention)).toEqual([
      'more than 40',
    ]);
  });

  test('no agreeing reports are contested: only the Sabratha toll conflicts', () => {
    const conflicts = [...reports].filter(([, r]) => r.agreement.status === 'conflict');
    expect(conflicts.map(([id]) => id)).toEqual(['sabratha-strike-deaths']);
    const several = [...reports].filter(([, r]) => r.claims.length > 1);
    for (const [id, r] of several) {
      if (id !== 'sabratha-strike-deaths') expect(r.agreement.status, id).toBe('agree');
    }
  });
});

describe('agreement messages', () => {
  const who = (c: Claim) => c.attributed_to || 'Reuters';

  test('a conflict names the two reports in the reporters’ words, with who said each', () => {
    const a = claim('more than 40', 'more_than', { low: 40 });
    const b = claim('as many as 40', 'at_most', { high: 40 });
    const text = agreementText(agreementOf([a, b], undated), 'people', who);
    expect(text).toBe(
      'Reports conflict: “more than 40” (Reuters) and “as many as 40” (Reuters) cannot both be true',
    );
  });

  test('reports on different dates are said to be so, with their dates', () => {
    const a = claim('40 people', 'exact', { value: 40 }, { as_of: '2016-02-19' });
    const b = claim('49 people', 'exact', { value: 49 }, { as_of: '2016-02-21' });
    const text = agreementText(agreementOf([a, b], byAsOf), 'people', who, (c) => c.as_of);
    expect(text).toBe(
      'Reported on different dates: “40 people” (Reuters, 2016-02-19) and “49 people” (Reuters, 2016-02-21) differ, which may be a change over time rather than a conflict',
    );
  });

  test('reports that agree on an open range say so', () => {
    const a = claim('more than 40', 'more_than', { low: 40 });
    const b = claim('at least 50', 'at_least', { low: 50 });
    expect(agreementText(agreementOf([a, b], undated), 'people', who)).toBe(
      'The 2 reports agree: all allow at least 50',
    );
  });
});

describe('formatInterval', () => {
  test.each<[Interval, Unit, string]>([
    [{ low: 41, high: 41, lowIncluded: true, highIncluded: true }, 'people', '41'],
    [{ low: 1000, high: 3000, lowIncluded: true, highIncluded: true }, 'people', '1,000–3,000'],
    [
      { low: 40, high: Infinity, lowIncluded: false, highIncluded: false },
      'people',
      'more than 40',
    ],
    [{ low: 0, high: 40, lowIncluded: true, highIncluded: true }, 'people', 'up to 40'],
    [{ low: 0, high: 40, lowIncluded: true, highIncluded: true }, 'percent', '0–40%'],
    [
      { low: -Infinity, high: 25, lowIncluded: false, highIncluded: false },
      'percent',
      'less than 25%',
    ],
    [
      { low: 40, high: 50, lowIncluded: false, highIncluded: true },
      'usd',
      'more than $40 and at most $50',
    ],
  ])('%o in %s is “%s”', (interval, unit, text) => {
    expect(formatInterval(interval, unit)).toBe(text);
  });
});
