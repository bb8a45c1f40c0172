import { UsageError } from '../../core/errors';
import type { CaseGroup } from '../cases/planCases';
import type { ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Replay } from '../model/report';
import type { TestCase } from '../model/testCase';
import type { Violation } from '../model/violation';
import { createFirstFailures, type FirstFailures } from './createFirstFailures';
import { caseAtPath, generateCases } from './generateCases';
import { NO_FORBIDDEN_TOKEN, type PlanRun } from './planRun';
import { sendCases } from './sendCases';
import { shrinkFailure } from './shrinkFailure';

/** A check's first failure of one cause in a group, kept until the group is sent so that it can be shrunk. */
interface FirstFailure {
  runIndex: number;
  exchange: Exchange;
  violations: Violation[];
}

/**
 * Phase 2, for one generated group: `runs` cases of its arbitrary (or the one `--path` replays), then each
 * distinct cause of each exchange check that failed is shrunk separately from its first failure to a minimal
 * request. Run checks report their first failure in the group as it is (a repeat depends on the run's history:
 * no shrinking).
 */
export async function runGeneratedGroup(run: PlanRun, group: CaseGroup): Promise<void> {
  const { input, evaluator } = run;
  const cases = input.replay
    ? [replayCase(group, input.seed, input.replay.path)]
    : generateCases(group.arbitrary, input.seed, input.runs);
  if (group.credentials === 'forbidden' && !input.hasForbiddenToken) {
    for (const testCase of cases) evaluator.notSent(testCase, NO_FORBIDDEN_TOKEN);
    return;
  }
  const firstFailures = await sendGroup(run, group, cases);
  for (const check of input.checks) {
    const failures = firstFailures.of(check.id);
    if (failures.length === 0 || check.kind !== 'exchange') continue;
    if (!run.violations.claim(partitionOf(group), check.id)) continue;
    for (const { cause, failure } of failures) {
      const shrunk = await shrink(run, group, { check, cause }, failure);
      const shown = shrunk ?? { ...failure, path: pathOf(run, failure.runIndex) };
      run.violations.add(shown.exchange, shown.violations, replayOf(run, group, shown.path, shown.exchange));
    }
  }
}

/**
 * Sends the group's cases, judging each exchange: run checks report at once, exchange checks keep the first
 * failure of each cause.
 */
async function sendGroup(
  run: PlanRun,
  group: CaseGroup,
  cases: readonly TestCase[],
): Promise<FirstFailures<FirstFailure>> {
  const { input, evaluator, violations } = run;
  const firstFailures = createFirstFailures<FirstFailure>();
  const progress = { phase: input.replay ? ('replay' as const) : ('generated' as const), label: group.name };
  await sendCases(run, cases, progress, (exchange, runIndex) => {
    if (exchange === undefined) {
      evaluator.notSent(cases[runIndex] as TestCase, run.sender.stopped() ?? '');
      return;
    }
    for (const [checkId, found] of evaluator.evaluate(exchange)) {
      if (isExchangeCheck(run, checkId)) {
        firstFailures.keep(checkId, { runIndex, exchange, violations: found });
      } else if (violations.claim(partitionOf(group), checkId)) {
        violations.add(exchange, found, replayOf(run, group, pathOf(run, runIndex), exchange));
      }
    }
  });
  return firstFailures;
}

/** A group's violations are reported once per check and cause (shrunk separately, so each is minimal). */
function partitionOf(group: CaseGroup): string {
  return `group ${group.name}`;
}

/** The fast-check path of run `runIndex`, or the one being replayed. */
function pathOf(run: PlanRun, runIndex: number): string {
  return run.input.replay?.path ?? String(runIndex);
}

/**
 * The smallest request that still fails `check` for `cause`, unless shrinking is off, replaying, or the run has
 * stopped.
 */
async function shrink(
  run: PlanRun,
  group: CaseGroup,
  { check, cause }: { check: ExchangeCheck; cause: string },
  failure: FirstFailure,
) {
  const { input, sender } = run;
  if (input.replay || sender.stopped() !== undefined || input.shrinkTimeLimitMs <= 0) return undefined;
  input.onProgress?.({ phase: 'shrinking', label: check.id, done: 0, total: 1, requests: sender.requests() });
  const shrunk = await shrinkFailure({
    arbitrary: group.arbitrary,
    check,
    cause,
    seed: input.seed,
    runs: input.runs,
    runIndex: failure.runIndex,
    timeLimitMs: input.shrinkTimeLimitMs,
    context: run.context,
    send: async (testCase) => {
      const exchange = await sender.send(testCase);
      // The run stopped here: that is a finding of its own, whatever is being shrunk.
      if (exchange?.outcome.kind === 'rate-limited') reportGiveUp(run, group, exchange);
      return exchange?.outcome.kind === 'rate-limited' ? undefined : exchange;
    },
  });
  if (shrunk?.interrupted) {
    run.warnings.push(
      `shrinking ${check.id} (${group.name}) stopped after ${input.shrinkTimeLimitMs} ms: its request may not be minimal`,
    );
  }
  return shrunk;
}

function reportGiveUp(run: PlanRun, group: CaseGroup, exchange: Exchange): void {
  const found = run.evaluator.evaluate(exchange);
  for (const [checkId, violations] of found) {
    if (run.violations.claim(partitionOf(group), checkId)) {
      const { seed, runId } = run.input;
      run.violations.add(exchange, violations, { seed, runId, case: exchange.testCase.label });
    }
  }
}

function isExchangeCheck(run: PlanRun, checkId: string): boolean {
  return run.input.checks.some((check) => check.id === checkId && check.kind === 'exchange');
}

function replayOf(run: PlanRun, group: CaseGroup, path: string, exchange: Exchange): Replay {
  const { seed, runId } = run.input;
  return { seed, path, group: group.name, runId, case: exchange.testCase.label };
}

function replayCase(group: CaseGroup, seed: number, path: string): TestCase {
  try {
    return caseAtPath(group.arbitrary, seed, path);
  } catch {
    throw new UsageError(`--path ${path} leads to no case of ${group.name} with seed ${seed}`);
  }
}
