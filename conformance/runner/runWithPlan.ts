import { UsageError } from '../../core/errors';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { packageVersion } from '../../core/packageRoot';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import type { CasePlan } from '../cases/planCases';
import { ALL_CHECKS, MIN_SECRET_LENGTH } from '../checks';
import { TOKEN_VARIABLES } from '../model/credentials';
import type { ConformanceReport } from '../model/report';
import type { TestCase } from '../model/testCase';
import { openTarget, parseBaseUrl } from '../target/openTarget';
import { isAppTarget } from '../target/target';
import { waitForTarget } from '../target/waitForTarget';
import { checkInteger } from './checkInteger';
import { chooseSeed, MAX_SEED } from './chooseSeed';
import { type ConformanceOptions, DEFAULTS, LIMITS } from './conformanceOptions';
import { medianClockOffset } from './medianClockOffset';
import { redactDeep, tokenSecrets } from './redact';
import { checkRunId, newRunId } from './runId';
import { NO_FORBIDDEN_TOKEN, runPlan } from './runPlan';

/** How cases are made: the case planner and the nonce (the runner's tests give stand-ins). */
export interface CaseSource {
  planCases(contract: Contract, fixtures: RequestFixture[]): CasePlan;
  withNonce(contract: Contract, testCase: TestCase, nonce: string): TestCase;
}

/** `runConformance` with the case source given: loads the contract, runs the plan, returns the redacted report. */
export async function runWithPlan(
  options: ConformanceOptions,
  source: CaseSource,
): Promise<ConformanceReport> {
  const startedAt = Date.now();
  if (typeof options.token !== 'string' || options.token === '') {
    throw new UsageError('no token: give a valid bearer token (--token, CONTRACT_TOKEN or the token option)');
  }
  const forbiddenToken = options.forbiddenToken === '' ? undefined : options.forbiddenToken;
  const seed =
    options.seed === undefined
      ? chooseSeed(undefined, process.env).seed
      : checkInteger('seed', options.seed, 0, MAX_SEED);
  const runs = checkInteger('runs', options.runs ?? DEFAULTS.runs, 0, LIMITS.runs);
  const timeoutMs = checkInteger('timeoutMs', options.timeoutMs ?? DEFAULTS.timeoutMs, 1, LIMITS.timeoutMs);
  const maxClockSkewMs = checkInteger(
    'maxClockSkewMs',
    options.maxClockSkewMs ?? DEFAULTS.maxClockSkewMs,
    0,
    LIMITS.maxClockSkewMs,
  );
  const concurrency = checkInteger(
    'concurrency',
    options.concurrency ?? DEFAULTS.concurrency,
    1,
    LIMITS.concurrency,
  );
  const shrinkTimeLimitMs = checkInteger(
    'shrinkTimeLimitMs',
    options.shrinkTimeLimitMs ?? DEFAULTS.shrinkTimeLimitMs,
    0,
    LIMITS.shrinkTimeLimitMs,
  );
  const waitForTargetMs = checkInteger(
    'waitForTargetMs',
    options.waitForTargetMs ?? DEFAULTS.waitForTargetMs,
    0,
    LIMITS.waitForTargetMs,
  );
  const runId = options.runId === undefined ? newRunId() : checkRunId(options.runId);
  const checks = options.checks ?? ALL_CHECKS;

  const contract = await loadContract(options.specPath);
  const plan = source.planCases(contract, loadFixtures(options.fixturesPath));
  const warnings: string[] = [...plan.warnings];
  const tokens = [
    { variable: TOKEN_VARIABLES.valid, value: options.token },
    { variable: TOKEN_VARIABLES.forbidden, value: forbiddenToken },
  ];
  for (const { variable, value } of tokens) {
    if (value !== undefined && value.length < MIN_SECRET_LENGTH) {
      warnings.push(
        `${variable} is shorter than ${MIN_SECRET_LENGTH} characters: no-token-leak does not look for it in responses (it is still hidden in this report)`,
      );
    }
  }
  if (forbiddenToken === undefined) {
    warnings.push(NO_FORBIDDEN_TOKEN);
  }

  // After the spec is loaded (a server started at the same time boots meanwhile); an in-process app is up.
  if (waitForTargetMs > 0 && !isAppTarget(options.target)) {
    await waitForTarget(parseBaseUrl(options.target.baseUrl), waitForTargetMs);
  }
  const target = await openTarget(options.target, {
    method: contract.operation.method,
    path: contract.operation.path,
    tokens: { token: options.token, ...(forbiddenToken !== undefined ? { forbiddenToken } : {}) },
    concurrency,
  });
  try {
    const result = await runPlan({
      contract,
      plan,
      checks,
      withNonce: source.withNonce,
      clockOffset: (exchanges) => medianClockOffset(exchanges, contract),
      target,
      secrets: [options.token, ...(forbiddenToken !== undefined ? [forbiddenToken] : [])],
      hasForbiddenToken: forbiddenToken !== undefined,
      seed,
      runs,
      runId,
      timeoutMs,
      maxClockSkewMs,
      concurrency,
      shrinkTimeLimitMs,
      ...(options.replayPath !== undefined
        ? {
            replay: {
              path: options.replayPath,
              ...(options.replayGroup ? { group: options.replayGroup } : {}),
            },
          }
        : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const report: ConformanceReport = {
      tool: { name: 'lakesail-contract', version: packageVersion() },
      verdict:
        result.checks.some((check) => check.failed > 0) || result.violations.length > 0 ? 'fail' : 'pass',
      seed,
      runId,
      target: target.label,
      spec: contract.specPath,
      operation: {
        operationId: contract.operation.operationId,
        method: contract.operation.method,
        path: contract.operation.path,
      },
      startedAt: new Date(startedAt).toISOString(),
      durationMs: Date.now() - startedAt,
      requests: result.requests,
      runs,
      ...(result.clockOffsetMs !== undefined ? { clockOffsetMs: result.clockOffsetMs } : {}),
      checks: result.checks,
      violations: result.violations,
      warnings: [...warnings, ...result.warnings],
    };
    // The whole report, so no field can carry a token out: recorded responses echoing it, messages, warnings.
    return redactDeep(report, tokenSecrets(options.token, forbiddenToken));
  } finally {
    await target.close();
  }
}
