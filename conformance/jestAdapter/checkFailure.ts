import { formatViolation } from '../format/formatReport';
import type { ConformanceReport } from '../model/report';

/**
 * Why `checkId` failed in `report` (its violations, formatted with curl lines and the `describeConformance`
 * options that replay them), or undefined when it passed: the assertion of each test `describeConformance`
 * declares.
 */
export function checkFailure(report: ConformanceReport, checkId: string): string | undefined {
  const violations = report.violations.filter((violation) => violation.checkId === checkId);
  const summary = report.checks.find((check) => check.id === checkId);
  if (violations.length === 0 && (summary?.failed ?? 0) === 0) return undefined;
  const count = summary?.failed ?? violations.length;
  const header = `${checkId} failed on ${count} exchange${count === 1 ? '' : 's'} (seed ${report.seed}, run id ${report.runId}, target ${report.target})`;
  return [header, ...violations.map((violation) => formatViolation(violation, { replayAs: 'jest' }))].join(
    '\n\n',
  );
}
