import { UsageError } from '../../core/errors';
import { ALL_CHECKS } from '../checks';
import type { Check } from '../model/check';
import { TOKEN_VARIABLES } from '../model/credentials';
import { checkInteger } from '../runner/checkInteger';
import { chooseSeed } from '../runner/chooseSeed';
import { type ConformanceOptions, DEFAULTS } from '../runner/conformanceOptions';
import { newRunId } from '../runner/runId';
import { jestArguments } from './jestArguments';
import type { JestTarget } from './jestConformanceOptions';

/** Everything `describeConformance` decides when it is called, before jest runs anything. */
export interface JestPlan {
  target: JestTarget;
  /** `runConformance`'s options but the target and the progress callback. */
  run: Omit<ConformanceOptions, 'target' | 'onProgress'> & {
    seed: number;
    runId: string;
    checks: readonly Check[];
  };
  reportJson?: string;
  reportHtml?: string;
  runTimeoutMs: number;
  /** jest's timeout of the hook that runs the kit: the run's limit, and time for it to stop after it. */
  hookTimeoutMs: number;
}

const DEFAULT_RUN_TIMEOUT_MS = 600_000;
const MAX_RUN_TIMEOUT_MS = 86_400_000;
/** Retry-After waits (2 of at most 10 s) and closing the target, on top of one request and one shrink. */
const STOP_MARGIN_MS = 45_000;

/**
 * The plan of a `describeConformance` call: its arguments split and checked, the tokens read from the
 * environment, the seed and run id chosen now (so the describe block's name says what replays the run).
 * Throws a UsageError for what is wrong with the call; the runner checks the rest when it starts.
 */
export function jestPlan(first: unknown, second: unknown, env: Record<string, string | undefined>): JestPlan {
  const { target, options } = jestArguments(first, second);
  const { reportJson, reportHtml, runTimeoutMs, token, forbiddenToken, ...rest } = options;
  const validToken =
    presentToken('token', token) ?? presentToken(TOKEN_VARIABLES.valid, env[TOKEN_VARIABLES.valid]);
  if (validToken === undefined) {
    throw new UsageError(`no token: set the token option or ${TOKEN_VARIABLES.valid}`);
  }
  const forbidden =
    presentToken('forbiddenToken', forbiddenToken) ??
    presentToken(TOKEN_VARIABLES.forbidden, env[TOKEN_VARIABLES.forbidden]);
  const limit = checkInteger('runTimeoutMs', runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS, 1, MAX_RUN_TIMEOUT_MS);
  const shrinkMs = numberOr(rest.shrinkTimeLimitMs, DEFAULTS.shrinkTimeLimitMs);
  const requestMs = numberOr(rest.timeoutMs, DEFAULTS.timeoutMs);
  return {
    target,
    run: {
      ...withoutUndefined(rest),
      token: validToken,
      ...(forbidden !== undefined ? { forbiddenToken: forbidden } : {}),
      seed: rest.seed ?? chooseSeed(undefined, env).seed,
      runId: rest.runId ?? newRunId(),
      checks: rest.checks ?? ALL_CHECKS,
    },
    ...(reportJson !== undefined ? { reportJson } : {}),
    ...(reportHtml !== undefined ? { reportHtml } : {}),
    runTimeoutMs: limit,
    hookTimeoutMs: limit + shrinkMs + 4 * requestMs + STOP_MARGIN_MS,
  };
}

/** A token given as `name`: undefined or empty means none; anything but a string is a usage error. */
function presentToken(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new UsageError(`${name} must be a string`);
  return value;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** An option given as `undefined` (from an unset variable) means its default. */
function withoutUndefined<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;
}
