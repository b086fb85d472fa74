/**
 * Preloaded (node --import) into a command the bench measures: prints, as the
 * process exits, one JSON line with its peak resident memory (worker threads
 * included: they share the process) and its CPU time, user and system.
 */
process.on('exit', () => {
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
