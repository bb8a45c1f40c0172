import type { CheckContext, CheckNeeds, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { TestCase } from '../model/testCase';
import { isInconclusive, type Violation } from '../model/violation';
import type { CheckResult } from './checkTally';

export interface CheckOutcome {
  checkId: string;
  result: CheckResult;
  violations: Violation[];
  /** Why the check could not decide, for `inconclusive`. */
  reason?: string;
}

/** Every exchange check on one exchange: one defect never hides another. */
export function evaluateExchange(
  checks: readonly ExchangeCheck[],
  exchange: Exchange,
  context: CheckContext,
): CheckOutcome[] {
  return checks.map((check) => evaluateOne(check, exchange, context));
}

export function evaluateOne(check: ExchangeCheck, exchange: Exchange, context: CheckContext): CheckOutcome {
  if (!canJudge(check, exchange)) return { checkId: check.id, result: 'skipped', violations: [] };
  const verdict = check.check(exchange, context);
  if (isInconclusive(verdict)) {
    return { checkId: check.id, result: 'inconclusive', violations: [], reason: verdict.inconclusive };
  }
  return { checkId: check.id, result: verdict.length > 0 ? 'failed' : 'passed', violations: verdict };
}

/** True when the check applies to the exchange's case and the exchange has what the check needs. */
export function canJudge(
  check: { appliesTo(testCase: TestCase): boolean; needs?: CheckNeeds },
  exchange: Exchange,
): boolean {
  if (!check.appliesTo(exchange.testCase)) return false;
  const needs = check.needs ?? 'outcome';
  if (needs === 'outcome') return true;
  const { outcome } = exchange;
  if (outcome.kind !== 'response') return false;
  return needs === 'response' || outcome.response.bodyCutAtBytes === undefined;
}
