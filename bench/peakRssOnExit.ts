import { writeSync } from 'node:fs';

/**
 * Loaded with `node --require` into a process a benchmark measures: as the process exits, it writes its peak
 * resident memory (kB, as the OS counts it) on stderr, where the benchmark reads it.
 */
process.on('exit', () => {
  writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
