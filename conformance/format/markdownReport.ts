import type { CheckSummary, ConformanceReport, ReportedViolation } from '../model/report';
import { type CheckStatus, checkStatus } from './checkStatus';
import { cutText } from './cutText';
import { isShrunk, replayFlags } from './formatReport';
import { sequenceLines } from './sequenceLines';
import { sequenceScript } from './sequenceScript';
import { testedOperations, untestedLines } from './testedOperations';

/** Longest `received` text shown in the summary; the JSON report keeps it whole. */
const MAX_RECEIVED = 300;
/** Longest curl line shown (a 10,000-character edge value would flood the page); the JSON report has it whole. */
const MAX_CURL = 2000;

/**
 * A short Markdown summary fit for a CI job page: the verdict, a table of checks and each violation with its
 * curl line and replay flags.
 */
export function markdownReport(report: ConformanceReport): string {
  const operations = testedOperations(report);
  const verdict =
    report.verdict === 'pass'
      ? `✅ **${operations.names} ${operations.plural ? 'keep' : 'keeps'} the contract**`
      : `❌ **${operations.names} ${operations.plural ? 'break' : 'breaks'} the contract: ${report.violations.length} violation${report.violations.length === 1 ? '' : 's'}**`;
  const lines = [
    '## Contract check',
    '',
    verdict,
    '',
    `${operations.tested.map((operation) => `\`${operation.method} ${operation.path}\``).join(', ')} on \`${inline(report.target)}\` · ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s · seed \`${report.seed}\` · run id \`${inline(report.runId)}\``,
    '',
    '| check | result | passed | failed | skipped | inconclusive |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...report.checks.map(
      (check) =>
        `| \`${check.id}\` ${cell(check.title)} | ${resultOf(check)} | ${check.passed} | ${check.failed} | ${check.skipped} | ${check.inconclusive} |`,
    ),
  ];
  const untested = untestedLines(report);
  if (untested.length > 0) lines.push('', ...untested.map((line) => `- ${cell(line)}`));
  if (report.warnings.length > 0) {
    lines.push('', '**Warnings**', '', ...report.warnings.map((warning) => `- ${cell(warning)}`));
  }
  if (report.violations.length > 0) {
    lines.push('', '### Violations');
    for (const violation of report.violations) lines.push('', ...violationSection(violation));
  }
  lines.push(
    '',
    `Replay the whole run: \`npx lakesail-contract check --seed ${report.seed} --run-id ${inline(report.runId)} ...\``,
    '',
  );
  return lines.join('\n');
}

function violationSection(violation: ReportedViolation): string[] {
  const lines = [`#### ${cell(violation.title)} \`[${violation.checkId}]\``, '', cell(violation.message)];
  if (violation.received !== undefined)
    lines.push('', `- Received: \`${inline(cutText(violation.received, MAX_RECEIVED))}\``);
  if (violation.documented !== undefined) lines.push(`- Documented: \`${inline(violation.documented)}\``);
  if (violation.outcome !== undefined) lines.push(`- Outcome: ${cell(violation.outcome)}`);
  lines.push(`- Case: ${cell(violation.replay.case)} · replay: \`${inline(replayFlags(violation.replay))}\``);
  if (violation.sequence !== undefined)
    lines.push('', fence(sequenceLines(violation.sequence, isShrunk(violation)).join('\n'), 'text'));
  lines.push('', fence(sequenceScript(violation) ?? cutText(violation.curl, MAX_CURL)));
  return lines;
}

const RESULT_MARKS: Record<CheckStatus, string> = {
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  inconclusive: '❔ inconclusive',
  passed: '✅ passed',
};

function resultOf(check: CheckSummary): string {
  return RESULT_MARKS[checkStatus(check)];
}

/** Text inside a table cell or a paragraph: no line breaks, no pipes that would end the cell. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Text inside inline code: one line, no backticks that would end it. */
function inline(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/`/g, "'");
}

/** A fenced code block long enough to hold any backticks in the text. */
function fence(text: string, language = 'sh'): string {
  const longestRun = Math.max(2, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${language}\n${text}\n${marks}`;
}
