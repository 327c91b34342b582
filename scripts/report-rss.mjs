// Loaded with `node --import` by the benchmarks: prints the process's peak memory to stderr when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
