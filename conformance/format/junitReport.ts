import type { ConformanceReport, ReportedViolation } from '../model/report';
import { checkStatus } from './checkStatus';
import { cutText } from './cutText';
import { formatViolation } from './formatReport';
import { testedOperations } from './testedOperations';
import { xmlText } from './xmlText';

/** Longest text a JUnit failure carries; CI viewers choke on megabyte bodies (the JSON report keeps them). */
const MAX_FAILURE_TEXT = 4000;

/**
 * A JUnit XML report: one test suite for the operation, one test case per check. A failed check carries
 * each violation with its reproduction; a check skipped as a whole is `<skipped>`.
 */
export function junitReport(report: ConformanceReport): string {
  const suiteName = testedOperations(report)
    .tested.map((operation) => `${operation.operationId} ${operation.method} ${operation.path}`)
    .join(', ');
  const failures = report.checks.filter((check) => check.failed > 0).length;
  const skipped = report.checks.filter((check) => isSkippedAsWhole(check)).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lakesail-contract" tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
    `  <testsuite name="${xmlText(suiteName)}" tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}" timestamp="${xmlText(report.startedAt)}">`,
    '    <properties>',
    ...(
      [
        ['seed', String(report.seed)],
        ['runId', report.runId],
        ['target', report.target],
        ['spec', report.spec],
        ['requests', String(report.requests)],
        ['runs', String(report.runs)],
        ['replay', `--seed ${report.seed} --run-id ${report.runId}`],
      ] as const
    ).map(([name, value]) => `      <property name="${name}" value="${xmlText(value)}"/>`),
    '    </properties>',
  ];
  for (const check of report.checks) {
    const violations = report.violations.filter((violation) => violation.checkId === check.id);
    const counts = `passed ${check.passed}, failed ${check.failed}, skipped ${check.skipped}, inconclusive ${check.inconclusive}`;
    lines.push(
      `    <testcase classname="${xmlText(suiteName)}" name="${xmlText(`${check.id}: ${check.title}`)}" time="0">`,
    );
    if (violations.length > 0) {
      const first = violations[0] as ReportedViolation;
      const text = violations.map((violation) => formatViolation(violation)).join('\n\n');
      lines.push(
        `      <failure message="${xmlText(cutText(first.message, 500))}" type="${xmlText(check.id)}">${xmlText(cutText(text, MAX_FAILURE_TEXT))}</failure>`,
      );
    } else if (isSkippedAsWhole(check)) {
      lines.push(
        `      <skipped message="${xmlText(check.skippedReason ?? 'not applicable to any case of this run')}"/>`,
      );
    }
    lines.push(`      <system-out>${xmlText(`${check.doc}\n${counts}`)}</system-out>`);
    lines.push('    </testcase>');
  }
  if (report.warnings.length > 0)
    lines.push(`    <system-err>${xmlText(report.warnings.join('\n'))}</system-err>`);
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

function isSkippedAsWhole(check: ConformanceReport['checks'][number]): boolean {
  return checkStatus(check) === 'skipped';
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
