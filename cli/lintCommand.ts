import type { Command } from 'commander';
import { EXIT } from '../core/exitCodes';
import { formatLintProblem } from '../lint/lintProblem';
import { lintSpec } from '../lint/lintSpec';
import type { CliIo } from './cliIo';
import { MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP, maxSpecBytesOption } from './maxSpecBytes';

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
    .action(async (options: { spec?: string; fixtures?: string | boolean; maxSpecBytes?: string }) => {
      const result = await lintSpec({
        ...(options.spec ? { specPath: options.spec } : {}),
        ...maxSpecBytesOption(options.maxSpecBytes),
        fixturesPath:
          options.fixtures === false
            ? false
            : typeof options.fixtures === 'string'
              ? options.fixtures
              : undefined,
      });
      for (const line of result.checked) io.stdout(`checked ${line}\n`);
      for (const problem of result.problems) io.stderr(`${formatLintProblem(problem)}\n`);
      if (result.problems.length > 0) {
        io.stderr(
          `lint failed: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`,
        );
        setExitCode(EXIT.failed);
      } else {
        io.stdout('lint passed: no problems\n');
        setExitCode(EXIT.ok);
      }
    });
}
