// Preloaded into a measured child process (node --import): on exit, writes the process's own
// CPU time and peak memory to the file named by COPROD_BENCH_OUT.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(
    process.env.COPROD_BENCH_OUT,
    JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }),
  );
});
