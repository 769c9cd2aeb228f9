// A worker thread starts without the TypeScript loader the build registered:
// register it here, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
