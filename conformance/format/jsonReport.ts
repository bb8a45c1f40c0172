import type { ConformanceReport } from '../model/report';

/** The JSON report: the ConformanceReport as it is (already redacted by the runner), bodies whole. */
export function jsonReport(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
