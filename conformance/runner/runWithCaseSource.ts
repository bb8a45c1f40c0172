import { UsageError } from '../../core/errors';
import { packageVersion } from '../../core/packageRoot';
import type { Contract } from '../../core/spec/loadContract';
import type { ConformanceReport } from '../model/report';
import type { TestCase } from '../model/testCase';
import { createSecrets } from '../secrets/createSecrets';
import { redactStrings } from '../secrets/redactStrings';
import { resourceOperations } from '../sequences/resourceOperations';
import { openTarget, parseBaseUrl } from '../target/openTarget';
import { isAppTarget } from '../target/target';
import { waitForTarget } from '../target/waitForTarget';
import type { ConformanceOptions } from './conformanceOptions';
import { loadFixturesByOperation } from './loadFixturesByOperation';
import { loadKitSpec } from './loadKitSpec';
import { operationSummaries } from './operationSummaries';
import { NO_FORBIDDEN_TOKEN } from './planRun';
import { type PlanCases, planTestedOperations } from './planTestedOperations';
import { resolveConformanceOptions } from './resolveConformanceOptions';
import { runPlan } from './runPlan';
import { checkSequencesCover, selectOperations } from './selectOperations';

/** How cases are made: the case planner and the nonce (the runner's tests give stand-ins). */
export interface CaseSource {
  planCases: PlanCases;
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
  const secrets = createSecrets(options.token, forbiddenToken);
  const resolved = resolveConformanceOptions(options);
  const { seed, runs, runId, concurrency } = resolved;

  const spec = loadKitSpec(resolved.specPath, resolved.maxSpecBytes);
  const selections = selectOperations(spec, resolved.operations);
  const fixtures = loadFixturesByOperation(spec, resolved.fixturesPath);
  const tested = planTestedOperations(spec, selections, fixtures.byOperation, source.planCases);
  const { plan } = tested;
  const resources = resourceOperations(
    tested.contracts,
    selections.filter((selection) => selection.tested).map((selection) => selection.operation),
  );
  checkSequencesCover(selections, resources);
  const warnings: string[] = [...fixtures.warnings, ...plan.warnings];
  if (forbiddenToken === undefined) {
    warnings.push(NO_FORBIDDEN_TOKEN);
  }

  // After the spec is loaded (a server started at the same time boots meanwhile); an in-process app is up.
  if (resolved.waitForTargetMs > 0 && !isAppTarget(resolved.target)) {
    await waitForTarget(parseBaseUrl(resolved.target.baseUrl), resolved.waitForTargetMs);
  }
  const target = await openTarget(resolved.target, {
    operations: spec.operations,
    secrets,
    concurrency,
    maxResponseBytes: resolved.maxResponseBytes,
  });
  try {
    const result = await runPlan({
      spec,
      resources,
      fixtures: fixtures.byOperation,
      contractOf: tested.contractOf,
      plan,
      checks: resolved.checks,
      withNonce: source.withNonce,
      target,
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
      spec: spec.specPath,
      operations: operationSummaries(selections, result.requestsByOperation),
      startedAt: new Date(startedAt).toISOString(),
      durationMs: Date.now() - startedAt,
      requests: result.requests,
      runs,
      ...(result.clockOffsetMs !== undefined ? { clockOffsetMs: result.clockOffsetMs } : {}),
      checks: result.checkSummaries,
      violations: result.violations,
      warnings: [...warnings, ...result.warnings],
      ...(result.choices.length > 0 ? { choices: result.choices } : {}),
    };
    // Responses were redacted as they were recorded; this second pass covers every other string of the report.
    return redactStrings(report, secrets);
  } finally {
    await target.close();
  }
}
