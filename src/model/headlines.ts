/**
 * The fact sheet's headline figures: per category, one claim per measure
 * (its first report among the claims given), in order of appearance.
 */
import type { Claim } from './claim';
import { CATEGORIES } from './schema';
import type { Category } from './schema';

export interface CategoryHeadlines {
  category: Category;
  /** Claims of the category. */
  count: number;
  /** At most `max` claims, of distinct measures. */
  headline: Claim[];
  /** Whether the category has more measures than `headline` shows. */
  more: boolean;
}

/**
 * The categories that have claims, in the schema's order. One pass, and at
 * most `max` + 1 measures remembered per category: the dashboard runs this on
 * every keystroke over up to 100,000 claims.
 */
export function headlinesByCategory(claims: readonly Claim[], max: number): CategoryHeadlines[] {
  const byCategory = new Map<Category, { count: number; first: Claim[] }>();
  for (const claim of claims) {
    let section = byCategory.get(claim.category);
    if (!section) byCategory.set(claim.category, (section = { count: 0, first: [] }));
    section.count++;
    // One more than shown, to know there are more.
    const { first } = section;
    if (first.length <= max && !first.some((c) => c.measure === claim.measure)) first.push(claim);
  }
  return CATEGORIES.flatMap((category) => {
    const section = byCategory.get(category);
    if (!section) return [];
    const { count, first } = section;
    return [{ category, count, headline: first.slice(0, max), more: first.length > max }];
  });
}
