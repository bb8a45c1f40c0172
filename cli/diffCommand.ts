import type { Command } from 'commander';
import type { CliIo } from './cliIo';
import { MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP } from './maxSpecBytes';
import type { DiffFlags } from './runDiff';

/** `lakesail-contract diff`: the breaking-change gate between two versions of the spec. */
export function registerDiffCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('diff')
    .description(
      'label every change between two versions of the spec with whom it breaks (clients, servers, both) or safe; exit 1 when anything breaks',
    )
    .requiredOption('--base <file>', "the old spec (e.g. the main branch's)")
    .requiredOption('--head <file>', 'the new spec')
    .option('--report-json <file>', 'write the labelled changes as JSON')
    .option(MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP)
    .action(async (flags: DiffFlags) => {
      // Loaded when `diff` runs: `check`, which never diffs, does not pay for loading the diff face.
      const { runDiff } = require('./runDiff') as typeof import('./runDiff');
      setExitCode(await runDiff(flags, io));
    });
}
