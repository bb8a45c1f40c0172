import fc from 'fast-check';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { TestCase } from '../model/testCase';
import type { Violation } from '../model/violation';
import { causeOf } from './createFirstFailures';
import { evaluateOne } from './evaluateExchange';

export interface ShrinkInput {
  arbitrary: fc.Arbitrary<TestCase>;
  check: ExchangeCheck;
  /** The cause being shrunk (see causeOf): a failure of the check for another cause does not count. */
  cause: string;
  seed: number;
  runs: number;
  /** The run of the exploration where the check first failed. */
  runIndex: number;
  /** Shrinking stops after this long; the smallest failure found so far is kept. */
  timeLimitMs: number;
  context: CheckContext;
  /** Undefined when the run has stopped: nothing to shrink with any more. */
  send(testCase: TestCase): Promise<Exchange | undefined>;
}

export interface ShrunkFailure {
  exchange: Exchange;
  violations: Violation[];
  /** fast-check's path of the shrunk case. */
  path: string;
  /** True when the time limit stopped shrinking early. */
  interrupted: boolean;
}

/**
 * Replays the exploration from the run where `check` first failed for `cause`, with a property that fails only
 * for that check and cause, and lets fast-check shrink it to a minimal failing request. Undefined when the failure does not happen
 * again (a flaky server): the exploration's exchange is then reported as it was.
 */
export async function shrinkFailure(input: ShrinkInput): Promise<ShrunkFailure | undefined> {
  let last: { exchange: Exchange; violations: Violation[] } | undefined;
  const details = await fc.check(
    fc.asyncProperty(input.arbitrary, async (testCase) => {
      const exchange = await input.send(testCase);
      if (exchange === undefined) return true;
      const outcome = evaluateOne(input.check, exchange, input.context);
      if (outcome.result !== 'failed') return true;
      const violations = outcome.violations.filter((violation) => causeOf(violation) === input.cause);
      if (violations.length === 0) return true;
      // fast-check's counterexample is the last value that failed: keep its exchange.
      last = { exchange, violations };
      return false;
    }),
    {
      seed: input.seed,
      numRuns: input.runs,
      path: String(input.runIndex),
      interruptAfterTimeLimit: Math.max(1, input.timeLimitMs),
      markInterruptAsFailure: false,
    },
  );
  if (!details.failed || last === undefined || details.counterexamplePath === null) return undefined;
  return { ...last, path: details.counterexamplePath, interrupted: details.interrupted };
}
