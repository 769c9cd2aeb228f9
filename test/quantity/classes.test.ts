/**
 * One table per failure class of issue 15, in sentences written for these
 * tests (the issue's own examples are in the development set). Each row
 * lists what scanQuantities finds, written compactly:
 *   "mention | qualifier numbers unit [change] [from numbers]".
 */
import { describe, expect, test } from 'vitest';
import { scanQuantities } from '../../src/model/quantity';
import type { Figure, QuantityMatch } from '../../src/model/quantity';

function numbers(f: Figure): string {
  return f.qualifier === 'range' || f.qualifier === 'vague'
    ? `${f.low}–${f.high}`
    : String(f.value ?? f.low ?? f.high);
}

function compact(m: QuantityMatch): string {
  const parts = [`${m.mention} | ${m.qualifier} ${numbers(m)} ${m.unit ?? '-'}`];
  if (m.change) parts.push(m.change);
  if (m.from) parts.push(`from ${numbers(m.from)}`);
  if (m.excluded) parts.push(`excluded ${m.excluded}`);
  return parts.join(' ');
}

type Row = [description: string, input: string, expected: string[]];

function table(rows: Row[], all = false): void {
  test.each(rows)('%s', (_description, input, expected) => {
    expect(scanQuantities(input, { all }).map(compact)).toEqual(expected);
  });
}

describe('scale abbreviations glued to numbers', () => {
  table([
    [
      'm before a unit is millions',
      'Ports shipped 7.2m tonnes of coal.',
      ['7.2m tonnes | exact 7200000 tonnes'],
    ],
    [
      'm before a plural noun is millions',
      'The app has 48m customers.',
      ['48m customers | exact 48000000 people'],
    ],
    ['m after a currency is millions', 'a £6.3m refit', ['£6.3m | exact 6300000 gbp']],
    ['m at the end of a clause is millions', 'Losses reached £48m.', ['£48m | exact 48000000 gbp']],
    ['m before a dimension is metres', 'The sea wall is 4.5m high.', ['4.5m | exact 4.5 m']],
    ['m of a size is metres', 'a wingspan of 3.1m', ['3.1m | exact 3.1 m']],
    [
      'bn, tn and k',
      'a $1.2tn budget, £6.3bn of debt and a 25k bonus',
      ['$1.2tn | exact 1200000000000 usd', '£6.3bn | exact 6300000000 gbp', '25k | exact 25000 -'],
    ],
    [
      'pc and pct are percent',
      'Margins fell to 3.15pc, and 17 pct of staff left.',
      ['3.15pc | exact 3.15 percent down', '17 pct | exact 17 percent'],
    ],
    ['p is pence, in pounds', 'The shares were priced at 185p.', ['185p | exact 1.85 gbp']],
    [
      'lakh and crore',
      'The fund holds Rs 1,250 crore for 4 lakh farmers.',
      ['Rs 1,250 crore | exact 12500000000 inr', '4 lakh farmers | exact 400000 people'],
    ],
  ]);
});

describe('currency forms', () => {
  table([
    [
      'US$ and $US',
      'It raised US$40m, then $US25 million more.',
      ['US$40m | exact 40000000 usd', '$US25 million | exact 25000000 usd'],
    ],
    [
      'other dollars before and after the sign',
      'A$3.5bn, $A900, NZ$12, S$1.5 million and HK$7.8',
      [
        'A$3.5bn | exact 3500000000 aud',
        '$A900 | exact 900 aud',
        'NZ$12 | exact 12 nzd',
        'S$1.5 million | exact 1500000 sgd',
        'HK$7.8 | exact 7.8 hkd',
      ],
    ],
    [
      'a bare dollar takes the dollar its sentence named',
      'Profit was A$4.2m, up from $3.9m.',
      ['A$4.2m | exact 4200000 aud up from 3900000'],
    ],
    [
      'a new sentence forgets the dollar',
      'It made A$5m. Rivals made $9m.',
      ['A$5m | exact 5000000 aud', '$9m | exact 9000000 usd'],
    ],
    [
      'ringgit, rupees, yen, euros by code, sign and word',
      'RM150, Rs 3,000, ¥500 billion, €40m, 600 yen, 25 euros and 90 rupees',
      [
        'RM150 | exact 150 myr',
        'Rs 3,000 | exact 3000 inr',
        '¥500 billion | exact 500000000000 jpy',
        '€40m | exact 40000000 eur',
        '600 yen | exact 600 jpy',
        '25 euros | exact 25 eur',
        '90 rupees | exact 90 inr',
      ],
    ],
    ['an abbreviation with its stop', 'It sells for Rs.850 in Delhi.', ['Rs.850 | exact 850 inr']],
    [
      'ISO codes before the number',
      'a fine of USD 2.5 million and CHF 400,000',
      ['USD 2.5 million | exact 2500000 usd', 'CHF 400,000 | exact 400000 chf'],
    ],
    [
      'a sign after or before the currency',
      'cash flow of $-7.5bn and a loss of -£40m',
      ['$-7.5bn | exact -7500000000 usd', '-£40m | exact -40000000 gbp'],
    ],
    [
      'cents and pence in the major unit',
      'Petrol rose 9 cents to $1.89; stamps cost 85 pence.',
      ['9 cents | exact 0.09 usd up', '$1.89 | exact 1.89 usd up', '85 pence | exact 0.85 gbp'],
    ],
    [
      'cents of a named dollar',
      'The Australian dollar fetched 64.1 US cents.',
      ['64.1 US cents | exact 0.641 usd'],
    ],
  ]);
});

