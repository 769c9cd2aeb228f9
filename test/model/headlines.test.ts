import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../src/model';
import { headlinesByCategory } from '../../src/model/headlines';
import { CATEGORIES } from '../../src/model/schema';
import { claim } from '../charts/synthetic';

describe('headlinesByCategory', () => {
  test('one claim per measure, its first report, in order; categories in schema order', () => {
    const claims = [
      claim('a1', 'exact', { value: 1 }, { category: 'troops', measure: 'a' }),
      claim('b1', 'exact', { value: 2 }, { category: 'casualties', measure: 'b' }),
      claim('a2', 'exact', { value: 3 }, { category: 'troops', measure: 'a' }),
      claim('c1', 'exact', { value: 4 }, { category: 'troops', measure: 'c' }),
    ];
    const sections = headlinesByCategory(claims, 9);
    expect(sections.map((s) => s.category)).toEqual(
      CATEGORIES.filter((c) => c === 'troops' || c === 'casualties'),
    );
    const troops = sections.find((s) => s.category === 'troops')!;
    expect(troops.count).toBe(3);
    expect(troops.headline.map((c) => c.id)).toEqual(['a1', 'c1']);
    expect(troops.more).toBe(false);
  });

  test('agrees with grouping every claim, for any claims and limit', () => {
    const reference = (claims: Claim[], max: number) =>
      CATEGORIES.map((category) => {
        const inCategory = claims.filter((c) => c.category === category);
        const firsts = inCategory.filter(
          (c, i) => inCategory.findIndex((d) => d.measure === c.measure) === i,
        );
        return {
          category,
          count: inCategory.length,
          headline: firsts.slice(0, max),
          more: firsts.length > max,
        };
      }).filter((s) => s.count > 0);
    const drawn = fc.record({
      category: fc.constantFrom(...CATEGORIES),
      measure: fc.integer({ min: 0, max: 15 }),
    });
    fc.assert(
      fc.property(
        fc.array(drawn, { maxLength: 120 }),
        fc.integer({ min: 1, max: 10 }),
        (list, max) => {
          const claims = list.map(({ category, measure }, i) =>
            claim(`c-${i}`, 'exact', { value: i }, { category, measure: `m-${measure}` }),
          );
          expect(headlinesByCategory(claims, max)).toEqual(reference(claims, max));
        },
      ),
    );
  });
});
