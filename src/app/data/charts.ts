/**
 * The chart code: Plot, d3 and the PlotFigure component are most of the
 * dashboard's JavaScript, so they load after the first view.
 */
import type { chartsFor } from '../../charts/catalogue';
import type PlotFigure from '../components/PlotFigure.svelte';

export interface ChartLibrary {
  chartsFor: typeof chartsFor;
  PlotFigure: typeof PlotFigure;
}

export async function loadChartLibrary(): Promise<ChartLibrary> {
  const [library, figure] = await Promise.all([
    import('../../charts/catalogue'),
    import('../components/PlotFigure.svelte'),
  ]);
  return {
    chartsFor: library.chartsFor,
    PlotFigure: figure.default,
  };
}