describe('units glued to the number or abbreviated', () => {
  table([
    [
      'data sizes and speeds',
      'a 512GB drive on a 2Gbps link with 16Mb/s upload',
      ['512GB | exact 512 gb', '2Gbps | exact 2 gbps', '16Mb/s | exact 16 mbps'],
    ],
    [
      'frequencies in any case',
      'It runs at 3.8GHz, or 4.2Ghz boosted, with a 44.1kHz DAC.',
      ['3.8GHz | exact 3.8 ghz', '4.2Ghz | exact 4.2 ghz', '44.1kHz | exact 44.1 khz'],
    ],
    ['a range with the unit on its second end', 'The lamp draws 5-9W.', ['5-9W | range 5–9 w']],
    [
      'volumes, weights and power',
      'a 2.0l engine making 250bhp in a car weighing 1,450kg',
      ['2.0l | exact 2 l', '250bhp | exact 250 hp', '1,450kg | exact 1450 kg'],
    ],
    [
      'pounds of weight and weight abbreviations',
      'He weighs 210lbs and lost 12 pounds; the parcel is 3lb 4oz and 90g.',
      [
        '210lbs | exact 210 lb',
        // Weight lost is a running total moved (rules, section 7).
        '12 pounds | exact 12 lb down',
        '3lb | exact 3 lb',
        '4oz | exact 4 oz',
        '90g | exact 90 g',
      ],
    ],
    ['horsepower written apart', 'an engine of 600 HP', ['600 HP | exact 600 hp']],
    [
      'areas',
      '1,100 sq ft, 85 sqm, 40 square miles and 300 hectares',
      [
        '1,100 sq ft | exact 1100 sq_ft',
        '85 sqm | exact 85 sq_m',
        '40 square miles | exact 40 sq_miles',
        '300 hectares | exact 300 hectares',
      ],
    ],
    [
      'speeds',
      'gusts of 70mph and a train at 320 km/h',
      ['70mph | exact 70 mph', '320 km/h | exact 320 kmh'],
    ],
    [
      'temperatures',
      'highs of 38°C, 40 degrees Celsius, 95 deg fahrenheit and minus 3C',
      [
        '38°C | exact 38 celsius',
        '40 degrees Celsius | exact 40 celsius',
        '95 deg fahrenheit | exact 95 fahrenheit',
        'minus 3C | exact -3 celsius',
      ],
    ],
    ['stone, but not the 21st', 'He weighed 14st on the 21st.', ['14st | exact 14 stone']],
    [
      'basis points are hundredths of a percentage point',
      'Yields rose 15bps, then 10 basis points.',
      [
        '15bps | exact 0.15 percentage_points up',
        '10 basis points | exact 0.1 percentage_points up',
      ],
    ],
    [
      'billions of cubic metres',
      'Norway sold 120 bcm of gas.',
      ['120 bcm | exact 120000000000 cubic_m'],
    ],
    [
      'a unit before the number, a singular unit in a compound',
      'a magnitude 6.2 quake and a 1,800-nit display',
      ['magnitude 6.2 | exact 6.2 magnitude', '1,800-nit | exact 1800 nits'],
    ],
    ['one unit, not two', 'Pay grew 4.1% year on year.', ['4.1% | exact 4.1 percent up']],
  ]);
});

