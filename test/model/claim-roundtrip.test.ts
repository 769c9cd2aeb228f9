import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Claim } from '../../src/model/claim';
import { CATEGORIES, CLAIM_COLUMNS, QUALIFIERS, resource, UNITS } from '../../src/model/schema';
import { readTable } from '../../src/model/check/table';
import { writeCsv } from '../../src/model/csv/write';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
// Any text a cell can hold: commas, quotes, line breaks, emoji, <script>.
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const optionalText = fc.oneof(fc.constant(''), text);
const number = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined });

const claim: fc.Arbitrary<Claim> = fc.record({
  id: slug,
  category: fc.constantFrom(...CATEGORIES),
  subject: text,
  measure: slug,
  value: number,
  low: number,
  high: number,
  qualifier: fc.constantFrom(...QUALIFIERS),
  unit: fc.constantFrom(...UNITS),
  place: optionalText,
  as_of: fc.constantFrom('', '2016', '2016-02', '2016-02-19'),
  source_id: slug,
  quote: text,
  mention: text,
  attributed_to: optionalText,
  note: optionalText,
});

test('writeCsv then readTable gives back any claim', () => {
  fc.assert(
    fc.property(fc.uniqueArray(claim, { selector: (c) => c.id, maxLength: 5 }), (claims) => {
      const csv = writeCsv(
        CLAIM_COLUMNS,
        claims as unknown as Record<string, string | number | undefined>[],
      );
      const table = readTable('claims.csv', csv, resource('claims'));
      expect(table.problems).toEqual([]);
      const read = table.rows.map((r) => ({ ...r.record }));
      // -0 is written as 0, which is the same figure.
      const expected = claims.map((c) => ({
        ...c,
        value: c.value === 0 ? 0 : c.value,
        low: c.low === 0 ? 0 : c.low,
        high: c.high === 0 ? 0 : c.high,
      }));
      expect(read).toEqual(expected);
    }),
  );
});
