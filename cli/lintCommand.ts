import type { Command } from 'commander';
import type { CliIo } from './cliIo';
import { MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP } from './maxSpecBytes';
import type { LintFlags } from './runLint';

/** `lakesail-contract lint`: the spec checks, as a gate step. */
export function registerLintCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('lint')
    .description(
      'check the spec: valid OpenAPI 3.1, every example matches its schema, x-lakesail-* declarations well-formed, every fixture states the truth',
    )
    .option('--spec <file>', 'the OpenAPI spec to check (default: the spec shipped with the kit)')
    .option(
      '--fixtures <file-or-folder>',
      'the curated requests to check against the spec: a fixtures file, or a folder of them (default: the ones shipped with the kit); a file for an operation the spec lacks is skipped',
    )
    .option('--no-fixtures', 'do not check fixtures')
    .option(MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP)
    .action(async (flags: LintFlags) => {
      // Loaded when `lint` runs: `check`, which never lints, does not pay for loading the lint face.
      const { runLint } = require('./runLint') as typeof import('./runLint');
      setExitCode(await runLint(flags, io));
    });
}
