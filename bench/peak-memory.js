// Preloaded into a measured process: reports its peak resident memory at exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