describe('decimals with no leading zero', () => {
  table([
    ['a share', 'The rate moved .03 per cent.', ['.03 per cent | exact 0.03 percent']],
    ['a batting average', 'He is hitting .312 this season.', ['.312 | exact 0.312 -']],
    ['with a sign', 'a correlation of −.27', ['−.27 | exact -0.27 -']],
    ['not after a letter or a stop', 'Version v.2 shipped… .5 later', ['.5 | exact 0.5 -']],
  ]);
});

describe('movements', () => {
  table([
    [
      'from X to Y is one figure with its earlier level',
      'Copper fell from $9,100 to $8,650 a tonne.',
      ['$8,650 a tonne | exact 8650 usd down from 9100'],
    ],
    [
      'a neutral verb takes its direction from the levels',
      'The forecast was revised from 2.4 percent to 1.9 percent.',
      ['1.9 percent | exact 1.9 percent down from 2.4'],
    ],
    [
      'without a word of change, from X to Y is a range',
      'Estimates range from 3% to 5%.',
      ['from 3% to 5% | range 3–5 percent'],
    ],
    [
      'Y from X',
      'Output was cut to 1.1m barrels a day from 1.4m.',
      ['1.1m barrels a day | exact 1100000 barrels_per_day down from 1400000'],
    ],
    [
      'Y, up from X',
      'Turnout was 67%, up from 61% in 2019.',
      ['67% | exact 67 percent up from 61'],
    ],
    [
      'Y, compared with X',
      'Arrivals were 2,400, compared with 3,100 a year earlier.',
      ['2,400 | exact 2400 - down from 3100'],
    ],
    [
      'a size and a level',
      'The index climbed 2.4pc to 8,150 points.',
      ['2.4pc | exact 2.4 percent up', '8,150 points | exact 8150 points up'],
    ],
    [
      'a size after by',
      'The bank raised rates by a quarter-point.',
      ['a quarter-point | exact 0.25 percentage_points up'],
    ],
    [
      'adverbs and nouns of change',
      'Shares are up 9pc; a 4 percent drop followed.',
      ['9pc | exact 9 percent up', '4 percent | exact 4 percent down'],
    ],
    [
      'comparatives after the figure',
      'Rents are 12% higher and 3,000 fewer homes were built.',
      ['12% | exact 12 percent up', '3,000 | exact 3000 - down'],
    ],
    [
      'a counted object of a cut is no movement',
      'The carmaker cut 4,000 jobs.',
      ['4,000 | exact 4000 -'],
    ],
    [
      'a loss of money is an amount',
      'The group lost $210 million last year.',
      ['$210 million | exact 210000000 usd'],
    ],
    [
      'a sign alone is no movement',
      'Growth was -0.3 percent.',
      ['-0.3 percent | exact -0.3 percent'],
    ],
    [
      'a level followed by its change in apposition takes that change',
      'Exports totalled $8.4bn in the quarter, down 3.1% on a year earlier.',
      ['$8.4bn | exact 8400000000 usd down', '3.1% | exact 3.1 percent down'],
    ],
    [
      'a change noun in apposition passes over a period to the level',
      'Sales reached £4.1bn for the 12 months, a 9% rise.',
      [
        '£4.1bn | exact 4100000000 gbp up',
        '12 months | exact 12 months',
        '9% | exact 9 percent up',
      ],
    ],
    [
      'a comparison in apposition',
      'Visitor numbers reached 2.3 million last year, some 15% higher than in 2019.',
      ['2.3 million | exact 2300000 - up', 'some 15% | approx 15 percent up'],
    ],
    [
      'a change noun before of gives the size of the change',
      'The cartel kept production cuts of 1.5 million barrels a day in place.',
      ['1.5 million barrels a day | exact 1500000 barrels_per_day down'],
    ],
    [
      'warmed, trebled and firmed are verbs of change',
      'The ocean has warmed by 0.9C; wheat has trebled in a year to more than $400 a tonne.',
      ['0.9C | exact 0.9 celsius up', 'more than $400 a tonne | more_than 400 usd up'],
    ],
    [
      'a total brought to a level went up',
      'A further 40 lorries crossed on Monday, bringing the total to 310.',
      ['40 lorries | exact 40 vehicles', '310 | exact 310 vehicles up'],
    ],
    [
      'to close at, to finish at: the level a change reached',
      'The ASX 200 fell 0.8 per cent, or 62 points, to finish at 7,790.',
      [
        '0.8 per cent | exact 0.8 percent down',
        '62 points | exact 62 points down',
        '7,790 | exact 7790 - down',
      ],
    ],
    [
      'when and where may stand between a change and the level it reached',
      'Diesel prices jumped 9 cents in Perth on Friday, to 198.5 cents a litre.',
      ['9 cents | exact 0.09 usd up', '198.5 cents a litre | exact 1.985 usd up'],
    ],
    [
      'a range reached after "to a range of"',
      'The bank cut its policy rate by 25 basis points to a range of 5.25% to 5.5%.',
      [
        '25 basis points | exact 0.25 percentage_points down',
        '5.25% to 5.5% | range 5.25–5.5 percent down',
      ],
    ],
    [
      'compared with an earlier level past a period of another unit',
      'Operating profit rose 9pc to £48.2m in the three months to March, compared with £44.2m a year before.',
      [
        '9pc | exact 9 percent up',
        '£48.2m | exact 48200000 gbp up from 44200000',
        'three months | exact 3 months',
      ],
    ],
    [
      'the participle before the earlier level gives the direction',
      'Exports grew 3.2% in the July-September quarter, easing from 4.5%.',
      ['3.2% | exact 3.2 percent down from 4.5'],
    ],
    [
      'a perfect is no passive: the figure lost something',
      'About 2,000 homes had lost power by midnight.',
      ['About 2,000 | approx 2000 -'],
    ],
    [
      'a period after over is how long a change took',
      'Teachers will get a 12 per cent pay rise over three years.',
      ['12 per cent | exact 12 percent up', 'three years | exact 3 years'],
    ],
    [
      'more or less than an earlier level is a movement, than another thing is not',
      'Women there earn 15% less than men; households spent 4% less than in 2019.',
      ['15% | exact 15 percent', '4% | exact 4 percent down'],
    ],
    [
      'a level reached after the period the change took',
      'Rents have risen 30% in the past five years to £2,100; coal has trebled in two years to $420.',
      [
        '30% | exact 30 percent up',
        'five years | exact 5 years',
        '£2,100 | exact 2100 gbp up',
        'two years | exact 2 years',
        '$420 | exact 420 usd up',
      ],
    ],
    [
      'a level and its restatement each take their earlier level',
      'Net income fell to $840 million, or 61 cents a share, from $1.02 billion, or 74 cents a share.',
      [
        '$840 million | exact 840000000 usd down from 1020000000',
        '61 cents a share | exact 0.61 usd down from 0.74',
      ],
    ],
    [
      'appreciate and depreciate are verbs of change',
      'The ringgit appreciated 0.3 per cent while the lira depreciated 2 per cent.',
      ['0.3 per cent | exact 0.3 percent up', '2 per cent | exact 2 percent down'],
    ],
    [
      'against a currency and year-on-year stand between a change and its level',
      'The yen fell 0.6% against the dollar to 151.20; sales rose 8% year-on-year to $3.4bn.',
      [
        '0.6% | exact 0.6 percent down',
        '151.20 | exact 151.2 - down',
        '8% | exact 8 percent up',
        '$3.4bn | exact 3400000000 usd up',
      ],
    ],
    [
      'the size of a change compared with an earlier size moved as the two say',
      'Wages grew 3.1 per cent, compared with 3.6 per cent a year earlier.',
      ['3.1 per cent | exact 3.1 percent down from 3.6'],
    ],
    [
      'a share of GDP and its earlier level',
      'Public debt climbed to 91% of GDP, from 86% a year before.',
      ['91% | exact 91 percent up from 86'],
    ],
    [
      '"up" is the particle of ticked or went, not the "up to" of a bound',
      'The jobless rate ticked up to 4.4% from 4.3%, while the fund may invest up to $50m.',
      ['4.4% | exact 4.4 percent up from 4.3', 'up to $50m | at_most 50000000 usd'],
    ],
    [
      'a comparative and when it happened before "at"',
      'The miner closed 3.1% lower on Monday at 845p.',
      ['3.1% | exact 3.1 percent down', '845p | exact 8.45 gbp down'],
    ],
    [
      'a recurring amount more at the end of its clause',
      'Renters will pay about £90 a month more.',
      ['about £90 a month | approx 90 gbp up'],
    ],
  ]);
});

