import type { Exchange } from '../model/exchange';
import type { Replay, ReportedViolation } from '../model/report';
import type { Violation } from '../model/violation';
import { reportViolation } from './reportViolation';

/**
 * The violations a run reports. Each failing check is reported once per partition (the explicit cases of one
 * credential mode and body mode, or one generated group), so a defect every request shows is one finding, not
 * hundreds; the exchanges reported are the only ones whose bodies the run keeps.
 */
export interface ViolationLog {
  /** True the first time `checkId` is claimed in `partition`: only then is its violation reported. */
  claim(partition: string, checkId: string): boolean;
  add(exchange: Exchange, violations: readonly Violation[], replay: Replay): void;
  list(): ReportedViolation[];
}

export function createViolationLog(): ViolationLog {
  const claimed = new Set<string>();
  const reported: ReportedViolation[] = [];
  return {
    claim(partition, checkId) {
      const key = `${partition}\u0000${checkId}`;
      if (claimed.has(key)) return false;
      claimed.add(key);
      return true;
    },
    add(exchange, violations, replay) {
      for (const violation of violations) reported.push(reportViolation(violation, exchange, replay));
    },
    list: () => [...reported],
  };
}
