import { UsageError } from '../../core/errors';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { packageVersion } from '../../core/packageRoot';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { MAX_SPEC_BYTES_LIMIT } from '../../core/spec/specLimits';
import type { CasePlan } from '../cases/planCases';
import { ALL_CHECKS } from '../checks';
import type { ConformanceReport } from '../model/report';
import type { TestCase } from '../model/testCase';
import { createSecrets } from '../secrets/createSecrets';
import { redactStrings } from '../secrets/redactStrings';
import { openTarget, parseBaseUrl } from '../target/openTarget';
import { isAppTarget } from '../target/target';
import { waitForTarget } from '../target/waitForTarget';
import { checkInteger } from './checkInteger';
import { chooseSeed, MAX_SEED } from './chooseSeed';
import { type ConformanceOptions, DEFAULTS, LIMITS } from './conformanceOptions';
import { medianClockOffset } from './medianClockOffset';
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
  const secrets = createSecrets(options.token, forbiddenToken);
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

  const maxSpecBytes =
    options.maxSpecBytes === undefined
      ? undefined
      : checkInteger('maxSpecBytes', options.maxSpecBytes, 1, MAX_SPEC_BYTES_LIMIT);
  const contract = await loadContract(options.specPath, 'CreateUser', maxSpecBytes ? { maxSpecBytes } : {});
  const plan = source.planCases(contract, loadFixtures(options.fixturesPath));
  const warnings: string[] = [...plan.warnings];
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
    secrets,
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
    // Responses were redacted as they were recorded; this second pass covers every other string of the report.
    return redactStrings(report, secrets);
  } finally {
    await target.close();
  }
}
