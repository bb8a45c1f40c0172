import { measureClockOffset } from '../checks/measureClockOffset';
import { urlPath } from '../format/urlPath';
import type { Check, CheckContext, ExchangeCheck, RunCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { CheckSummary, FailingExchange } from '../model/report';
import type { TestCase } from '../model/testCase';
import type { Violation } from '../model/violation';
import { createCheckTally } from './checkTally';
import { canJudge, evaluateOne } from './evaluateExchange';
import { medianClockOffset } from './medianClockOffset';
import { describeOutcome } from './reportViolation';

/** Runs the checks on the exchanges of a run, in run order, and counts what they find. */
export interface Evaluator {
  /** Every check on the exchange, counted; the failures by check id, in the order of the checks. */
  evaluate(exchange: Exchange): Map<string, Violation[]>;
  /** A case that was not sent counts as skipped, with the reason, for every check it would have applied to. */
  notSent(testCase: TestCase, reason: string): void;
  checkSummaries(): CheckSummary[];
  /** The median offset of the server's clock over the exchanges that showed it. */
  clockOffsetMs(): number | undefined;
}

export function createEvaluator(checks: readonly Check[], context: CheckContext): Evaluator {
  const tally = createCheckTally(checks);
  // A run check keeps what it needs of each exchange in its memory; nothing else outlives an evaluation.
  const memories = new Map<RunCheck, unknown>();
  for (const check of checks) if (check.kind === 'run') memories.set(check, check.newMemory());
  const offsets: number[] = [];
  return {
    evaluate(exchange) {
      const failures = new Map<string, Violation[]>();
      for (const check of checks) {
        const { result, violations } =
          check.kind === 'exchange'
            ? evaluateOne(check as ExchangeCheck, exchange, context)
            : evaluateRunCheck(check, memories.get(check), exchange, context);
        tally.count(check.id, result);
        if (result === 'failed') {
          failures.set(check.id, violations);
          tally.failing(check.id, failingExchange(exchange, violations));
        }
      }
      const offset = measureClockOffset(exchange, context.operationOf(exchange.testCase));
      if (offset !== undefined) offsets.push(offset);
      return failures;
    },
    notSent(testCase, reason) {
      for (const check of checks) {
        if (check.appliesTo(testCase)) tally.notSent(check.id, 1, reason);
        else tally.count(check.id, 'skipped');
      }
    },
    checkSummaries: () => tally.summaries(),
    clockOffsetMs: () => medianClockOffset(offsets),
  };
}

function evaluateRunCheck(check: RunCheck, memory: unknown, exchange: Exchange, context: CheckContext) {
  if (!canJudge(check, exchange)) return { result: 'skipped' as const, violations: [] };
  const violations = check.check(exchange, memory, context);
  return { result: violations.length > 0 ? ('failed' as const) : ('passed' as const), violations };
}

/** The exchange in a line or two, for a check summary's list of failing exchanges. */
function failingExchange(exchange: Exchange, violations: readonly Violation[]): FailingExchange {
  const { outcome, request } = exchange;
  return {
    case: exchange.testCase.label,
    request: `${request.method} ${urlPath(request.url)}`,
    outcome: outcome.kind === 'response' ? String(outcome.response.status) : describeOutcome(outcome),
    message: violations[0]?.message ?? '',
  };
}
