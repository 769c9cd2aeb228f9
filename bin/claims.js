#!/usr/bin/env node
// The CLI is TypeScript. It runs from a build of its sources, made again
// whenever they change (src/cli/precompiled.js), so there is no build step
// between editing the shared claim model and running `npx claims`; when no
// build can be made, tsx compiles the sources on the fly.
import { precompiledEntry } from '../src/cli/precompiled.js';

const entry = await precompiledEntry('main');
let main;
if (entry) {
  ({ main } = await import(entry));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
