import { UsageError } from '../../core/errors';
import type { Contract } from '../../core/spec/loadContract';
import type { CaseGroup, CasePlan } from '../cases/planCases';
import type { Check, CheckContext, ExchangeCheck, RunCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { CheckSummary, Replay, ReportedViolation } from '../model/report';
import type { RunProgress } from '../model/runProgress';
import type { TestCase } from '../model/testCase';
import type { Violation } from '../model/violation';
import type { OpenTarget } from '../target/openTarget';
import { TargetUnreachableError } from '../target/targetUnreachableError';
import { createCheckTally } from './checkTally';
import { evaluateExchange } from './evaluateExchange';
import { caseAtPath, generateCases } from './generateCases';
import { mapInOrder } from './mapInOrder';
import { reportViolation } from './reportViolation';
import { MAX_RETRY_AFTER_WAITS, retryAfterMs } from './retryAfter';
import { shrinkFailure } from './shrinkFailure';

export interface RunPlanInput {
  contract: Contract;
  plan: CasePlan;
  checks: readonly Check[];
  /** Puts the nonce into the case's unique values; called right before each request. */
  withNonce(contract: Contract, testCase: TestCase, nonce: string): TestCase;
  /** The server's clock offset as measured from the exchanges, when it can be. */
  clockOffset?(exchanges: readonly Exchange[]): number | undefined;
  target: OpenTarget;
  hasForbiddenToken: boolean;
  seed: number;
  runs: number;
  runId: string;
  timeoutMs: number;
  maxClockSkewMs: number;
  concurrency: number;
  shrinkTimeLimitMs: number;
  /** Replays the case at this path (of `replay.group`, or of every group) instead of a whole run. */
  replay?: { path: string; group?: string };
  onProgress?(progress: RunProgress): void;
}

export interface PlanResult {
  checks: CheckSummary[];
  violations: ReportedViolation[];
  requests: number;
  clockOffsetMs?: number;
  warnings: string[];
}

/** After this many exchanges in a row without a response, the server is down: the rest is not sent. */
export const MAX_CONSECUTIVE_FAILURES = 20;

/** Why forbidden-token cases were not sent; also the run's warning, so it is printed once. */
export const NO_FORBIDDEN_TOKEN =
  'no forbidden token: the 403 cases were not sent (give --forbidden-token or CONTRACT_FORBIDDEN_TOKEN)';

interface Origin {
  /**
   * Violations are reported once per check id per partition: the explicit cases of one credential mode and body
   * mode, or one generated group (whose shrunk case adds a minimal request to a curated one).
   */
  partition: string;
  replay: Replay;
}

/**
 * Sends the plan's cases, runs every check on every exchange, shrinks each failing check's first failure
 * separately, and runs the run-level checks over all exchanges at the end.
 */
export async function runPlan(input: RunPlanInput): Promise<PlanResult> {
  const { contract, plan, checks, target, seed, runs, runId } = input;
  const exchangeChecks = checks.filter((check): check is ExchangeCheck => check.kind === 'exchange');
  const runChecks = checks.filter((check): check is RunCheck => check.kind === 'run');
  const context: CheckContext = {
    contract,
    timeoutMs: input.timeoutMs,
    maxClockSkewMs: input.maxClockSkewMs,
  };
  const tally = createCheckTally(checks);
  const recorded: { exchange: Exchange; origin: Origin }[] = [];
  const violations: ReportedViolation[] = [];
  const reported = new Set<string>();
  const warnings: string[] = [];
  let counter = 0;
  let requests = 0;
  let reached = false;
  let consecutiveFailures = 0;
  let abandoned: string | undefined;

  const report = (
    origin: Origin,
    exchange: Exchange,
    found: readonly Violation[],
    replay = origin.replay,
  ) => {
    for (const violation of found) violations.push(reportViolation(violation, exchange, replay));
  };
  const firstReport = (origin: Origin, checkId: string) => {
    const key = `${origin.partition}\u0000${checkId}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  };

  const send = async (testCase: TestCase): Promise<Exchange> => {
    const nonce = `${runId}${(counter++).toString(36)}`;
    const sent = input.withNonce(contract, testCase, nonce);
    let exchange = await target.exchange(sent, input.timeoutMs);
    requests++;
    if (!reached) {
      if (exchange.outcome.kind === 'connection-error') {
        throw new TargetUnreachableError(
          `target ${target.label} is unreachable: ${exchange.outcome.message}`,
        );
      }
      reached = true;
    }
    for (let waits = 0; waits < MAX_RETRY_AFTER_WAITS; waits++) {
      const wait = retryAfterMs(exchange);
      if (wait === undefined) break;
      await sleep(wait);
      exchange = await target.exchange(sent, input.timeoutMs);
      requests++;
    }
    if (exchange.outcome.kind === 'response') consecutiveFailures = 0;
    else if (++consecutiveFailures >= MAX_CONSECUTIVE_FAILURES && abandoned === undefined) {
      abandoned = `the server did not answer ${MAX_CONSECUTIVE_FAILURES} requests in a row (last: ${
        exchange.outcome.kind === 'timeout' ? 'timeout' : exchange.outcome.code
      }): the rest of the run was not sent`;
      warnings.push(abandoned);
    }
    return exchange;
  };

  /** Cases a check would have applied to but that were not sent count as skipped, with the reason. */
  const notSent = (testCase: TestCase, reason: string) => {
    for (const check of checks) {
      if (check.appliesTo(testCase)) tally.notSent(check.id, 1, reason);
      else tally.count(check.id, 'skipped');
    }
  };

  /** Sends in order (the first request alone: only its failure means unreachable); undefined = not sent. */
  const sendAll = async (cases: readonly TestCase[], phase: RunProgress['phase'], label: string) => {
    let done = 0;
    const progress = () => input.onProgress?.({ phase, label, done, total: cases.length, requests });
    progress();
    const one = async (testCase: TestCase) => {
      if (abandoned !== undefined) return undefined;
      const exchange = await send(testCase);
      done++;
      progress();
      return exchange;
    };
    if (cases.length === 0) return [];
    const head = reached ? [] : [await one(cases[0] as TestCase)];
    const rest = await mapInOrder(cases.slice(head.length), input.concurrency, one);
    return [...head, ...rest];
  };

  /** Runs every exchange check; returns the failures by check id. */
  const evaluate = (exchange: Exchange, origin: Origin) => {
    recorded.push({ exchange, origin });
    const failures = new Map<string, Violation[]>();
    for (const outcome of evaluateExchange(exchangeChecks, exchange, context)) {
      tally.count(outcome.checkId, outcome.result);
      if (outcome.result === 'failed') failures.set(outcome.checkId, outcome.violations);
    }
    return failures;
  };

  const sendable = (testCase: TestCase) =>
    testCase.credentials.mode !== 'forbidden' || input.hasForbiddenToken;

  // 1. Fixtures, edge values and the other explicit cases, in order, reported as themselves.
  if (!input.replay) {
    const explicit = plan.explicit.filter(sendable);
    for (const testCase of plan.explicit) if (!sendable(testCase)) notSent(testCase, NO_FORBIDDEN_TOKEN);
    const exchanges = await sendAll(explicit, 'explicit', 'fixtures and edge values');
    for (const [index, exchange] of exchanges.entries()) {
      const testCase = explicit[index] as TestCase;
      if (exchange === undefined) {
        notSent(testCase, abandoned ?? '');
        continue;
      }
      const origin: Origin = {
        partition: `explicit ${testCase.credentials.mode}/${testCase.body.mode}`,
        replay: { seed, runId, case: testCase.label },
      };
      for (const [checkId, found] of evaluate(exchange, origin)) {
        if (firstReport(origin, checkId)) report(origin, exchange, found);
      }
    }
  }

  // 2. Each generated group; each failing check shrunk separately from its first failure.
  const groups = plan.groups.filter((group) => !input.replay?.group || group.name === input.replay.group);
  if (input.replay?.group && groups.length === 0) {
    const names = plan.groups.map((group) => group.name).join(', ');
    throw new UsageError(`--group must be one of ${names}, got '${input.replay.group}'`);
  }
  for (const group of groups) {
    const partition = `group ${group.name}`;
    const cases = input.replay
      ? [replayCase(group, seed, input.replay.path)]
      : generateCases(group.arbitrary, seed, runs);
    if (group.credentials === 'forbidden' && !input.hasForbiddenToken) {
      for (const testCase of cases) notSent(testCase, NO_FORBIDDEN_TOKEN);
      continue;
    }
    const exchanges = await sendAll(cases, input.replay ? 'replay' : 'generated', group.name);
    const firstFailures = new Map<
      string,
      { runIndex: number; exchange: Exchange; violations: Violation[] }
    >();
    for (const [runIndex, exchange] of exchanges.entries()) {
      if (exchange === undefined) {
        notSent(cases[runIndex] as TestCase, abandoned ?? '');
        continue;
      }
      const path = input.replay ? input.replay.path : String(runIndex);
      const origin: Origin = { partition, replay: replayOf(seed, runId, group, path, exchange) };
      for (const [checkId, found] of evaluate(exchange, origin)) {
        if (!firstFailures.has(checkId))
          firstFailures.set(checkId, { runIndex, exchange, violations: found });
      }
    }
    for (const check of exchangeChecks) {
      const failure = firstFailures.get(check.id);
      const origin: Origin = { partition, replay: { seed, runId, case: group.name } };
      if (failure === undefined || !firstReport(origin, check.id)) continue;
      const explored = input.replay ? input.replay.path : String(failure.runIndex);
      let shrunk: Awaited<ReturnType<typeof shrinkFailure>>;
      if (!input.replay && abandoned === undefined && input.shrinkTimeLimitMs > 0) {
        input.onProgress?.({ phase: 'shrinking', label: check.id, done: 0, total: 1, requests });
        shrunk = await shrinkFailure({
          arbitrary: group.arbitrary,
          check,
          seed,
          runs,
          runIndex: failure.runIndex,
          timeLimitMs: input.shrinkTimeLimitMs,
          context,
          send,
        });
        if (shrunk?.interrupted) {
          warnings.push(
            `shrinking ${check.id} (${group.name}) stopped after ${input.shrinkTimeLimitMs} ms: its request may not be minimal`,
          );
        }
      }
      if (shrunk) {
        report(
          origin,
          shrunk.exchange,
          shrunk.violations,
          replayOf(seed, runId, group, shrunk.path, shrunk.exchange),
        );
      } else {
        report(
          origin,
          failure.exchange,
          failure.violations,
          replayOf(seed, runId, group, explored, failure.exchange),
        );
      }
    }
  }

  // 3. Run-level checks over every exchange of the run (shrinking's extra requests are not part of it).
  const all = recorded.map((entry) => entry.exchange);
  for (const check of runChecks) {
    let applicable = 0;
    for (const exchange of all) {
      if (check.appliesTo(exchange.testCase)) applicable++;
      else tally.count(check.id, 'skipped');
    }
    const found = check.check(all, context);
    const failing = new Set(found.map((violation) => violation.exchangeIndex));
    tally.count(check.id, 'failed', failing.size);
    tally.count(check.id, 'passed', Math.max(0, applicable - failing.size));
    for (const violation of found) {
      const entry = recorded[violation.exchangeIndex];
      if (entry === undefined)
        throw new Error(`${check.id} reported exchange ${violation.exchangeIndex}, which does not exist`);
      if (firstReport(entry.origin, check.id)) report(entry.origin, entry.exchange, [violation]);
    }
  }

  const clockOffsetMs = input.clockOffset?.(all);
  return {
    checks: tally.summaries(),
    violations,
    requests,
    ...(clockOffsetMs !== undefined ? { clockOffsetMs } : {}),
    warnings,
  };
}

function replayOf(seed: number, runId: string, group: CaseGroup, path: string, exchange: Exchange): Replay {
  return { seed, path, group: group.name, runId, case: exchange.testCase.label };
}

function replayCase(group: CaseGroup, seed: number, path: string): TestCase {
  if (!/^\d+(:\d+)*$/.test(path)) throw new UsageError(`--path must look like 3 or 3:1:0, got '${path}'`);
  try {
    return caseAtPath(group.arbitrary, seed, path);
  } catch {
    throw new UsageError(`--path ${path} leads to no case of ${group.name} with seed ${seed}`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
