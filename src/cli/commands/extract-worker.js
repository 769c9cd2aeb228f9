// A worker thread starts without the TypeScript loader the CLI registered in
// bin/claims.js: register it here, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
