/**
 * What a worker thread needs to draw one chart: the claims, articles and
 * measures the chart is made of, small enough to post, from which the
 * catalogue (src/charts/catalogue.ts) makes that chart again, the same as
 * from the whole dataset. A measure's chart depends on that measure's claims
 * alone; an overview on its group of the fact sheet, which comes along.
 */
import { chartSpecs, chartsFor } from '../../charts/catalogue';
import type { ChartSpec } from '../../charts/types';
import type { Claim, Measure, Source } from '../../model/claim';
import type { Dataset } from '../../model/check/dataset';
import { factSheet, overviewGroups } from '../../model/fact-sheet';
import type { OverviewGroup } from '../../model/fact-sheet';
import { byId, groupByMeasure, measureReports } from '../../model/measures';

export interface ChartRecipe {
  /** The chart's id, to check the chart made from the recipe. */
  id: string;
  /** A measure's claims (every unit): empty for an overview. */
  claims: Claim[];
  /** The overview's group of measures: none for a measure's chart. */
  overview?: OverviewGroup;
  /** The articles and measures the claims cite. */
  sources: Source[];
  measures: Measure[];
}

/** Every chart of the dataset, in the catalogue's order, with its recipe. */
export function* chartRecipes(dataset: Dataset): Generator<[ChartSpec, ChartRecipe]> {
  const sources = byId(dataset.sources);
  const measures = byId(dataset.measures);
  // The overviews as chartsFor makes them, kept to hand each one to its chart.
  const byMeasure = groupByMeasure(dataset.claims);
  const overviews = overviewGroups(
    factSheet(byMeasure, measureReports(dataset.claims, measures, sources), measures, sources)
      .sections,
  );
  let overview = 0;
  // One chart at a time: the build's thousands of specs are never all held at once.
  for (const spec of chartSpecs(dataset.claims, dataset, { byMeasure, overviews })) {
    const group = spec.kind === 'category' ? overviews[overview++] : undefined;
    // A measure chart's claims share their measure; an overview's are its entries'.
    const claims = group ? [] : byMeasure.get(spec.claims[0]!.measure)!;
    const cited = group
      ? group.entries.flatMap((e) => [e.headline, ...e.shown, ...(e.reports?.claims ?? [])])
      : claims;
    const recipe: ChartRecipe = {
      id: spec.id,
      claims,
      ...(group ? { overview: group } : {}),
      sources: referenced(
        cited.map((c) => c.source_id),
        sources,
      ),
      measures: referenced(
        group ? group.entries.map((e) => e.id) : cited.map((c) => c.measure),
        measures,
      ),
    };
    yield [spec, recipe];
  }
}

/** The chart of a recipe: the one chartsFor made of the whole dataset. */
export function chartOfRecipe(recipe: ChartRecipe): ChartSpec {
  const [spec, ...more] = recipe.overview
    ? chartsFor([], recipe, { byMeasure: new Map(), overviews: [recipe.overview] })
    : chartsFor(recipe.claims, recipe, { overviews: [] });
  if (!spec || more.length > 0 || spec.id !== recipe.id) {
    throw new Error(`the chart ${recipe.id} could not be made again from its claims`);
  }
  return spec;
}

function referenced<T>(ids: string[], all: ReadonlyMap<string, T>): T[] {
  return [...new Set(ids)].flatMap((id) => {
    const item = all.get(id);
    return item ? [item] : [];
  });
}
