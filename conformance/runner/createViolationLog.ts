import type { Exchange } from '../model/exchange';
import type { Replay, ReportedViolation } from '../model/report';
import type { Violation } from '../model/violation';
import { reportViolation, type ShownSequence } from './reportViolation';

/**
 * The violations a run reports. Each failing check is reported once per partition (the explicit cases of one
 * credential mode and body mode, or one generated group), so a defect every request shows is one finding, not
 * hundreds; the exchanges reported are the only ones whose bodies the run keeps.
 */
/** Distinct causes of one check reported in one partition, at most: past them, a defect is everywhere. */
export const MAX_CAUSES = 5;

export interface ViolationLog {
  /** True the first time `checkId` is claimed in `partition`: only then is its violation reported. */
  claim(partition: string, checkId: string): boolean;
  /**
   * Reports each violation of `checkId` whose cause is new in `partition` (up to MAX_CAUSES of them): for
   * exchanges reported as they are (explicit cases, fixed sequences), where nothing is shrunk per check.
   */
  addDistinct(
    partition: string,
    checkId: string,
    exchange: Exchange,
    violations: readonly Violation[],
    replay: Replay,
    sequence?: ShownSequence,
  ): void;
  /** `sequence`: the exchanges of the sequence that led to it, the failing one last. */
  add(exchange: Exchange, violations: readonly Violation[], replay: Replay, sequence?: ShownSequence): void;
  list(): ReportedViolation[];
}

export function createViolationLog(): ViolationLog {
  const claimed = new Set<string>();
  const causes = new Map<string, Set<string>>();
  const reported: ReportedViolation[] = [];
  const add: ViolationLog['add'] = (exchange, violations, replay, sequence) => {
    for (const violation of violations) reported.push(reportViolation(violation, exchange, replay, sequence));
  };
  return {
    addDistinct(partition, checkId, exchange, violations, replay, sequence) {
      const key = `${partition}\u0000${checkId}`;
      const seen = causes.get(key) ?? new Set<string>();
      causes.set(key, seen);
      const fresh = violations.filter(
        (violation) => !seen.has(violation.cause ?? '') && seen.size < MAX_CAUSES,
      );
      for (const violation of fresh) seen.add(violation.cause ?? '');
      add(exchange, fresh, replay, sequence);
    },
    claim(partition, checkId) {
      const key = `${partition}\u0000${checkId}`;
      if (claimed.has(key)) return false;
      claimed.add(key);
      return true;
    },
    add,
    list: () => [...reported],
  };
}
