#!/usr/bin/env node
import { oneLine } from '../core/errors';
import { runMockCli } from './runMockCli';

/** The `npm run mock` entry: runs until SIGINT or SIGTERM, then closes every connection and exits 0. */
runMockCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (result) => {
    if ('exitCode' in result) {
      process.exitCode = result.exitCode;
      return;
    }
    let stopping = false;
    const stop = () => {
      // A second signal while closing stops at once.
      if (stopping) process.exit(0);
      stopping = true;
      result.mock.close().then(
        () => process.exit(0),
        () => process.exit(0),
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    process.stderr.write(`mock: ${oneLine(error)}\n`);
    process.exitCode = 1;
  },
);
