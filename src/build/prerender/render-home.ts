/**
 * The fact sheet as the app renders it, as HTML: Svelte's server renderer
 * over the very App component, given the data and the chart code up front.
 * Runs inside a Vite module runner (the build's prerender), which compiles
 * the Svelte components for the server.
 */
import { render } from 'svelte/server';
import App from '../../app/App.svelte';
import PlotFigure from '../../app/components/PlotFigure.svelte';
import { chartsFor } from '../../charts/catalogue';
import type { Dataset } from '../../model/check/dataset';

export function renderHome(dataset: Dataset): { head: string; body: string } {
  return render(App, {
    props: { preloaded: { dataset, charts: { chartsFor, PlotFigure } }, hash: '' },
  });
}
