import { Command, CommanderError } from 'commander';
import { isFixtureError, isSpecError, isUsageError, oneLine } from '../core/errors';
import { EXIT } from '../core/exitCodes';
import { packageVersion } from '../core/packageRoot';
import { registerCheckCommand } from './checkCommand';
import type { CliIo } from './cliIo';
import { registerDiffCommand } from './diffCommand';
import { registerLintCommand } from './lintCommand';

/** Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code; it never exits itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  const program = new Command('lakesail-contract')
    .description('Contract kit for the LakeSail org API: spec lint, conformance checks, breaking-change diff')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  // Every subcommand is listed here, explicitly.
  registerLintCommand(program, io, setExitCode);
  registerCheckCommand(program, io, setExitCode);
  registerDiffCommand(program, io, setExitCode);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; anything else commander refuses is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isUsageError(error) || isSpecError(error) || isFixtureError(error)) {
      io.stderr(`lakesail-contract: ${oneLine(error)}\n`);
      return EXIT.usage;
    }
    io.stderr(`lakesail-contract: internal error: ${oneLine(error)}\n`);
    return EXIT.usage;
  }
}
