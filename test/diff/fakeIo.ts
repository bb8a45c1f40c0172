import type { CliIo } from '../../cli/cliIo';

/** A CliIo that keeps what the CLI writes. */
export function fakeIo(env: Record<string, string | undefined> = {}): CliIo & {
  stdoutText(): string;
  stderrText(): string;
} {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env,
    isTTY: false,
    stdoutText: () => out,
    stderrText: () => err,
  };
}
