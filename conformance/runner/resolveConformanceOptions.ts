import { UsageError } from '../../core/errors';
import { ALL_CHECKS } from '../checks';
import type { Check } from '../model/check';
import { parseBaseUrl } from '../target/openTarget';
import { isAppTarget, type Target } from '../target/target';
import { checkInteger } from './checkInteger';
import { chooseSeed } from './chooseSeed';
import { type ConformanceOptions, DEFAULTS, LIMITS } from './conformanceOptions';
import { checkRunId, newRunId } from './runId';

type NumericOption = keyof typeof LIMITS;

/** The options as a caller gives them (tokens aside): a CLI gives numbers as the text of its flags. */
export type ConformanceOptionsInput = Omit<ConformanceOptions, NumericOption | 'token' | 'forbiddenToken'> & {
  [Option in NumericOption]?: number | string;
};

/** Every option a run uses, each default filled in and each value checked. */
export interface ResolvedOptions {
  target: Target;
  seed: number;
  /** Where the seed came from: `--seed`, `random`, `commit 1b64009 (GITHUB_SHA)`, ... */
  seedSource: string;
  runs: number;
  runId: string;
  timeoutMs: number;
  maxClockSkewMs: number;
  concurrency: number;
  shrinkTimeLimitMs: number;
  maxResponseBytes: number;
  waitForTargetMs: number;
  operations?: readonly string[];
  specPath?: string;
  maxSpecBytes?: number;
  fixturesPath?: string;
  replayPath?: string;
  replayGroup?: string;
  checks: readonly Check[];
}

/** The name an error gives an option: the library's own (`runs`) unless the caller maps it (`--runs`). */
export type OptionName = (option: keyof ConformanceOptions) => string;

/**
 * The one place the kit's options get their defaults and are checked, for the library, the CLI and the jest
 * adapter alike: a bad value is a one-line UsageError naming the option as `name` spells it, before anything
 * is sent. A missing seed is chosen here (derived from the commit in CI, `env`), a missing run id made up.
 */
export function resolveConformanceOptions(
  options: ConformanceOptionsInput,
  env: Record<string, string | undefined> = process.env,
  name: OptionName = (option) => option,
): ResolvedOptions {
  const integer = (option: NumericOption, value: unknown) =>
    checkInteger(name(option), value, LIMITS[option].min, LIMITS[option].max);
  const withDefault = (option: keyof typeof DEFAULTS) => integer(option, options[option] ?? DEFAULTS[option]);
  if (!isAppTarget(options.target)) parseBaseUrl(options.target.baseUrl, name('target'));
  const seedChoice = chooseSeed(options.seed === undefined ? undefined : integer('seed', options.seed), env);
  if (options.replayPath !== undefined && !/^\d+(:\d+)*$/.test(options.replayPath)) {
    throw new UsageError(`${name('replayPath')} must look like 3 or 3:1:0, got '${options.replayPath}'`);
  }
  if (options.replayGroup !== undefined && options.replayPath === undefined) {
    throw new UsageError(`${name('replayGroup')} needs ${name('replayPath')}`);
  }
  return {
    target: options.target,
    seed: seedChoice.seed,
    seedSource: seedChoice.source,
    runs: withDefault('runs'),
    runId: options.runId === undefined ? newRunId() : checkRunId(options.runId, name('runId')),
    timeoutMs: withDefault('timeoutMs'),
    maxClockSkewMs: withDefault('maxClockSkewMs'),
    concurrency: withDefault('concurrency'),
    shrinkTimeLimitMs: withDefault('shrinkTimeLimitMs'),
    maxResponseBytes: withDefault('maxResponseBytes'),
    waitForTargetMs: withDefault('waitForTargetMs'),
    ...(options.operations !== undefined
      ? { operations: operationIds(options.operations, name('operations')) }
      : {}),
    ...(options.specPath !== undefined ? { specPath: options.specPath } : {}),
    ...(options.maxSpecBytes !== undefined
      ? { maxSpecBytes: integer('maxSpecBytes', options.maxSpecBytes) }
      : {}),
    ...(options.fixturesPath !== undefined ? { fixturesPath: options.fixturesPath } : {}),
    ...(options.replayPath !== undefined ? { replayPath: options.replayPath } : {}),
    ...(options.replayGroup !== undefined ? { replayGroup: options.replayGroup } : {}),
    checks: options.checks ?? ALL_CHECKS,
  };
}

/** A non-empty list of operationIds, each once. */
function operationIds(value: unknown, name: string): readonly string[] {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((id) => typeof id === 'string' && id !== '')
  ) {
    throw new UsageError(`${name} must be a non-empty list of operationIds, e.g. CreateUser,DescribeUser`);
  }
  return [...new Set(value as string[])];
}
