import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMention, scanQuantities, vagueRange, VAGUE_RANGES } from '../../src/model/quantity';
import type { QuantityMatch } from '../../src/model/quantity';

type Found = Omit<QuantityMatch, 'start' | 'end'>;

interface Row {
  description: string;
  input: string;
  expected: Found[];
}

function strip(matches: QuantityMatch[]): Found[] {
  return matches.map(({ start: _start, end: _end, ...rest }) => rest);
}

const TWO_THIRDS = 200 / 3;
const ONE_THIRD = 100 / 3;

const NUMBERS: Row[] = [
  {
    description: 'digits with thousands separators',
    input: 'The army deployed 360,000 troops.',
    expected: [{ mention: '360,000 troops', value: 360000, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: 'decimals, in index points (rules, section 5)',
    input: 'The index stood at 1.6 points.',
    expected: [{ mention: '1.6 points', value: 1.6, qualifier: 'exact', unit: 'points' }],
  },
  {
    description: 'a negative number',
    input: 'Growth was -3.2 percent.',
    expected: [{ mention: '-3.2 percent', value: -3.2, qualifier: 'exact', unit: 'percent' }],
  },
  {
    description: 'minus spelled out',
    input: 'It was minus 5 overnight.',
    expected: [{ mention: 'minus 5', value: -5, qualifier: 'exact' }],
  },
  {
    description: 'a hyphen between words is not a minus sign',
    input: 'pre-2011 levels and a well-40 site',
    expected: [],
  },
  {
    description: 'a scale word',
    input: 'Output is 1.6 million bpd.',
    expected: [
      { mention: '1.6 million bpd', value: 1600000, qualifier: 'exact', unit: 'barrels_per_day' },
    ],
  },
  {
    description: 'dollars and a scale word',
    input: 'It costs $200 million.',
    expected: [{ mention: '$200 million', value: 200000000, qualifier: 'exact', unit: 'usd' }],
  },
  {
    description: 'the suffix k',
    input: 'a 25k bonus',
    expected: [{ mention: '25k', value: 25000, qualifier: 'exact' }],
  },
  {
    description: 'the suffix M after a dollar sign',
    input: 'raised $13.6M from investors',
    expected: [{ mention: '$13.6M', value: 13600000, qualifier: 'exact', unit: 'usd' }],
  },
  {
    description: 'the suffix bn',
    input: 'a 1.2bn deal',
    expected: [{ mention: '1.2bn', value: 1200000000, qualifier: 'exact' }],
  },
  {
    description: 'billion, thousand and trillion',
    input: '2 billion, 3 thousand and 1.5 trillion',
    expected: [
      { mention: '2 billion', value: 2e9, qualifier: 'exact' },
      { mention: '3 thousand', value: 3000, qualifier: 'exact' },
      { mention: '1.5 trillion', value: 1.5e12, qualifier: 'exact' },
    ],
  },
  {
    description: 'wire-service mln and bln',
    input: 'a $3 mln fine on sales of 1.2 bln euros',
    expected: [
      { mention: '$3 mln', value: 3e6, qualifier: 'exact', unit: 'usd' },
      { mention: '1.2 bln euros', value: 1.2e9, qualifier: 'exact', unit: 'eur' },
    ],
  },
  {
    description: 'a hyphenated scale',
    input: 'a $200-million loan',
    expected: [{ mention: '$200-million', value: 2e8, qualifier: 'exact', unit: 'usd' }],
  },
  {
    description: 'a lower-case m before a measure is metres (rules, 6.11)',
    input: 'a wall 2.4m tall',
    expected: [{ mention: '2.4m', value: 2.4, qualifier: 'exact', unit: 'm' }],
  },
  {
    description: 'a lower-case m before a race names the race (rules, 6.11)',
    input: 'He won the 100m race.',
    expected: [],
  },
];

const WORDS: Row[] = [
  {
    description: 'a number word',
    input: 'six soldiers',
    expected: [{ mention: 'six soldiers', value: 6, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: 'a capitalised number word opening a sentence',
    input: 'Five were killed. Eleven more were hurt.',
    expected: [
      // A verb only persons take makes the count one of people (rules, section 5).
      { mention: 'Five', value: 5, qualifier: 'exact', unit: 'people' },
      { mention: 'Eleven', value: 11, qualifier: 'exact', unit: 'people' },
    ],
  },
  {
    description: 'a hyphenated compound',
    input: 'twenty-five ships',
    expected: [{ mention: 'twenty-five ships', value: 25, qualifier: 'exact', unit: 'vehicles' }],
  },
  {
    description: 'a hundred',
    input: 'a hundred tanks',
    expected: [{ mention: 'a hundred tanks', value: 100, qualifier: 'exact', unit: 'vehicles' }],
  },
  {
    description: 'hundred and',
    input: 'one hundred and twenty witnesses',
    expected: [
      {
        mention: 'one hundred and twenty witnesses',
        value: 120,
        qualifier: 'exact',
        unit: 'people',
      },
    ],
  },
  {
    description: 'a word and a scale',
    input: 'two million people',
    expected: [{ mention: 'two million people', value: 2e6, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: 'a dozen',
    input: 'a dozen ministers',
    expected: [{ mention: 'a dozen ministers', value: 12, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: 'two dozen and half a dozen',
    input: 'two dozen eggs and half a dozen apples',
    expected: [
      { mention: 'two dozen', value: 24, qualifier: 'exact' },
      { mention: 'half a dozen', value: 6, qualifier: 'exact', approximate: true },
    ],
  },
  {
    description: 'and a half',
    input: 'two and a half million people',
    expected: [
      {
        mention: 'two and a half million people',
        value: 2.5e6,
        qualifier: 'exact',
        unit: 'people',
      },
    ],
  },
  {
    description: 'ten thousand',
    input: 'Ten thousand runners',
    expected: [
      { mention: 'Ten thousand runners', value: 10000, qualifier: 'exact', unit: 'people' },
    ],
  },
];

const FRACTIONS: Row[] = [
  {
    description: 'two-thirds as a share in percent',
    input: 'two-thirds of residents',
    expected: [
      {
        mention: 'two-thirds',
        value: TWO_THIRDS,
        qualifier: 'exact',
        unit: 'percent',
        approximate: true,
      },
    ],
  },
  {
    description: 'half',
    input: 'half of the town',
    expected: [
      { mention: 'half', value: 50, qualifier: 'exact', unit: 'percent', approximate: true },
    ],
  },
  {
    description: 'a quarter',
    input: 'a quarter of the vote',
    expected: [
      { mention: 'a quarter', value: 25, qualifier: 'exact', unit: 'percent', approximate: true },
    ],
  },
  {
    description: 'less than a quarter and the figure it is a share of',
    input: 'less than a quarter of the 1.6 million bpd',
    expected: [
      {
        mention: 'less than a quarter',
        high: 25,
        qualifier: 'less_than',
        unit: 'percent',
        approximate: true,
      },
      { mention: '1.6 million bpd', value: 1.6e6, qualifier: 'exact', unit: 'barrels_per_day' },
    ],
  },
  {
    description: 'one third spaced',
    input: 'one third of them',
    expected: [
      {
        mention: 'one third',
        value: ONE_THIRD,
        qualifier: 'exact',
        unit: 'percent',
        approximate: true,
      },
    ],
  },
  {
    description: 'a fraction of a scale',
    input: 'half a million people and a quarter of a million homes',
    expected: [
      {
        mention: 'half a million people',
        value: 500000,
        qualifier: 'exact',
        unit: 'people',
        approximate: true,
      },
      { mention: 'a quarter of a million', value: 250000, qualifier: 'exact', approximate: true },
    ],
  },
  {
    description: 'a fraction of a span',
    input: 'half an hour, a quarter of a mile',
    expected: [
      { mention: 'half an hour', value: 0.5, qualifier: 'exact', unit: 'hours', approximate: true },
      {
        mention: 'a quarter of a mile',
        value: 0.25,
        qualifier: 'exact',
        unit: 'miles',
        approximate: true,
      },
    ],
  },
  {
    description: 'a share written "one in five"',
    input: 'one in five children',
    expected: [
      { mention: 'one in five', value: 20, qualifier: 'exact', unit: 'percent', approximate: true },
    ],
  },
  {
    description: 'periods and ordinals are not fractions',
    input:
      'the second half of 2015, the third quarter, a third term, the quarter-finals, half-time',
    expected: [],
  },
];

const MODIFIERS: Row[] = [
  {
    description: 'a hyphenated nation count',
    input: 'the 66-nation coalition',
    expected: [{ mention: '66-nation', value: 66, qualifier: 'exact', unit: 'countries' }],
  },
  {
    description: 'a spelled-out hyphenated span',
    input: 'a three-hour meeting',
    expected: [{ mention: 'three-hour', value: 3, qualifier: 'exact', unit: 'hours' }],
  },
  {
    description: 'a double modifier',
    input: 'a five-year-long war',
    expected: [{ mention: 'five-year-long', value: 5, qualifier: 'exact', unit: 'years' }],
  },
  {
    description: 'a month modifier',
    input: 'the 13-month siege',
    expected: [{ mention: '13-month', value: 13, qualifier: 'exact', unit: 'months' }],
  },
  {
    description: 'a force strength',
    input: 'a 4,000-strong force',
    expected: [{ mention: '4,000-strong', value: 4000, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: '-odd and -plus',
    input: '40-odd militants and 50-plus vehicles',
    expected: [
      { mention: '40-odd militants', value: 40, qualifier: 'approx', unit: 'people' },
      { mention: '50-plus vehicles', low: 50, qualifier: 'at_least', unit: 'vehicles' },
    ],
  },
];

const RANGES: Row[] = [
  {
    description: 'a hyphenated range with a unit',
    input: '360,000-370,000 barrels per day',
    expected: [
      {
        mention: '360,000-370,000 barrels per day',
        low: 360000,
        high: 370000,
        qualifier: 'range',
        unit: 'barrels_per_day',
      },
    ],
  },
  {
    description: 'a range with to',
    input: '12 to 16 people',
    expected: [
      { mention: '12 to 16 people', low: 12, high: 16, qualifier: 'range', unit: 'people' },
    ],
  },
  {
    description: 'between and',
    input: 'between 40 and 50 fighters',
    expected: [
      {
        mention: 'between 40 and 50 fighters',
        low: 40,
        high: 50,
        qualifier: 'range',
        unit: 'people',
      },
    ],
  },
  {
    description: 'an en dash',
    input: 'casualties of 12–16',
    expected: [{ mention: '12–16', low: 12, high: 16, qualifier: 'range' }],
  },
  {
    description: 'from and to',
    input: 'from 12 to 16 percent',
    expected: [
      { mention: 'from 12 to 16 percent', low: 12, high: 16, qualifier: 'range', unit: 'percent' },
    ],
  },
  {
    description: 'about before a range keeps it a range',
    input: 'about 12 to 16 trucks',
    expected: [
      { mention: 'about 12 to 16 trucks', low: 12, high: 16, qualifier: 'range', unit: 'vehicles' },
    ],
  },
  {
    description: 'a shared scale',
    input: '$5-10 billion and 1.5 to 2 million',
    expected: [
      { mention: '$5-10 billion', low: 5e9, high: 1e10, qualifier: 'range', unit: 'usd' },
      { mention: '1.5 to 2 million', low: 1.5e6, high: 2e6, qualifier: 'range' },
    ],
  },
  {
    description: 'currencies on both ends',
    input: 'between $5 million and $10 million',
    expected: [
      {
        mention: 'between $5 million and $10 million',
        low: 5e6,
        high: 1e7,
        qualifier: 'range',
        unit: 'usd',
      },
    ],
  },
  {
    description: 'words with or',
    input: 'two or three days',
    expected: [{ mention: 'two or three days', low: 2, high: 3, qualifier: 'range', unit: 'days' }],
  },
  {
    description: 'a change then a level is not a range: two movements (rules, section 7)',
    input: 'Brent rose $1.10 to $49.20, and output fell 2 percent to 3.1 million bpd.',
    expected: [
      {
        mention: '$1.10',
        value: 1.1,
        qualifier: 'exact',
        unit: 'usd',
        change: 'up',
        to: { start: 20, end: 26, mention: '$49.20', value: 49.2, qualifier: 'exact', unit: 'usd' },
      },
      { mention: '$49.20', value: 49.2, qualifier: 'exact', unit: 'usd', change: 'up' },
      {
        mention: '2 percent',
        value: 2,
        qualifier: 'exact',
        unit: 'percent',
        change: 'down',
        to: {
          start: 57,
          end: 72,
          mention: '3.1 million bpd',
          value: 3.1e6,
          qualifier: 'exact',
          unit: 'barrels_per_day',
        },
      },
      {
        mention: '3.1 million bpd',
        value: 3.1e6,
        qualifier: 'exact',
        unit: 'barrels_per_day',
        change: 'down',
      },
    ],
  },
  {
    description: 'a downward pair is not a range',
    input: 'voted 9 to 6',
    expected: [
      { mention: '9', value: 9, qualifier: 'exact' },
      { mention: '6', value: 6, qualifier: 'exact' },
    ],
  },
  {
    description: 'age brackets are not quantities (rules, 6.4)',
    input: 'children (ages 12 to 16) and people aged between 25 and 30',
    expected: [],
  },
];

const QUALIFIERS: Row[] = [
  ...(
    [
      ['more than 40', 'more_than'],
      ['over 40', 'more_than'],
      ['above 40', 'more_than'],
      ['just over 40', 'more_than'],
      ['at least 40', 'at_least'],
      ['no fewer than 40', 'at_least'],
      ['as many as 40', 'at_most'],
      ['up to 40', 'at_most'],
      ['at most 40', 'at_most'],
      ['no more than 40', 'at_most'],
      ['less than 40', 'less_than'],
      ['fewer than 40', 'less_than'],
      ['under 40', 'less_than'],
      ['below 40', 'less_than'],
      ['around 40', 'approx'],
      ['about 40', 'approx'],
      ['some 40', 'approx'],
      ['nearly 40', 'approx'],
      ['almost 40', 'approx'],
      ['roughly 40', 'approx'],
      ['approximately 40', 'approx'],
      ['an estimated 40', 'approx'],
      ['close to 40', 'approx'],
    ] as const
  ).map(([input, qualifier]): Row => {
    const bound = qualifier === 'approx' ? 'value' : /more|least/.test(qualifier) ? 'low' : 'high';
    return {
      description: `the qualifier ${qualifier}`,
      input: `${input} of them`,
      expected: [{ mention: input, [bound]: 40, qualifier }],
    };
  }),
  {
    description: 'or more after the number',
    input: '40 or more people',
    expected: [{ mention: '40 or more people', low: 40, qualifier: 'at_least', unit: 'people' }],
  },
  {
    description: 'or so after the number',
    input: 'a dozen or so',
    expected: [{ mention: 'a dozen or so', value: 12, qualifier: 'approx' }],
  },
  {
    description: 'a plain number is exact',
    input: 'killed 40 people',
    expected: [{ mention: '40 people', value: 40, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: 'a qualifier before a currency sign',
    input: 'more than $200 million',
    expected: [
      { mention: 'more than $200 million', low: 2e8, qualifier: 'more_than', unit: 'usd' },
    ],
  },
  {
    description: 'a qualifier before a fraction',
    input: 'more than half and nearly two-thirds',
    expected: [
      {
        mention: 'more than half',
        low: 50,
        qualifier: 'more_than',
        unit: 'percent',
        approximate: true,
      },
      {
        mention: 'nearly two-thirds',
        value: TWO_THIRDS,
        qualifier: 'approx',
        unit: 'percent',
        approximate: true,
      },
    ],
  },
  {
    description: '"over" meaning "during" is no qualifier',
    input: 'travelled 6.4 billion km over 10 years, and talks over three days',
    expected: [
      { mention: '6.4 billion km', value: 6.4e9, qualifier: 'exact', unit: 'km' },
      { mention: '10 years', value: 10, qualifier: 'exact', unit: 'years' },
      { mention: 'three days', value: 3, qualifier: 'exact', unit: 'days' },
    ],
  },
];

const VAGUE: Row[] = [
  {
    description: 'dozens',
    input: 'dozens were hurt',
    expected: [{ mention: 'dozens', low: 24, high: 120, qualifier: 'vague' }],
  },
  {
    description: 'a few dozen',
    input: 'a few dozen fighters',
    expected: [
      { mention: 'a few dozen fighters', low: 24, high: 60, qualifier: 'vague', unit: 'people' },
    ],
  },
  {
    description: 'hundreds',
    input: 'hundreds fled',
    expected: [{ mention: 'hundreds', low: 200, high: 1000, qualifier: 'vague' }],
  },
  {
    description: 'hundreds of millions of dollars',
    input: 'hundreds of millions of dollars',
    expected: [
      {
        mention: 'hundreds of millions of dollars',
        low: 2e8,
        high: 1e9,
        qualifier: 'vague',
        unit: 'usd',
      },
    ],
  },
  {
    description: 'low thousands',
    input: 'in the low thousands',
    expected: [{ mention: 'low thousands', low: 1000, high: 3000, qualifier: 'vague' }],
  },
  {
    description: 'tens of thousands of people',
    input: 'tens of thousands of people',
    expected: [
      {
        mention: 'tens of thousands of people',
        low: 20000,
        high: 100000,
        qualifier: 'vague',
        unit: 'people',
      },
    ],
  },
  {
    description: 'hundreds of thousands',
    input: 'hundreds of thousands',
    expected: [
      { mention: 'hundreds of thousands', low: 200000, high: 1000000, qualifier: 'vague' },
    ],
  },
  {
    description: 'several hundred',
    input: 'several hundred staff',
    expected: [
      { mention: 'several hundred staff', low: 300, high: 900, qualifier: 'vague', unit: 'people' },
    ],
  },
  {
    description: 'mid and high',
    input: 'the mid-thousands and the high hundreds',
    expected: [
      { mention: 'mid-thousands', low: 4000, high: 6000, qualifier: 'vague' },
      { mention: 'high hundreds', low: 700, high: 900, qualifier: 'vague' },
    ],
  },
  {
    description: 'scores of',
    input: 'scores of people, but not test scores',
    expected: [
      { mention: 'scores of people', low: 40, high: 200, qualifier: 'vague', unit: 'people' },
    ],
  },
  {
    description: 'words that are not amounts',
    input: 'a few days, several times, high prices, low tens',
    expected: [],
  },
];

const UNITS: Row[] = [
  {
    description: 'currency signs and codes',
    input: '£5bn, €3.5 billion, US$20 million and C$5 million',
    expected: [
      { mention: '£5bn', value: 5e9, qualifier: 'exact', unit: 'gbp' },
      { mention: '€3.5 billion', value: 3.5e9, qualifier: 'exact', unit: 'eur' },
      { mention: 'US$20 million', value: 2e7, qualifier: 'exact', unit: 'usd' },
      { mention: 'C$5 million', value: 5e6, qualifier: 'exact', unit: 'cad' },
    ],
  },
  {
    description: 'currency words',
    input: '20 million dollars, 3 billion euros and 600 million pounds',
    expected: [
      { mention: '20 million dollars', value: 2e7, qualifier: 'exact', unit: 'usd' },
      { mention: '3 billion euros', value: 3e9, qualifier: 'exact', unit: 'eur' },
      { mention: '600 million pounds', value: 6e8, qualifier: 'exact', unit: 'gbp' },
    ],
  },
  {
    description: 'percent in its spellings',
    input: '40 percent, 41 per cent, 42%, 2.5 percentage points',
    expected: [
      { mention: '40 percent', value: 40, qualifier: 'exact', unit: 'percent' },
      { mention: '41 per cent', value: 41, qualifier: 'exact', unit: 'percent' },
      { mention: '42%', value: 42, qualifier: 'exact', unit: 'percent' },
      {
        mention: '2.5 percentage points',
        value: 2.5,
        qualifier: 'exact',
        unit: 'percentage_points',
      },
    ],
  },
  {
    description: 'barrels',
    input: '300,000 barrels a day, 2 million barrels of oil per day, 5 million barrels',
    expected: [
      {
        mention: '300,000 barrels a day',
        value: 300000,
        qualifier: 'exact',
        unit: 'barrels_per_day',
      },
      {
        mention: '2 million barrels of oil per day',
        value: 2e6,
        qualifier: 'exact',
        unit: 'barrels_per_day',
      },
      { mention: '5 million barrels', value: 5e6, qualifier: 'exact', unit: 'barrels' },
    ],
  },
  {
    description: 'distances and weights',
    input: '200 miles, 10 km, 40 kilometres, 1,500 kilometers, 5km, 25 tonnes, 30 tons',
    expected: [
      { mention: '200 miles', value: 200, qualifier: 'exact', unit: 'miles' },
      { mention: '10 km', value: 10, qualifier: 'exact', unit: 'km' },
      { mention: '40 kilometres', value: 40, qualifier: 'exact', unit: 'km' },
      { mention: '1,500 kilometers', value: 1500, qualifier: 'exact', unit: 'km' },
      { mention: '5km', value: 5, qualifier: 'exact', unit: 'km' },
      { mention: '25 tonnes', value: 25, qualifier: 'exact', unit: 'tonnes' },
      // Tons are kept apart from tonnes: the text does not say which ton (rules, section 5).
      { mention: '30 tons', value: 30, qualifier: 'exact', unit: 'tons' },
    ],
  },
  {
    description: 'spans of time',
    input: '15 minutes, 6 hours, 3 days, 2 weeks, 18 months, 10 years',
    expected: [
      { mention: '15 minutes', value: 15, qualifier: 'exact', unit: 'minutes' },
      { mention: '6 hours', value: 6, qualifier: 'exact', unit: 'hours' },
      { mention: '3 days', value: 3, qualifier: 'exact', unit: 'days' },
      { mention: '2 weeks', value: 2, qualifier: 'exact', unit: 'weeks' },
      { mention: '18 months', value: 18, qualifier: 'exact', unit: 'months' },
      { mention: '10 years', value: 10, qualifier: 'exact', unit: 'years' },
    ],
  },
  {
    description: 'people, countries and vehicles',
    input: '27 civilians, 5 peacekeepers, 12 police, 195 nations, 45 trucks',
    expected: [
      { mention: '27 civilians', value: 27, qualifier: 'exact', unit: 'people' },
      { mention: '5 peacekeepers', value: 5, qualifier: 'exact', unit: 'people' },
      { mention: '12 police', value: 12, qualifier: 'exact', unit: 'people' },
      { mention: '195 nations', value: 195, qualifier: 'exact', unit: 'countries' },
      { mention: '45 trucks', value: 45, qualifier: 'exact', unit: 'vehicles' },
    ],
  },
  {
    description: 'a person noun after modifiers gives the unit but stays out of the mention',
    input: 'killed 40 Islamic State fighters',
    expected: [{ mention: '40', value: 40, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: 'square kilometres are an area, not a distance',
    input: '4.14 million square kilometres',
    expected: [
      {
        mention: '4.14 million square kilometres',
        value: 4.14e6,
        qualifier: 'exact',
        unit: 'sq_km',
      },
    ],
  },
];

const TRAPS: Row[] = [
  { description: 'a date with a month name', input: 'on March 22 the talks began', expected: [] },
  {
    description: 'a day, month and year',
    input: 'since January 1, 2015, prices rose',
    expected: [],
  },
  { description: 'an abbreviated month', input: 'on Dec. 2 and Sept. 4-5', expected: [] },
  { description: 'a day before the month', input: 'on 24 March and 22-23 April', expected: [] },
  { description: 'an ISO date', input: 'released on 2016-02-19 and 19/02/2016', expected: [] },
  {
    description: 'years',
    input: 'in 2014, since 2014, the 2011 uprising, the 1990s, mid-2015',
    expected: [],
  },
  { description: 'a year span', input: 'the 2014-15 season and 2010-2014', expected: [] },
  { description: 'times of day', input: 'at 3 p.m., 10:30, 10am and 0600 GMT', expected: [] },
  {
    description: 'an age after a name',
    input: 'Smith, 45, said his wife, 43, was safe',
    expected: [],
  },
  {
    description: 'an age as a modifier',
    input: 'a 45-year-old man in his 20s, 45 years old',
    expected: [],
  },
  {
    description: 'phone numbers',
    input: 'call 555-0134, +44 20 7946 0958 or (202) 555-0134',
    expected: [],
  },
  {
    description: 'identifiers',
    input: 'a Category 2 storm, Flight 370, Resolution 2254, No. 10',
    expected: [],
  },
  { description: 'an ISBN', input: 'ISBN 978-0-14-103614-4 or 9780141036144', expected: [] },
  {
    description: 'ordinals',
    input: 'the second attack, the first, the 3rd and the 21st',
    expected: [],
  },
  {
    description: 'names',
    input: 'the Group of Five, the G20, a Boeing 737, Apollo 11 and Article 5',
    expected: [],
  },
  {
    description: 'more names',
    input: 'the S&P 500, F-16 jets, Formula One, the Group of 20',
    expected: [],
  },
  {
    description: 'sports scores',
    input: 'they won 2-0 after a 3-1 loss and a 108-102 defeat',
    expected: [],
  },
  {
    description: 'one as a pronoun',
    input: 'one of the men said. One is to try. No one came.',
    expected: [],
  },
  { description: 'a lone letter code', input: '3-D printing and 5G masts', expected: [] },
];

const ONE: Row[] = [
  {
    description: 'one before a counted noun; "one-year" picks a period out (rules, 6.8)',
    input: 'one soldier and one-year terms',
    expected: [{ mention: 'one soldier', value: 1, qualifier: 'exact', unit: 'people' }],
  },
  {
    description: 'one with a qualifier',
    input: 'at least one person',
    expected: [{ mention: 'at least one person', low: 1, qualifier: 'at_least', unit: 'people' }],
  },
  {
    description: 'one in a range',
    input: 'one or two',
    expected: [{ mention: 'one or two', low: 1, high: 2, qualifier: 'range' }],
  },
];

describe('scanQuantities(text)', () => {
  const groups: [string, Row[]][] = [
    ['numbers', NUMBERS],
    ['number words', WORDS],
    ['fractions', FRACTIONS],
    ['hyphenated modifiers', MODIFIERS],
    ['ranges', RANGES],
    ['qualifiers', QUALIFIERS],
    ['vague amounts', VAGUE],
    ['units', UNITS],
    ['traps', TRAPS],
    ['the word one', ONE],
  ];
  for (const [name, rows] of groups) {
    describe(name, () => {
      it.each(rows)('$description: $input', ({ input, expected }) => {
        expect(strip(scanQuantities(input))).toEqual(expected);
      });
    });
  }

  it('gives spans that slice the mention out of the text', () => {
    const text = 'Officials said more than 40 people, or two-thirds of the 60 on board, died.';
    for (const m of scanQuantities(text, { all: true })) {
      expect(text.slice(m.start, m.end)).toBe(m.mention);
    }
  });

  it('with { all: true } also returns excluded numbers, with the reason', () => {
    const text =
      'On March 22, 2016, Smith, 45, said at 3 p.m. that Flight 370 and the G20, in their second meeting, won 2-0; call 555-0134. Killed: 40.';
    const found = scanQuantities(text, { all: true }).map((m) => [m.mention, m.excluded]);
    expect(found).toEqual([
      ['March 22', 'date'],
      ['2016', 'date'],
      ['45', 'age'],
      ['3 p.m.', 'time'],
      ['370', 'identifier'],
      ['G20', 'name'],
      ['second', 'ordinal'],
      ['2-0', 'score'],
      ['555-0134', 'phone'],
      ['40', undefined],
    ]);
    expect(scanQuantities(text).map((m) => m.mention)).toEqual(['40']);
  });

  it('reads a long text in chunks exactly as it reads each paragraph', () => {
    const paragraph =
      'More than 40 people were killed, and between 12 and 16 trucks carried aid for some 20,000 people over three days.\n';
    const text = paragraph.repeat(3000);
    const whole = scanQuantities(text);
    const one = scanQuantities(paragraph);
    expect(whole.length).toBe(one.length * 3000);
    whole.forEach((m, k) => {
      const ref = one[k % one.length]!;
      const shift = Math.floor(k / one.length) * paragraph.length;
      expect({ ...m, start: m.start - shift, end: m.end - shift }).toEqual(ref);
    });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        scanQuantities(s);
        scanQuantities(s, { all: true });
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        scanQuantities(s, { all: true });
      }),
    );
  });

  it('ends on a figure that closes the text after a change it shares ("… and 17pc" with no full stop)', () => {
    // Once hung: looking past the figure for time words ran beyond the last token.
    const found = scanQuantities('Shares were down 2.15pc this week and 17pc', { all: true });
    expect(found.map((m) => [m.mention, m.change])).toEqual([
      ['2.15pc', 'down'],
      ['17pc', 'down'],
    ]);
  });

  it('handles long runs of quotes, dashes and digits without deep recursion', () => {
    for (const run of ['"', '(', '1-', '-1', '1 ', 'one ', '$']) {
      expect(() => scanQuantities(`${run.repeat(50_000)}Five people`, { all: true })).not.toThrow();
    }
  });

  it('never throws on strings made of the grammar’s own pieces, and keeps its spans in order', () => {
    const piece = fc.constantFrom(
      ...'0 1 12 40 360,000 1.6 2014 $ £ € % - – — , . : / ( ) + # a an one two twenty hundred million bn k M more than at least up to between and to or from half third thirds quarter dozens of thousands low mid few several minus March Dec No. p.m. per cent barrels day year old - \n'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (pieces, glue) => {
        const text = pieces.join(glue ? '' : ' ');
        const found = scanQuantities(text, { all: true });
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.mention);
          last = m.end;
        }
      }),
    );
  });
});

describe('parseMention(mention)', () => {
  it.each([
    ['more than 40', { low: 40, qualifier: 'more_than' }],
    [
      '360,000-370,000 barrels per day',
      { low: 360000, high: 370000, qualifier: 'range', unit: 'barrels_per_day' },
    ],
    ['as many as 40 people', { high: 40, qualifier: 'at_most', unit: 'people' }],
    ['$200 million', { value: 2e8, qualifier: 'exact', unit: 'usd' }],
    [
      'less than a quarter',
      { high: 25, qualifier: 'less_than', unit: 'percent', approximate: true },
    ],
    ['low thousands', { low: 1000, high: 3000, qualifier: 'vague' }],
    ['one', { value: 1, qualifier: 'exact' }],
    ['Five', { value: 5, qualifier: 'exact' }],
  ] as const)('parseMention(%j)', (mention, expected) => {
    expect(parseMention(mention)).toMatchObject({ mention, ...expected });
  });

  it('returns the first quantity when there are several', () => {
    expect(parseMention('40 killed and 60 wounded')).toMatchObject({ value: 40 });
  });

  it('returns a number the scanner would skip, marked excluded, when it is the only one', () => {
    expect(parseMention('2000')).toMatchObject({ value: 2000, excluded: 'year' });
  });

  it('returns undefined when the mention states no number', () => {
    expect(parseMention('')).toBeUndefined();
    expect(parseMention('the fighters')).toBeUndefined();
  });
});

describe('vagueRange(wording, scale)', () => {
  it.each([
    ['plural', 12, [24, 120]],
    ['few', 12, [24, 60]],
    ['several', 100, [300, 900]],
    ['low', 1000, [1000, 3000]],
    ['mid', 1000, [4000, 6000]],
    ['high', 100, [700, 900]],
  ] as const)('vagueRange(%s, %d)', (wording, scale, expected) => {
    expect(vagueRange(wording, scale)).toEqual(expected);
  });

  it('has a range for every wording, low below high', () => {
    for (const [lo, hi] of Object.values(VAGUE_RANGES)) expect(lo).toBeLessThan(hi);
  });
});
