import type { ConformanceOptions } from '../runner/conformanceOptions';
import type { Target } from '../target/target';

/**
 * `describeConformance`'s options: those of `runConformance` (but `target`, which is the first argument, and
 * `onProgress`), with the tokens read from the environment by default. Each may also be `undefined`, as from
 * `process.env`, meaning the default.
 */
export interface JestConformanceOptions
  extends Omit<ConformanceOptions, 'target' | 'token' | 'forbiddenToken' | 'onProgress'> {
  /** A valid bearer token. Default: `CONTRACT_TOKEN`; with neither, the file fails with one test saying so. */
  token?: string | undefined;
  /** Default: `CONTRACT_FORBIDDEN_TOKEN`; without it the 403 cases are reported as a skipped test. */
  forbiddenToken?: string | undefined;
  /** Also write the JSON report here (tokens redacted). */
  reportJson?: string | undefined;
  /** Also write the HTML report here: one self-contained page to open in a browser (tokens redacted). */
  reportHtml?: string | undefined;
  /** The run stops after this long and its test fails (jest's hook timeout is set above it). Default 10 minutes. */
  runTimeoutMs?: number | undefined;
}

/** What `describeConformance` tests: a target, or a function (maybe async) that builds it, called in `beforeAll`. */
export type JestTarget = Target | (() => Target | Promise<Target>);

/** Every option (the type check fails when one is missing): a plain-JS caller's typo gets named, not ignored. */
const OPTIONS: Record<keyof JestConformanceOptions, true> = {
  token: true,
  forbiddenToken: true,
  seed: true,
  runs: true,
  runId: true,
  timeoutMs: true,
  maxClockSkewMs: true,
  concurrency: true,
  maxResponseBytes: true,
  operations: true,
  specPath: true,
  maxSpecBytes: true,
  waitForTargetMs: true,
  fixturesPath: true,
  replayPath: true,
  replayGroup: true,
  shrinkTimeLimitMs: true,
  checks: true,
  reportJson: true,
  reportHtml: true,
  runTimeoutMs: true,
};

export const JEST_OPTION_NAMES: readonly string[] = Object.keys(OPTIONS);
