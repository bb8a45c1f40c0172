import type { Check } from '../model/check';
import { type CheckSummary, FAILING_EXCHANGES_KEPT, type FailingExchange } from '../model/report';

export type CheckResult = 'passed' | 'failed' | 'skipped' | 'inconclusive';

/** Counts of every check over a run, in the order of the checks. */
export interface CheckTally {
  count(checkId: string, result: CheckResult, n?: number): void;
  /** Cases the check would have applied to but that were not sent, and why. */
  notSent(checkId: string, n: number, reason: string): void;
  /** A failing exchange, kept while the check has fewer than FAILING_EXCHANGES_KEPT. */
  failing(checkId: string, exchange: FailingExchange): void;
  summaries(): CheckSummary[];
}

export function createCheckTally(checks: readonly Check[]): CheckTally {
  const byId = new Map<string, CheckSummary>();
  for (const check of checks) {
    byId.set(check.id, {
      id: check.id,
      title: check.title,
      doc: check.doc,
      passed: 0,
      failed: 0,
      skipped: 0,
      inconclusive: 0,
    });
  }
  const summary = (checkId: string) => {
    const found = byId.get(checkId);
    if (!found) throw new Error(`unknown check id ${checkId}`);
    return found;
  };
  return {
    count(checkId, result, n = 1) {
      summary(checkId)[result] += n;
    },
    notSent(checkId, n, reason) {
      const found = summary(checkId);
      found.skipped += n;
      found.skippedReason = reason;
    },
    failing(checkId, exchange) {
      const found = summary(checkId);
      found.failing ??= [];
      if (found.failing.length < FAILING_EXCHANGES_KEPT) found.failing.push(exchange);
    },
    summaries() {
      return [...byId.values()].map((found) => ({
        ...found,
        ...(found.failing ? { failing: [...found.failing] } : {}),
      }));
    },
  };
}
