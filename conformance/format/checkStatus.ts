import type { CheckSummary } from '../model/report';

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'inconclusive';

/**
 * A check's result over a run, as every report shows it: failed on any violation; skipped when no case was
 * judged at all; inconclusive when cases were judged but none passed; else passed.
 */
export function checkStatus(check: CheckSummary): CheckStatus {
  if (check.failed > 0) return 'failed';
  if (check.passed + check.inconclusive === 0) return 'skipped';
  if (check.passed === 0) return 'inconclusive';
  return 'passed';
}
