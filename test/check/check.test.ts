import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/model/check/dataset';
import { formatProblem } from '../../src/model/problem';
import { parseCsv } from '../../src/model/csv/parse';
import type { ProblemCode } from '../../src/model/problem';
import {
  CLAIM_ROW,
  claimsCsv,
  datasetInput,
  MEASURE_ROW,
  measuresCsv,
  SOURCE_ROW,
  sourcesCsv,
} from '../support/dataset';

const HEADER = Object.keys(CLAIM_ROW).join(',');
const encoder = new TextEncoder();

function problemsFor(claims: string | Uint8Array, sources?: string) {
  const input = datasetInput({ claims, ...(sources === undefined ? {} : { sources }) });
  return checkDataset(input).problems;
}

/** Row 2 of claims.csv with one cell replaced. */
function withCell(field: string, value: string): string {
  return claimsCsv({ ...CLAIM_ROW, [field]: value });
}

describe('checkDataset on valid data', () => {
  test('checkDataset accepts the sample folder and returns its claim', () => {
    const result = checkDataset(datasetInput());
    expect(result.problems).toEqual([]);
    expect(result.claims.map((c) => c.id)).toEqual(['strike-deaths-1']);
    expect(result.claims[0]!.high).toBe(40);
    expect(result.claims[0]!.value).toBeUndefined();
  });

  test.each([
    ['a byte-order mark', (csv: string) => `\uFEFF${csv}`],
    ['CRLF line endings', (csv: string) => csv.replace(/\n/g, '\r\n')],
    ['no trailing newline', (csv: string) => csv.replace(/\n$/, '')],
  ])('checkDataset accepts %s', (_name, change) => {
    expect(problemsFor(change(claimsCsv(CLAIM_ROW)))).toEqual([]);
    const bytes = encoder.encode(change(claimsCsv(CLAIM_ROW)));
    expect(problemsFor(bytes)).toEqual([]);
  });
});

interface BadCase {
  description: string;
  claims: string | Uint8Array;
  sources?: string;
  code: ProblemCode;
  line: number;
  /** The problem's file, when it is not claims.csv. */
  file?: string;
  message?: RegExp;
}

