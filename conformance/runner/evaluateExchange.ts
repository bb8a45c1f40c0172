import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
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
  if (!check.appliesTo(exchange.testCase)) return { checkId: check.id, result: 'skipped', violations: [] };
  const verdict = check.check(exchange, context);
  if (isInconclusive(verdict)) {
    return { checkId: check.id, result: 'inconclusive', violations: [], reason: verdict.inconclusive };
  }
  return { checkId: check.id, result: verdict.length > 0 ? 'failed' : 'passed', violations: verdict };
}
