#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so there is no build step
// between editing the shared claim model and running `npx claims`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
