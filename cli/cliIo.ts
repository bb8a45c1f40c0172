/** Where the CLI writes and what it reads from its environment; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (colours and progress are only for terminals). */
  isTTY: boolean;
  /**
   * When the process started (epoch ms): a run's printed duration then counts from it, start-up included, as
   * the wall clock does. Absent (the CLI run inside another process, as in tests): from the run's own start.
   */
  startedAt?: number;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    startedAt: performance.timeOrigin,
  };
}