describe('the unit of an earlier level', () => {
  test('an earlier level with no unit of its own is in the unit of its level', () => {
    const [m] = scanQuantities('The airline flew 41 jets in May, up from 33 a year earlier.');
    expect(m).toMatchObject({ value: 41, unit: 'vehicles', change: 'up' });
    expect(m!.from).toMatchObject({ value: 33, unit: 'vehicles' });
  });
});

describe('numbers inside names and labels', () => {
  table(
    [
      [
        'index names',
        'The S&P 500 and the S P 500 and the Nikkei 225 fell.',
        [
          '500 | exact 500 - excluded name',
          '500 | exact 500 - excluded name',
          '225 | exact 225 - excluded name',
        ],
      ],
      [
        'games, rounds and chapters',
        'Game 6 and Round 2, after Chapter 11',
        [
          '6 | exact 6 - excluded identifier',
          '2 | exact 2 - excluded identifier',
          '11 | exact 11 - excluded identifier',
        ],
      ],
      [
        'products',
        'the iPhone 14, a Galaxy S24 and the Airbus A321',
        [
          '14 | exact 14 - excluded name',
          'S24 | exact 24 - excluded name',
          'A321 | exact 321 - excluded name',
        ],
      ],
      [
        'addresses',
        'offices at 22 Bishopsgate Road and 7 Hill Street',
        [
          '22 Bishopsgate Road | exact 22 - excluded address',
          '7 Hill Street | exact 7 - excluded address',
        ],
      ],
      [
        'lap and race times',
        'a best lap of 1:31.452 and a time of 2:08:15',
        ['1:31.452 | exact 1 - excluded time', '2:08:15 | exact 2 - excluded time'],
      ],
      [
        'scores, records and votes',
        'They won 4-2 for a 9-3 record; it passed by 301 votes to 120.',
        [
          '4-2 | exact 4 - excluded score',
          '9-3 | exact 9 - excluded score',
          '301 votes to 120 | exact 301 - excluded score',
        ],
      ],
      ['cricket scores', 'India closed on 245 for 7.', ['245 for 7 | exact 245 - excluded score']],
      [
        'age brackets',
        'voters aged 18 to 24 and children under five',
        ['18 to 24 | exact 18 - excluded age', 'under five | exact 5 - excluded age'],
      ],
      [
        'a race named by its distance',
        'She won the 1500m final.',
        ['1500m | exact 1500 - excluded name'],
      ],
      [
        'a security named by its term',
        'The 30-year bond yield rose.',
        ['30-year | exact 30 - excluded label'],
      ],
      [
        'a small count naming a kind',
        'a five-bedroom house in a two-horse race',
        ['five-bedroom | exact 5 - excluded label', 'two-horse | exact 2 - excluded label'],
      ],
    ],
    true,
  );
});

