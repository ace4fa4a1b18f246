// Preloaded into a measured process (node --import): reports its peak memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
