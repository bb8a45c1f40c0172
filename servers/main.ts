#!/usr/bin/env node
import { Command } from 'commander';
import { createReferenceApp } from './createReferenceApp';
import { runServerCli } from './runServerCli';

/** `lakesail-reference-server`: the correct users server, for CI gates and manual tries. */
void runServerCli(
  new Command('reference-server').description(
    'the correct users server (CreateUser, DescribeUser, UpdateUser) the conformance kit is tested against',
  ),
  () => ({ label: 'reference server', create: createReferenceApp }),
);
