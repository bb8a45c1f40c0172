import { ALL_CHECKS } from '../../../conformance/checks';
import { DEFAULTS } from '../../../conformance/runner/conformanceOptions';
import type { RunPlanInput } from '../../../conformance/runner/planRun';
import { type PlanResult, runPlan } from '../../../conformance/runner/runPlan';
import { createSecrets } from '../../../conformance/secrets/createSecrets';
import { openTarget } from '../../../conformance/target/openTarget';
import type { Target } from '../../../conformance/target/target';
import { type Contract, loadContract } from '../../../core/spec/loadContract';
import { standInPlan, standInWithNonce } from './standIns';

export const TOKEN = 'test-token-0123456789';
export const FORBIDDEN_TOKEN = 'test-forbidden-0123456789';

let contract: Contract | undefined;
export async function theContract(): Promise<Contract> {
  contract ??= await loadContract();
  return contract;
}

/** Runs the stand-in plan with the real checks against `target`. */
export async function runStandIn(
  target: Target,
  overrides: Partial<RunPlanInput> & { forbiddenToken?: string | null } = {},
): Promise<PlanResult> {
  const loaded = await theContract();
  const forbiddenToken =
    overrides.forbiddenToken === null ? undefined : (overrides.forbiddenToken ?? FORBIDDEN_TOKEN);
  const concurrency = overrides.concurrency ?? 1;
  const maxResponseBytes = overrides.maxResponseBytes ?? DEFAULTS.maxResponseBytes;
  const open = await openTarget(target, {
    operations: [loaded.operation],
    secrets: createSecrets(TOKEN, forbiddenToken),
    concurrency,
    maxResponseBytes,
  });
  try {
    return await runPlan({
      spec: loaded,
      contractOf: () => loaded,
      plan: standInPlan(loaded),
      checks: ALL_CHECKS,
      withNonce: standInWithNonce,
      target: open,
      hasForbiddenToken: forbiddenToken !== undefined,
      seed: 42,
      runs: 10,
      runId: 'r1',
      timeoutMs: 2000,
      maxClockSkewMs: 60_000,
      maxResponseBytes,
      concurrency,
      shrinkTimeLimitMs: 10_000,
      ...overrides,
      resources: overrides.resources ?? [],
      fixtures: overrides.fixtures ?? new Map(),
    });
  } finally {
    await open.close();
  }
}
