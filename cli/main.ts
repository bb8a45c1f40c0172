#!/usr/bin/env node
import { processIo } from './cliIo';
import { runCli } from './runCli';

// `lakesail-contract diff ... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
