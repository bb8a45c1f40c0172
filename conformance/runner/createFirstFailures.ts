import type { Violation } from '../model/violation';
import { MAX_CAUSES } from './createViolationLog';

/** What a failure carries: the violations one exchange check found. */
interface Failure {
  violations: Violation[];
}

/**
 * The first failure of each distinct cause of each exchange check, found while a group or the sequences are
 * sent (up to MAX_CAUSES per check, in the order found): each is shrunk on its own, so a second defect is not
 * hidden behind the first one's minimal request.
 */
export interface FirstFailures<F extends Failure> {
  /** Keeps `failure` under each cause of its violations not kept yet for `checkId`, with just that cause's violations. */
  keep(checkId: string, failure: F): void;
  /** The kept failures of `checkId`, each with its cause, in the order found. */
  of(checkId: string): { cause: string; failure: F }[];
}

/** The cause a violation is kept and shrunk under: its `cause`, or '' for a check with one cause. */
export function causeOf(violation: Violation): string {
  return violation.cause ?? '';
}

export function createFirstFailures<F extends Failure>(): FirstFailures<F> {
  const byCheck = new Map<string, Map<string, F>>();
  return {
    keep(checkId, failure) {
      const causes = byCheck.get(checkId) ?? new Map<string, F>();
      byCheck.set(checkId, causes);
      for (const violation of failure.violations) {
        const cause = causeOf(violation);
        if (causes.has(cause) || causes.size >= MAX_CAUSES) continue;
        const violations = failure.violations.filter((other) => causeOf(other) === cause);
        causes.set(cause, { ...failure, violations });
      }
    },
    of(checkId) {
      return [...(byCheck.get(checkId) ?? [])].map(([cause, failure]) => ({ cause, failure }));
    },
  };
}
