import { mount } from 'svelte';
import type { ComponentProps } from 'svelte';
import App from './App.svelte';
import { loadChartLibrary } from './data/charts';
import { loadDataset } from './data/load';
import './styles.css';

const target = document.getElementById('app')!;
// The fact sheet as the build rendered it (index.html), there to be read
// while the code loads; an inline script removes it when the URL asks for
// another view.
const prerendered = document.getElementById('prerendered');

function start(props: ComponentProps<typeof App> = {}) {
  prerendered?.remove();
  mount(App, { target, props });
}

if (prerendered) {
  // It stays until the app can show the same view complete, then is
  // replaced in one go: no "Loading…" in between, no chart missing a frame.
  Promise.all([loadDataset(), loadChartLibrary()]).then(
    ([dataset, charts]) => start({ preloaded: { dataset, charts } }),
    // The app tries again, and says what failed.
    () => start(),
  );
} else {
  start();
}
