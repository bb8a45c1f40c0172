#!/usr/bin/env node
import { Command } from 'commander';
import { brokenServer } from './broken';
import { createReferenceApp } from './createReferenceApp';
import { hostileServer } from './hostile';
import { runServerCli } from './runServerCli';

/**
 * The proof servers as processes, for this repository's tests and docs/proof.md: the reference server, or with
 * `--variant NAME` a broken server of servers/broken/ or a hostile one of servers/hostile/. Test scaffolding:
 * not in the package.
 */
void runServerCli(
  new Command('proof-server')
    .description('the reference server, or a broken variation of it (proof-of-power tests)')
    .option(
      '--variant <name>',
      'run a broken server of servers/broken/ or a hostile one of servers/hostile/',
    ),
  (options) => {
    if (typeof options.variant !== 'string') return { label: 'reference server', create: createReferenceApp };
    const hostile = hostileServer(options.variant);
    if (hostile) return { label: `hostile server ${hostile.name}`, create: hostile.create };
    const variant = brokenServer(options.variant);
    return { label: `broken server ${variant.name}`, create: variant.create };
  },
);
