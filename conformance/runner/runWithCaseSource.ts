import { UsageError } from '../../core/errors';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { packageVersion } from '../../core/packageRoot';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import type { CasePlan } from '../cases/planCases';
import { MIN_SECRET_LENGTH } from '../checks';
import { TOKEN_VARIABLES } from '../model/credentials';
import type { ConformanceReport } from '../model/report';
import type { TestCase } from '../model/testCase';
import { openTarget } from '../target/openTarget';
import type { ConformanceOptions } from './conformanceOptions';
import { NO_FORBIDDEN_TOKEN } from './planRun';
import { redactDeep, tokenSecrets } from './redact';
import { resolveConformanceOptions } from './resolveConformanceOptions';
import { runPlan } from './runPlan';

/** How cases are made: the case planner and the nonce (the runner's tests give stand-ins). */
export interface CaseSource {
  planCases(contract: Contract, fixtures: RequestFixture[]): CasePlan;
  withNonce(contract: Contract, testCase: TestCase, nonce: string): TestCase;
}

/**
 * `runConformance` with the source of its cases given (the runner's tests give stand-ins): checks the options,
 * loads the contract, plans the cases, runs them and returns the redacted report.
 */
export async function runWithCaseSource(
  options: ConformanceOptions,
  source: CaseSource,
): Promise<ConformanceReport> {
  const startedAt = Date.now();
  if (typeof options.token !== 'string' || options.token === '') {
    throw new UsageError('no token: give a valid bearer token (--token, CONTRACT_TOKEN or the token option)');
  }
  const forbiddenToken = options.forbiddenToken === '' ? undefined : options.forbiddenToken;
  const resolved = resolveConformanceOptions(options);
  const { seed, runs, runId, concurrency } = resolved;

  const contract = await loadContract(resolved.specPath);
  const plan = source.planCases(contract, loadFixtures(resolved.fixturesPath));
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

  const target = await openTarget(resolved.target, {
    method: contract.operation.method,
    path: contract.operation.path,
    tokens: { token: options.token, ...(forbiddenToken !== undefined ? { forbiddenToken } : {}) },
    concurrency,
    maxResponseBytes: resolved.maxResponseBytes,
  });
  try {
    const result = await runPlan({
      contract,
      plan,
      checks: resolved.checks,
      withNonce: source.withNonce,
      target,
      secrets: [options.token, ...(forbiddenToken !== undefined ? [forbiddenToken] : [])],
      hasForbiddenToken: forbiddenToken !== undefined,
      seed,
      runs,
      runId,
      timeoutMs: resolved.timeoutMs,
      maxClockSkewMs: resolved.maxClockSkewMs,
      maxResponseBytes: resolved.maxResponseBytes,
      concurrency,
      shrinkTimeLimitMs: resolved.shrinkTimeLimitMs,
      ...(resolved.replayPath !== undefined
        ? {
            replay: {
              path: resolved.replayPath,
              ...(resolved.replayGroup ? { group: resolved.replayGroup } : {}),
            },
          }
        : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const report: ConformanceReport = {
      tool: { name: 'lakesail-contract', version: packageVersion() },
      verdict:
        result.checkSummaries.some((check) => check.failed > 0) || result.violations.length > 0
          ? 'fail'
          : 'pass',
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
      checks: result.checkSummaries,
      violations: result.violations,
      warnings: [...warnings, ...result.warnings],
    };
    // The whole report, so no field can carry a token out: recorded responses echoing it, messages, warnings.
    return redactDeep(report, tokenSecrets(options.token, forbiddenToken));
  } finally {
    await target.close();
  }
}
