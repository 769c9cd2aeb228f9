/**
 * V8's garbage collector, called by the build where it knows better than
 * V8 when garbage is worth collecting (chart-files/worker.ts, embeds-plugin.ts).
 * `gc` is not exposed to a process started without --expose-gc; the flag
 * set at run time exposes it to contexts made afterwards.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');

/** A full collection by default; `minor`: the young generation only, a millisecond or two. */
export const collectGarbage = runInNewContext('gc') as (options?: {
  type: 'major' | 'minor';
}) => void;
