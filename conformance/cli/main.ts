#!/usr/bin/env node
import { processIo } from './cliIo';
import { runCli } from './runCli';

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