describe('alternatives and lists', () => {
  table([
    [
      'number words with a currency word',
      'It costs four or five pounds.',
      ['four or five pounds | range 4–5 gbp'],
    ],
    ['spans of time', 'in three or four months', ['three or four months | range 3–4 months']],
    ['glued scales', 'offers of 20k or 25k', ['20k or 25k | range 20000–25000 -']],
    [
      'a list ending in or',
      'six, seven or eight weeks',
      ['six, seven or eight weeks | range 6–8 weeks'],
    ],
    [
      'figures joined by and stay apart',
      '40 soldiers and 12 police',
      ['40 soldiers | exact 40 people', '12 police | exact 12 people'],
    ],
  ]);
});

describe('counting words', () => {
  table([
    ['one of the picks out', 'One of the biggest lenders said so.', []],
    [
      'another is no figure; the number after it is',
      'another 2,500 troops',
      ['2,500 troops | exact 2500 people'],
    ],
    [
      'a fraction of a group is a share',
      'a third of voters and two-fifths of firms',
      ['a third | exact 33.333333333333336 percent', 'two-fifths | exact 40 percent'],
    ],
    ['half the', 'Half the schools closed.', ['Half | exact 50 percent']],
    [
      'millions of users',
      'millions of subscribers',
      ['millions of subscribers | vague 2000000–10000000 people'],
    ],
    ['out of', 'three out of four voters', ['three out of four | exact 75 percent']],
    [
      'one counted by its verb',
      'One was killed and two were hurt.',
      ['One | exact 1 people', 'two | exact 2 people'],
    ],
    ['no one is no figure', 'No one was hurt.', []],
    [
      'an article bounded by a qualifier is one',
      'in less than a week and after nearly a decade',
      ['less than a week | less_than 1 weeks', 'nearly a decade | approx 10 years'],
    ],
    ['an article alone is no figure', 'a year ago, a mile away', []],
  ]);
});