const cases: BadCase[] = [
  {
    description: 'a blank header cell',
    claims: claimsCsv(CLAIM_ROW).replace('id,category', 'id,,category'),
    code: 'blank-label',
    line: 1,
  },
  {
    description: 'a duplicated header',
    claims: claimsCsv(CLAIM_ROW).replace(',note\n', ',quote\n'),
    code: 'duplicate-label',
    line: 1,
  },
  {
    description: 'a missing column',
    claims: claimsCsv(CLAIM_ROW).replace(',note\n', '\n').replace(/,\n/, '\n'),
    code: 'missing-label',
    line: 1,
  },
  {
    description: 'a __proto__ header',
    claims: `${HEADER},__proto__\n`,
    code: 'extra-label',
    line: 1,
    message: /__proto__/,
  },
  {
    description: 'a constructor header',
    claims: `${HEADER},constructor\n`,
    code: 'extra-label',
    line: 1,
    message: /constructor/,
  },
  {
    description: 'a blank row',
    claims: claimsCsv(CLAIM_ROW).replace('\n', '\n\n'),
    code: 'blank-row',
    line: 2,
  },
  {
    description: 'an extra cell',
    claims: claimsCsv(CLAIM_ROW).replace(/\n$/, ',surplus\n'),
    code: 'extra-cell',
    line: 2,
  },
  {
    description: 'a missing cell',
    claims: `${HEADER}\nonly-an-id,casualties\n`,
    code: 'missing-cell',
    line: 2,
  },
  {
    description: 'a number with separators',
    claims: withCell('high', '1,2,3'),
    code: 'type-error',
    line: 2,
    message: /1,2,3/,
  },
  {
    description: 'a number with letters',
    claims: withCell('high', '12abc'),
    code: 'type-error',
    line: 2,
  },
  { description: 'NaN', claims: withCell('high', 'NaN'), code: 'type-error', line: 2 },
  {
    description: 'an overflowing number',
    claims: withCell('high', '1e309'),
    code: 'type-error',
    line: 2,
  },
  {
    description: 'an empty required number',
    claims: withCell('high', ''),
    code: 'constraint-error',
    line: 2,
    message: /high is required/,
  },
  {
    description: 'a number the qualifier forbids',
    claims: claimsCsv({ ...CLAIM_ROW, value: '40' }),
    code: 'constraint-error',
    line: 2,
    message: /value must be empty/,
  },
  {
    description: 'an unknown category',
    claims: withCell('category', 'weather'),
    code: 'constraint-error',
    line: 2,
  },
  {
    description: 'an empty required text',
    claims: withCell('subject', ''),
    code: 'constraint-error',
    line: 2,
  },
  {
    description: 'an id that is not a slug',
    claims: withCell('id', 'Strike Deaths'),
    code: 'constraint-error',
    line: 2,
  },
  {
    description: 'an impossible as_of',
    claims: withCell('as_of', '2016-13'),
    code: 'constraint-error',
    line: 2,
  },
  {
    description: 'a duplicate id',
    claims: claimsCsv(CLAIM_ROW, CLAIM_ROW),
    code: 'unique-error',
    line: 3,
    message: /line 2/,
  },
  {
    description: 'an unknown source',
    claims: withCell('source_id', 'nowhere'),
    code: 'foreign-key-error',
    line: 2,
  },
  {
    description: 'an unterminated quote',
    claims: `${HEADER}\n"broken,casualties\n`,
    code: 'source-error',
    line: 2,
  },
  {
    description: 'bytes that are not UTF-8',
    claims: new Uint8Array([...encoder.encode(`${HEADER}\n`), 0x61, 0xff, 0x0a]),
    code: 'encoding-error',
    line: 2,
  },
  {
    description: 'a straight apostrophe where the source has a curly one',
    claims: claimsCsv({
      ...CLAIM_ROW,
      quote: "He said 41 people had been killed and six wounded, and it's unclear who they were.",
      mention: '41 people',
      qualifier: 'exact',
      value: '41',
      high: '',
    }),
    code: 'quote-not-found',
    line: 2,
    message:
      /"'" \(U\+0027 straight apostrophe\) where the source has "’" \(U\+2019 curly apostrophe\)/,
  },
  {
    description: 'a quote that occurs twice',
    claims: claimsCsv({ ...CLAIM_ROW, quote: 'killing', mention: 'killing' }),
    code: 'quote-ambiguous',
    line: 2,
  },
  {
    description: 'a quote holding <script> and regex characters',
    claims: withCell('quote', '<script>alert(1)</script> (.*)+ [40]'),
    code: 'quote-not-found',
    line: 2,
  },
  {
    description: 'a mention outside the quote',
    claims: withCell('mention', 'as many as 41'),
    code: 'mention-not-in-quote',
    line: 2,
  },
  {
    description: 'a mention stating another number',
    claims: withCell('high', '41'),
    code: 'value-mismatch',
    line: 2,
    message: /not 41/,
  },
  {
    description: 'a qualifier the mention contradicts',
    claims: claimsCsv({ ...CLAIM_ROW, qualifier: 'at_least', high: '', low: '40' }),
    code: 'qualifier-mismatch',
    line: 2,
  },
  {
    description: 'a source URL that is not http',
    claims: claimsCsv(CLAIM_ROW),
    sources: sourcesCsv({ ...SOURCE_ROW, url: 'javascript:alert(1)' }),
    code: 'bad-url',
    line: 2,
    file: 'claims/sources.csv',
  },
  {
    description: 'a source without its text file',
    claims: claimsCsv(CLAIM_ROW),
    sources: sourcesCsv(SOURCE_ROW, { ...SOURCE_ROW, id: 'no-text-here' }),
    code: 'missing-source-file',
    line: 3,
    file: 'claims/sources.csv',
  },
];

