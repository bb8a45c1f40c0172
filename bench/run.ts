#!/usr/bin/env node
import { oneLine } from '../core/errors';
import { runCliBench } from './cliBench';
import { runKitBench } from './kitBench';
import { runMockBench } from './mockBench';

/** `npm run bench`: each benchmark in turn; numbers vary by machine, so read the ratios. */
async function main(): Promise<void> {
  await runMockBench();
  await runKitBench();
  await runCliBench();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${oneLine(error)}\n`);
  process.exitCode = 1;
});
