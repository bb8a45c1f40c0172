import path from 'node:path';
import { isFixtureError, isSpecError, isUsageError, oneLine } from '../core/errors';
import { EXIT } from '../core/exitCodes';
import { defaultSpecPath } from '../core/packageRoot';
import { parseMockArgs } from './parseMockArgs';
import { type RunningMock, startMock } from './startMock';

export interface MockCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * `npm run mock`: parses the options, starts the mock and prints one line with its URL. Resolves to the
 * running mock, or to an exit code when it cannot start (2: bad option or spec, 1: cannot listen).
 * It never exits the process itself.
 */
export async function runMockCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: MockCliIo,
): Promise<{ mock: RunningMock } | { exitCode: number }> {
  let args: ReturnType<typeof parseMockArgs>;
  try {
    args = parseMockArgs(argv, env);
  } catch (error) {
    io.stderr(`mock: ${oneLine(error)} (run with --help for usage)\n`);
    return { exitCode: EXIT.usage };
  }
  if (args.kind === 'print') {
    io.stdout(args.text);
    return { exitCode: EXIT.ok };
  }
  try {
    const mock = await startMock(args.options);
    const spec = path.relative(process.cwd(), path.resolve(args.options.specPath ?? defaultSpecPath()));
    io.stdout(`Mock of ${spec} listening on ${mock.url}\n`);
    return { mock };
  } catch (error) {
    if (isUsageError(error) || isSpecError(error) || isFixtureError(error)) {
      io.stderr(`mock: ${oneLine(error)}\n`);
      return { exitCode: EXIT.usage };
    }
    io.stderr(`mock: cannot start: ${oneLine(error)}\n`);
    return { exitCode: EXIT.failed };
  }
}