describe('measures.csv and the claims that cite it', () => {
  const check = (claims: string, measures: string | undefined) =>
    checkDataset(datasetInput({ claims, measures }));
  const withMeasure = (cells: Record<string, string>) => measuresCsv({ ...MEASURE_ROW, ...cells });
  /** Line, column, code and message of each problem, as claims check prints them. */
  const printed = (claims: string, measures: string | undefined) =>
    check(claims, measures).problems.map(formatProblem);
  // The column (1-based) where a field's cell starts on line 2 of a file.
  const columnOf = (csv: string, field: string) => {
    const [header, row] = parseCsv(csv).rows;
    const offset = row!.offsets[header!.values.indexOf(field)]!;
    // Line 2 starts just after the first line break.
    return offset - csv.indexOf('\n');
  };

  test('a valid claim keeps its measure; Dataset.measures holds the measures cited', () => {
    const result = check(claimsCsv(CLAIM_ROW), measuresCsv(MEASURE_ROW));
    expect(result.problems).toEqual([]);
    // Read as the model's types: the rank a number.
    expect(result.measures).toEqual([{ ...MEASURE_ROW, featured: 1 }]);
  });

  test('a claim whose measure is not in measures.csv: foreign-key-error at its measure cell', () => {
    const claims = claimsCsv(CLAIM_ROW, { ...CLAIM_ROW, id: 'b', measure: 'sabratha-toll' });
    const result = check(claims, measuresCsv(MEASURE_ROW));
    expect(result.claims.map((c) => c.id)).toEqual(['strike-deaths-1']);
    const line3 = claims.split('\n')[2]!;
    expect(result.problems.map(formatProblem)).toEqual([
      `claims/claims.csv:3:${line3.indexOf('sabratha-toll') + 1}: foreign-key-error: measure "sabratha-toll" is not an id in claims/measures.csv`,
    ]);
  });

  test('a claim whose unit or category differs from its measure’s: constraint-error at that cell', () => {
    const claims = claimsCsv({ ...CLAIM_ROW, unit: 'percent' });
    expect(printed(claims, measuresCsv(MEASURE_ROW))).toEqual([
      `claims/claims.csv:2:${columnOf(claims, 'unit')}: constraint-error: unit "percent" differs from the unit of measure "sabratha-strike-deaths" ("people", claims/measures.csv:2): every report of a measure counts the same thing`,
    ]);
    const other = claimsCsv({ ...CLAIM_ROW, category: 'troops' });
    expect(printed(other, measuresCsv(MEASURE_ROW))).toEqual([
      `claims/claims.csv:2:${columnOf(other, 'category')}: constraint-error: category "troops" differs from the category of measure "sabratha-strike-deaths" ("casualties", claims/measures.csv:2): every report of a measure counts the same thing`,
    ]);
  });

  test('a measure no claim cites is a problem at its id', () => {
    const measures = measuresCsv(MEASURE_ROW, {
      ...MEASURE_ROW,
      id: 'nobody-cites-me',
      featured: '',
    });
    expect(printed(claimsCsv(CLAIM_ROW), measures)).toEqual([
      'claims/measures.csv:3:1: constraint-error: measure "nobody-cites-me" is cited by no claim: cite it in claims.csv or delete the row',
    ]);
    expect(check(claimsCsv(CLAIM_ROW), measures).measures.map((m) => m.id)).toEqual([
      'sabratha-strike-deaths',
    ]);
  });

  test('a claim whose measure row is rejected is rejected too, pointing at that row', () => {
    const measures = withMeasure({ unit: 'furlongs' });
    const result = check(claimsCsv(CLAIM_ROW), measures);
    expect(result.claims).toEqual([]);
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.code}`)).toEqual([
      'claims/claims.csv:2: foreign-key-error',
      'claims/measures.csv:2: constraint-error',
    ]);
    expect(result.problems[0]!.message).toMatch(
      /^measure "sabratha-strike-deaths" names a measure that claims check rejects: claims\/measures\.csv:2:\d+: constraint-error: unit "furlongs" is not one of/,
    );
  });

  test('a claims.csv that is missing or cites nothing does not call every measure uncited', () => {
    const measures = measuresCsv(MEASURE_ROW, { ...MEASURE_ROW, id: 'other', featured: '' });
    expect(
      checkDataset(datasetInput({ claims: undefined, measures })).problems.map((p) => p.code),
    ).toEqual(['source-error']);
    const noMeasureColumn = claimsCsv(CLAIM_ROW)
      .replace(',measure,', ',')
      .replace(',sabratha-strike-deaths,', ',');
    const codes = checkDataset(datasetInput({ claims: noMeasureColumn, measures })).problems.map(
      (p) => p.code,
    );
    expect(codes).toContain('missing-label');
    expect(codes).not.toContain('constraint-error');
  });

  test('a missing measures.csv is reported, and no claim passes', () => {
    const result = check(claimsCsv(CLAIM_ROW), undefined);
    expect(result.problems.map(formatProblem)).toContain(
      'claims/measures.csv:0:0: source-error: file not found',
    );
    expect(result.claims).toEqual([]);
  });

  test.each([
    ['featured', 'first', 'type-error', /featured "first" is not a whole number/],
    ['featured', '1.5', 'type-error', /not a whole number/],
    ['featured', '0', 'constraint-error', /featured 0 is less than 1/],
    ['period', 'Feb 2016', 'constraint-error', /must be a year, year-month or date/],
    ['period', '2016-02-30', 'constraint-error', /"2016-02-30" is not a real date/],
    [
      'period',
      '2016-03/2016-02',
      'constraint-error',
      /starts \(2016-03\) after it ends \(2016-02\)/,
    ],
    ['period', '../..', 'constraint-error', /must be a year/],
    ['title', '', 'constraint-error', /title is required/],
    ['definition', '', 'constraint-error', /definition is required/],
    ['unit', 'furlongs', 'constraint-error', /unit "furlongs" is not one of/],
  ])('measures.csv with %s "%s": %s', (field, value, code, message) => {
    const measures = withMeasure({ [field]: value });
    const problem = check(claimsCsv(CLAIM_ROW), measures).problems.find(
      (p) => p.file === 'claims/measures.csv',
    )!;
    expect(problem.code).toBe(code);
    expect(problem.line).toBe(2);
    expect(problem.column).toBe(columnOf(measures, field));
    expect(problem.message).toMatch(message);
  });

  test.each([
    '2016',
    '2016-02',
    '2016-02-19',
    '2015-01-01/2016-01-31',
    '2015-01-01/..',
    '../2011',
    '2016/2016-02',
  ])('measures.csv accepts the period %s', (period) => {
    expect(check(claimsCsv(CLAIM_ROW), withMeasure({ period })).problems).toEqual([]);
  });

  test('two measures featured at the same rank: unique-error', () => {
    const claims = claimsCsv(CLAIM_ROW, { ...CLAIM_ROW, id: 'b', measure: 'other' });
    const measures = measuresCsv(MEASURE_ROW, { ...MEASURE_ROW, id: 'other' });
    expect(printed(claims, measures).join('\n')).toMatch(
      /^claims\/measures\.csv:3:\d+: unique-error: featured "1" is already used on line 2$/m,
    );
  });
});

describe('checkDataset on bad input', () => {
  test.each(cases)('checkDataset reports $description as $code on line $line', (c) => {
    const problems = problemsFor(c.claims, c.sources);
    const match = problems.find((p) => p.code === c.code);
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(match!.line).toBe(c.line);
    expect(match!.file).toBe(c.file ?? 'claims/claims.csv');
    if (c.message) expect(match!.message).toMatch(c.message);
  });

  test('checkDataset reports every problem, not only the first', () => {
    const claims = claimsCsv(
      { ...CLAIM_ROW, id: 'a', high: 'NaN' },
      { ...CLAIM_ROW, id: 'b', category: 'weather' },
      { ...CLAIM_ROW, id: 'c', source_id: 'nowhere' },
    );
    const codes = problemsFor(claims).map((p) => `${p.line}:${p.code}`);
    expect(codes).toEqual(['2:type-error', '3:constraint-error', '4:foreign-key-error']);
  });

  test('checkDataset reports an unterminated quote at its row and still checks the rows after it', () => {
    const good = claimsCsv(CLAIM_ROW).split('\n')[1];
    const claims = `${HEADER}\n"broken,casualties\n${good}\n${good!.replace('strike-deaths-1', 'x y')}\n`;
    const problems = problemsFor(claims).map((p) => `${p.line}:${p.code}`);
    expect(problems).toEqual(['2:source-error', '4:constraint-error']);
  });

  test('checkDataset gives line and column of a bad cell', () => {
    const [problem] = problemsFor(withCell('category', 'weather'));
    expect(formatProblem(problem!)).toMatch(
      /^claims\/claims\.csv:2:\d+: constraint-error: category "weather"/,
    );
    const row = withCell('category', 'weather').split('\n')[1]!;
    expect(problem!.column).toBe(row.indexOf('weather') + 1);
  });

  test('checkDataset keeps the valid claims when others are rejected', () => {
    const claims = claimsCsv(CLAIM_ROW, { ...CLAIM_ROW, id: 'broken', high: 'NaN' });
    const result = checkDataset(datasetInput({ claims }));
    expect(result.claims.map((c) => c.id)).toEqual(['strike-deaths-1']);
    expect(result.problems).toHaveLength(1);
  });

  test.each(['__proto__', 'constructor', 'toString'])(
    'checkDataset rejects the qualifier %j without throwing',
    (qualifier) => {
      const problems = problemsFor(withCell('qualifier', qualifier));
      expect(problems.map((p) => p.code)).toContain('constraint-error');
    },
  );

  test('checkDataset never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.uint8Array({ maxLength: 200 }),
        (claims, sources, measures, text) => {
          const result = checkDataset({
            dir: 'claims',
            claims,
            sources,
            measures,
            texts: new Map([['strike-on-sabratha', text]]),
          });
          expect(Array.isArray(result.problems)).toBe(true);
        },
      ),
    );
  });

  test('checkDataset never throws on arbitrary rows under a valid header', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('', '40', '-1', 'exact', 'range', 'people', 'strike-on-sabratha'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 18 }), { maxLength: 5 }), (rows) => {
        const csv = `${HEADER}\n${rows.map((r) => r.map((c) => JSON.stringify(c)).join(',')).join('\n')}`;
        checkDataset(datasetInput({ claims: csv }));
      }),
    );
  });
});
