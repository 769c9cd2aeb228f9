import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../src/model/format';
import { UNITS } from '../../src/model/schema';
import type { Unit } from '../../src/model/schema';
import { UNIT_LABELS } from '../../src/model/units';
import { UNIT_NAMES } from '../../src/charts/labels';

const exact = (value: number, unit: Unit) => formatFigure({ qualifier: 'exact', unit, value });

describe('formatFigure', () => {
  test.each([
    [128, 'gb', '128 GB'],
    [4_200_000, 'aud', 'A$4.2 million'],
    [6_300_000_000, 'gbp', '£6.3 billion'],
    [150, 'myr', 'RM150'],
    [38, 'celsius', '38°C'],
    [1_200, 'sq_ft', '1,200 sq ft'],
    [5, 'ghz', '5 GHz'],
    [2.12, 'gbp', '£2.12'],
    [0.25, 'percentage_points', '0.25 percentage points'],
    [7.1, 'magnitude', 'magnitude 7.1'],
    [40, 'people', '40'],
  ] as const)('formatFigure writes %s %s as "%s"', (value, unit, text) => {
    expect(exact(value, unit)).toBe(text);
  });

  test('formatFigure writes a range of a new unit with the unit once', () => {
    expect(formatFigure({ qualifier: 'range', unit: 'w', low: 3, high: 6 })).toBe('3–6 W');
    expect(formatFigure({ qualifier: 'more_than', unit: 'hkd', low: 3.2e9 })).toBe(
      'more than HK$3.2 billion',
    );
  });

  test('every unit of the schema has a name and a way to be written', () => {
    for (const unit of UNITS) {
      const label = UNIT_LABELS[unit];
      expect(label.name, unit).toMatch(/^[a-zA-Z]/);
      expect(UNIT_NAMES[unit]).toBe(label.name);
      const text = exact(12.5, unit);
      expect(text, unit).toContain('12.5');
      // A currency reads by its sign or code, and nothing else is written as money.
      if (label.currency) expect(text.startsWith('12.5'), unit).toBe(false);
    }
  });
});
