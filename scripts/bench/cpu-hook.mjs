// Preloaded into a measured child process (node --import): on exit, writes the process's own
// CPU time and peak memory to the file named by COPROD_BENCH_OUT. Where Linux shows threads
// (/proc), it adds the main thread's own CPU time: the rest is V8's helper threads compiling
// and collecting. It adds how much memory V8's young generation holds at the end, since that
// space only grows during a run.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import v8 from 'node:v8';

/** The main thread's user and system time, in ms; undefined where /proc is missing. */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5), counted from the state field; clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  writeFileSync(
    process.env.COPROD_BENCH_OUT,
    JSON.stringify({
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      maxRssKb: usage.maxRSS,
      mainCpuMs: mainThreadCpuMs(),
      youngKb: young === undefined ? undefined : young.space_size / 1024,
    }),
  );
});
