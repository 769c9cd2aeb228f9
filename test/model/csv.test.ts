import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/model/csv/parse';
import { neutraliseFormula, plainNumber, writeCsv } from '../../src/model/csv/write';
import { formulaReadings, runsAsFormula } from '../support/spreadsheet';

const values = (text: string) => parseCsv(text).rows.map((r) => r.values);

describe('parseCsv', () => {
  test.each([
    {
      description: 'plain cells',
      input: 'a,b\n1,2\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      description: 'CRLF line endings',
      input: 'a,b\r\n1,2\r\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      description: 'no closing newline',
      input: 'a,b\n1,2',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      description: 'quoted comma and doubled quote',
      input: '"x, ""y""",z\n',
      expected: [['x, "y"', 'z']],
    },
    {
      description: 'line break inside quotes',
      input: '"one\ntwo",3\n',
      expected: [['one\ntwo', '3']],
    },
    { description: 'empty cells', input: ',,\n', expected: [['', '', '']] },
    {
      description: 'a blank line in the middle',
      input: 'a\n\nb\n',
      expected: [['a'], [''], ['b']],
    },
  ])('parseCsv reads $description', ({ input, expected }) => {
    expect(values(input)).toEqual(expected);
    expect(parseCsv(input).errors).toEqual([]);
  });

  test('parseCsv records the offset of every row and cell', () => {
    const { rows } = parseCsv('id,quote\nc1,"said ""40"""\n');
    expect(rows[1]).toEqual({ offset: 9, values: ['c1', 'said "40"'], offsets: [9, 12] });
  });

  test('parseCsv reports an unterminated quote where it opens and keeps the rows after it', () => {
    const { rows, errors } = parseCsv('a,b\n1,"broken\n2,fine\n3,also fine\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.offset).toBe(6);
    expect(rows.map((r) => r.values)).toEqual([
      ['a', 'b'],
      ['2', 'fine'],
      ['3', 'also fine'],
    ]);
  });

  test('parseCsv keeps text after a closing quote and reports it', () => {
    const { rows, errors } = parseCsv('"ab"c,d\n');
    expect(rows[0]!.values).toEqual(['abc', 'd']);
    expect(errors[0]!.offset).toBe(4);
  });
});

describe('writeCsv', () => {
  test('writeCsv quotes only the cells that need it', () => {
    const csv = writeCsv(['a', 'b', 'c'], [{ a: 'x, y', b: 'say "hi"', c: 'plain' }]);
    expect(csv).toBe('a,b,c\n"x, y","say ""hi""",plain\n');
  });

  test('writeCsv then parseCsv gives back any table of strings', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 10 }), (rows) => {
        const records = rows.map(([a, b, c]) => ({ a, b, c }));
        const parsed = values(writeCsv(['a', 'b', 'c'], records));
        expect(parsed).toEqual([['a', 'b', 'c'], ...rows]);
      }),
    );
  });

  test('writeCsv in safe mode neutralises formulas in text cells only', () => {
    const csv = writeCsv(['text', 'value'], [{ text: '=HYPERLINK("x")', value: -3.2 }], {
      safe: true,
      numericColumns: ['value'],
    });
    expect(csv).toBe('text,value\n"\'=HYPERLINK(""x"")",-3.2\n');
  });

  test('writeCsv in safe mode quotes a text cell holding a list separator', () => {
    const csv = writeCsv(['a', 'b'], [{ a: 'x;=1+1;', b: 'tab\there' }], { safe: true });
    expect(csv).toBe('a,b\n"x;\'=1+1;","tab\there"\n');
    expect(writeCsv(['a'], [{ a: 'x;y' }])).toBe('a\nx;y\n');
  });

  // Characters that make or hide formulas, and separators, in any mix.
  const hostileCell = fc
    .array(
      fc.constantFrom(
        ...['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '⁺', ';', ',', '\t', '\n', '\r'],
        ...[' ', '\u00A0', '\uFEFF', '\v', '\u200B', '\u3000', '"', "'", 'x', '1', 'SUM(A1)'],
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  test('no spreadsheet runs a formula from a safe CSV, read with , ; or tab, whole or by lines', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            a: hostileCell,
            n: fc.double({ noNaN: true, noDefaultInfinity: true }),
            b: hostileCell,
          }),
          {
            maxLength: 6,
          },
        ),
        (rows) => {
          const csv = writeCsv(['a', 'n', 'b'], rows, { safe: true, numericColumns: ['n'] });
          expect(formulaReadings(csv)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('safe mode changes a text cell only by inserting apostrophes, and numbers not at all', () => {
    fc.assert(
      fc.property(hostileCell, fc.double({ noNaN: true, noDefaultInfinity: true }), (a, n) => {
        const [, row] = values(
          writeCsv(['a', 'n'], [{ a, n }], { safe: true, numericColumns: ['n'] }),
        );
        expect(row![0]!.replace(/'/g, '')).toBe(a.replace(/'/g, ''));
        expect(row![1]).toBe(plainNumber(n));
      }),
    );
  });
});

describe('neutraliseFormula', () => {
  test.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['safe\n=cmd', "safe\n'=cmd"],
    ['safe\r\n@x', "safe\r\n'@x"],
    ['a = b', 'a = b'],
    ['', ''],
    ['more than 40', 'more than 40'],
    ['x;=1+1;', "x;'=1+1;"],
    ['x; @cmd', "x;' @cmd"],
    ['x;"=1', 'x;\'"=1'],
    ['a\t=1', "a\t'=1"],
    [' =1', "' =1"],
    ['\u00A0+1', "'\u00A0+1"],
    ['\uFEFF=1', "'\uFEFF=1"],
    ['\v-1', "'\v-1"],
    ['\u200B@x', "'\u200B@x"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['a\r\r=1', "a\r'\r'=1"],
    ['1;2;3', '1;2;3'],
    ['a; b', 'a; b'],
  ])('neutraliseFormula(%j) is %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe("runsAsFormula (the tests' spreadsheet oracle)", () => {
  test.each([
    ['=1', true],
    ['  ＝1', true],
    ['"@x', true],
    ['\tx', true],
    ['-3.2', false],
    ["'=1", false],
    ['a=1', false],
    ['', false],
  ])('runsAsFormula(%j) is %j', (cell, expected) => {
    expect(runsAsFormula(cell)).toBe(expected);
  });
});

describe('plainNumber', () => {
  test.each([
    [40, '40'],
    [-3.2, '-3.2'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e22, '-25000000000000000000000'],
  ])('plainNumber(%d) is %j', (n, expected) => {
    expect(plainNumber(n)).toBe(expected);
  });

  test('plainNumber reads back as the same number for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainNumber(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
