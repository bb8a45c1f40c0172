#!/usr/bin/env node
import { Command } from 'commander';
import { createReferenceApp } from './createReferenceApp';
import { runServerCli } from './runServerCli';

/** `lakesail-reference-server`: the correct CreateUser server, for CI gates and manual tries. */
void runServerCli(
  new Command('reference-server').description(
    'the correct CreateUser server the conformance kit is tested against',
  ),
  () => ({ label: 'reference server', create: createReferenceApp }),
);
