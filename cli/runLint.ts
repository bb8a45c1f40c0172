import { EXIT } from '../core/exitCodes';
import { formatLintProblem } from '../lint/lintProblem';
import { lintSpec } from '../lint/lintSpec';
import type { CliIo } from './cliIo';
import { maxSpecBytesOption } from './maxSpecBytes';

/** The flags of `lint`, as commander gives them. */
export interface LintFlags {
  spec?: string;
  fixtures?: string | boolean;
  maxSpecBytes?: string;
}

/** `lakesail-contract lint` with its flags: prints what it checked and each problem; resolves to the exit code. */
export async function runLint(flags: LintFlags, io: CliIo): Promise<number> {
  const result = await lintSpec({
    ...(flags.spec ? { specPath: flags.spec } : {}),
    ...maxSpecBytesOption(flags.maxSpecBytes),
    fixturesPath:
      flags.fixtures === false ? false : typeof flags.fixtures === 'string' ? flags.fixtures : undefined,
  });
  for (const line of result.checked) io.stdout(`checked ${line}\n`);
  for (const problem of result.problems) io.stderr(`${formatLintProblem(problem)}\n`);
  if (result.problems.length === 0) {
    io.stdout('lint passed: no problems\n');
    return EXIT.ok;
  }
  io.stderr(`lint failed: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`);
  return EXIT.failed;
}
