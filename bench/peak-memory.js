// Preloaded into a measured process: reports at exit its peak resident
// memory and the CPU time of all its threads (user and system).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeSync(2, `\nPEAK_RSS_KB=${usage.maxRSS}\nCPU_MS=${Math.round(cpuMs)}\n`);
});