describe('numbers that are no quantity (rules, section 6)', () => {
  table([
    [
      'a distance after a possessive names the race',
      "She won the women's 5000m in 14 minutes and 30 seconds.",
      ['14 minutes | exact 14 minutes', '30 seconds | exact 30 seconds'],
    ],
    ['set scores in a list are scores', 'The champion came through 6-3, 4-6, 6-2 on Friday.', []],
    ['a golf score under par', 'Lee finished 12 under par on Sunday.', []],
    ['a golf score in words', 'He sits three-under-par after the opening round.', []],
    ['a school year names pupils', 'Grade 5 pupils sat a new reading test.', []],
    [
      'Year is no unit before its number',
      'About 300 Year 9 girls took part.',
      ['About 300 | approx 300 -'],
    ],
    ['a speed limit names its zone', 'Cameras will enforce the 20mph zone outside the school.', []],
    ['a spaced speed names its zones', 'Drivers in 50 km/h zones were stopped.', []],
    [
      'a baby at an age in weeks',
      'Babies get the jab at eight weeks and a booster at 16 weeks.',
      [],
    ],
    ['months of age', 'Most infants are weaned at six months of age.', []],
    [
      'a level at weeks is still a figure',
      'Median waits stood at 18 weeks in March.',
      ['18 weeks | exact 18 weeks'],
    ],
    ['a model: digits, capitals, digits', 'The 787 MAX 10 order was cancelled.', []],
    [
      'a version number with its .0',
      'Investors poured $2bn into Web 3.0 start-ups.',
      ['$2bn | exact 2000000000 usd'],
    ],
    ['an address with an ordinal street', 'Its offices at 120 East 42nd Street open soon.', []],
    [
      'an address on a View',
      'The fund bought 12 Harbour View for £40m.',
      ['£40m | exact 40000000 gbp'],
    ],
    [
      'the big N names a group',
      'Shares in the big three miners fell 2%.',
      ['2% | exact 2 percent down'],
    ],
    ['absolute zero is a name', 'The vessel is cooled to near absolute zero.', []],
    ['first-half is a period', "The club's second-half collapse cost it the match.", []],
    [
      'plus or minus is a margin, not a sign',
      "The survey's margin of error is plus or minus 2.5 percentage points.",
      ['2.5 percentage points | exact 2.5 percentage_points'],
    ],
    [
      'minus alone is a sign',
      'It fell to minus 5 degrees.',
      ['minus 5 degrees | exact -5 degrees down'],
    ],
  ]);
});

describe('units: scales, currencies and fractions of a unit', () => {
  table([
    [
      'Indian compound scales multiply',
      'The state plans Rs 2.4 lakh crore of spending and Rs 40 thousand crore of loans.',
      [
        'Rs 2.4 lakh crore | exact 2400000000000 inr',
        'Rs 40 thousand crore | exact 400000000000 inr',
      ],
    ],
    [
      'a glued R is the rand once the sentence names it',
      "South Africa's rand firmed to R17.95 on Monday.",
      ['R17.95 | exact 17.95 zar up'],
    ],
    ['a glued R with no rand is no currency', 'The film is rated R18 in Britain.', []],
    [
      'a fraction of a unit multiplies the unit',
      'The euro lost half a cent, and gilts yields rose half a percentage point.',
      ['half a cent | exact 0.005 usd', 'half a percentage point | exact 0.5 percentage_points up'],
    ],
    [
      'a fraction of a point is of a percentage point',
      'The central bank trimmed rates by a quarter point.',
      ['a quarter point | exact 0.25 percentage_points down'],
    ],
    [
      'a fraction of a degree',
      'Oceans have warmed by half a degree.',
      ['half a degree | exact 0.5 degrees up'],
    ],
    [
      'a fraction of a unit is not the low end of a range',
      'The pound edged half a cent to $1.31.',
      ['half a cent | exact 0.005 usd up', '$1.31 | exact 1.31 usd up'],
    ],
    [
      'm after a metric length in a range is metres, the range in the low end unit',
      'Snow could reach between 40cm and 1.2m on the peaks.',
      ['between 40cm and 1.2m | range 40–120 cm'],
    ],
    [
      'a range over two prefixes',
      'The amplifier covers 15Hz to 25kHz.',
      ['15Hz to 25kHz | range 15–25000 hz'],
    ],
  ]);
});

