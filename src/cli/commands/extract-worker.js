// A worker thread starts without the CLI's modules: it loads the worker from
// the build the CLI runs from (src/cli/precompiled.js), or, when the CLI runs
// its sources, registers tsx and loads the worker's source.
import { precompiledEntry } from '../precompiled.js';

const entry = await precompiledEntry('extract-worker', { build: false });
if (entry) {
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./extract-worker.ts');
}
