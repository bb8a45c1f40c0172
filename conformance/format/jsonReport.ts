import type { ConformanceReport } from '../model/report';

/** The JSON report: the ConformanceReport as it is (already redacted by the runner), bodies whole. */
export function jsonReport(report: ConformanceReport): string {
  return [...jsonReportParts(report)].join('');
}

const VIOLATIONS = '\u0000violations\u0000';

/**
 * The JSON report's text in parts, one violation at a time: what `JSON.stringify(report, null, 2)` gives, but a
 * file can be written from it without the whole text in memory at once (each violation may hold a body of
 * megabytes).
 */
export function* jsonReportParts(report: ConformanceReport): Generator<string> {
  const outline = JSON.stringify({ ...report, violations: VIOLATIONS }, null, 2);
  const [before, after] = outline.split(JSON.stringify(VIOLATIONS));
  yield before ?? '';
  if (report.violations.length === 0) yield '[]';
  else {
    for (const [index, violation] of report.violations.entries()) {
      // An element of the top-level object's array is indented by 4 spaces, and its lines with it.
      yield `${index === 0 ? '[' : ','}\n    ${JSON.stringify(violation, null, 2).replace(/\n/g, '\n    ')}`;
    }
    yield '\n  ]';
  }
  yield `${after ?? ''}\n`;
}