describe('units: counted groups and people', () => {
  table([
    [
      'kin are people',
      'The firm was founded by three sisters.',
      ['three sisters | exact 3 people'],
    ],
    [
      'a person noun before a vehicle noun names a vehicle',
      'The air force ordered 24 fighter jets.',
      ['24 fighter jets | exact 24 vehicles'],
    ],
    [
      'a part of a counted group takes the group noun',
      'Only three of the 40 lorries got through, and five of seven EU ministers agreed.',
      [
        'three | exact 3 vehicles',
        '40 lorries | exact 40 vehicles',
        'five | exact 5 people',
        'seven | exact 7 people',
      ],
    ],
    [
      'a part of a group of something uncounted has no unit',
      'Two of the biggest banks failed.',
      ['Two | exact 2 -'],
    ],
    [
      'a gathering of persons',
      'Celtic won before a crowd of 58,012.',
      ['58,012 | exact 58012 people'],
    ],
    [
      'a verb only persons take, before a qualifier',
      'Malaria kills more than 600,000 a year.',
      ['more than 600,000 a year | more_than 600000 people'],
    ],
  ]);
});

describe('units: exchange rates, cents of a named dollar, earlier levels', () => {
  table([
    [
      'an exchange rate is in the currency priced',
      'The won slid to 1,392 per dollar, and the baht held at 36.2 to the US dollar.',
      ['1,392 per dollar | exact 1392 krw down', '36.2 to the US dollar | exact 36.2 thb'],
    ],
    [
      'a bare figure against a dollar with no currency priced',
      'The index rose 12 against the dollar.',
      ['12 | exact 12 - up'],
    ],
    [
      'a change in bare cents takes its level dollar',
      'Singtel shares gained 15 cents to S$3.10.',
      ['15 cents | exact 0.15 sgd up', 'S$3.10 | exact 3.1 sgd up'],
    ],
    [
      'an earlier level without a unit takes the level unit',
      'Output will rise to 9.5 million barrels a day from 8 million.',
      ['9.5 million barrels a day | exact 9500000 barrels_per_day up from 8000000'],
    ],
  ]);
});

test('an earlier level without a unit is in the level unit, when of one size', () => {
  const units = (s: string) => scanQuantities(s).map((m) => m.from?.unit ?? '-');
  expect(units('Output will rise to 9.5 million barrels a day from 8 million.')).toEqual([
    'barrels_per_day',
  ]);
  expect(units('The shares rose to 212p from 180.')).toEqual(['-']);
});

describe('units: a count that leaves its noun out', () => {
  table([
    [
      'a bare count takes the noun of the sentence last count',
      'The shelter, built for 400 refugees, now holds about 1,100.',
      ['400 refugees | exact 400 people', 'about 1,100 | approx 1100 people'],
    ],
    [
      'not across a sentence',
      'The shelter holds 400 refugees. Rents rose to 1,100.',
      ['400 refugees | exact 400 people', '1,100 | exact 1100 - up'],
    ],
    [
      'not when a noun of its own follows',
      'The fleet of 30 ships carried 1,100 containers.',
      ['30 ships | exact 30 vehicles', '1,100 | exact 1100 -'],
    ],
    [
      'not a figure that runs on, nor after at',
      'Nine people were hurt, and temperatures hit 41 on Monday; the 20 members met at 10.',
      [
        'Nine people | exact 9 people',
        '41 | exact 41 -',
        '20 members | exact 20 people',
        '10 | exact 10 -',
      ],
    ],
  ]);
});
