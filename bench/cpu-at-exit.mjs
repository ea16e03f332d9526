// Preloaded with `node --import` by bench/compare-builds.ts --process-cpu: the process's own CPU
// time (all its threads, in microseconds) as it exits. /usr/bin/time counts in hundredths of a
// second, coarser than what a start-up change saves; this is read from the same run.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n__CPU_US__ ${user + system}\n`);
});
