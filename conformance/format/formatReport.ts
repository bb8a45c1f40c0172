import type { CheckSummary, ConformanceReport, Replay, ReportedViolation } from '../model/report';
import { quote } from '../runner/curlCommand';
import { type Colors, createColors } from './colors';
import { cutText } from './cutText';
import { sequenceLines } from './sequenceLines';
import { sequenceScript } from './sequenceScript';
import { untestedLines } from './testedOperations';
import { urlPath } from './urlPath';

export interface FormatOptions {
  /** ANSI colours (the CLI turns them on for a terminal without NO_COLOR). */
  color?: boolean;
  /** Only the violations and the verdict line. */
  quiet?: boolean;
  /** Include the header line (seed, run id, target); the CLI prints it itself before the run. */
  header?: boolean;
  /** How the Replay line reads: CLI flags (default), or the options of `describeConformance` (the jest adapter). */
  replayAs?: 'flags' | 'jest';
}

/** Longest body shown; the JSON report keeps them whole. */
const MAX_BODY = 300;
/** Longest curl line shown (an edge value of 10,000 characters would fill the screen). */
const MAX_CURL = 600;

/** The header every run prints first: what replays it. */
export function formatHeader(
  info: { seed: number; seedSource?: string; runId: string; target: string },
  options: FormatOptions = {},
): string {
  const c = createColors(options.color === true);
  const source = info.seedSource ? ` (${info.seedSource})` : '';
  return `${c.bold('lakesail-contract check')}: seed ${info.seed}${source}, run id ${info.runId}, target ${info.target}`;
}

/**
 * One violation, Schemathesis style: the operation, title and check id; what was received and what the
 * contract documents; the message; the request and how it ended; a curl line and the replay flags.
 */
export function formatViolation(violation: ReportedViolation, options: FormatOptions = {}): string {
  const c = createColors(options.color === true);
  const { request } = violation;
  const lines = [
    `${c.bold(`${request.method} ${urlPath(request.url)}`)} — ${c.red(c.bold(violation.title))} ${c.dim(`[${violation.checkId}]`)}`,
  ];
  if (violation.received !== undefined) lines.push(`    Received: ${printable(violation.received)}`);
  if (violation.documented !== undefined) lines.push(`    Documented: ${printable(violation.documented)}`);
  lines.push(`    ${printable(violation.message)}`);
  lines.push(`    ${c.dim('Case:')} ${violation.replay.case}`);
  lines.push(`    ${c.dim('Request body:')} ${shortBody(request.bodyText)}`);
  if (violation.response) {
    const { status, bodyText, bodyCutAtBytes } = violation.response;
    const cut =
      bodyCutAtBytes === undefined
        ? ''
        : ` (the body goes on past ${bodyCutAtBytes.toLocaleString('en-US')} bytes: not read)`;
    lines.push(`    ${c.dim('Response:')} ${status} ${shortBody(bodyText)}${cut}`);
  } else if (violation.outcome) {
    lines.push(`    ${c.dim('Response:')} none (${violation.outcome})`);
  }
  if (violation.sequence !== undefined) {
    const shrunk = isShrunk(violation);
    lines.push(...sequenceLines(violation.sequence, shrunk).map((line) => `    ${printable(line)}`));
  }
  const script = sequenceScript(violation);
  if (script === undefined) lines.push('Reproduce with:', `    ${shortCurl(violation.curl)}`);
  else lines.push('Reproduce the sequence in a shell:', ...script.split('\n').map((line) => `    ${line}`));
  lines.push(
    `Replay: ${options.replayAs === 'jest' ? replayJestOptions(violation.replay) : replayFlags(violation.replay)}`,
  );
  return lines.join('\n');
}

/**
 * Whether a violation's sequence was shrunk: a random one, which its path replays; a fixed one (the tour, the
 * bursts, a fixture's) is reported as it was sent.
 */
export function isShrunk(violation: ReportedViolation): boolean {
  return violation.replay.path !== undefined;
}

/** The flags that replay a violation: the case itself for a generated one, else the whole run. */
export function replayFlags(replay: Replay): string {
  if (replay.path === undefined)
    return `--seed ${replay.seed} --run-id ${replay.runId} (the whole run; this case is sent in every run)`;
  const group = replay.group === undefined ? '' : ` --group ${shellWord(replay.group)}`;
  return `--seed ${replay.seed}${group} --path "${replay.path}" --run-id ${replay.runId}`;
}

/** The `describeConformance` options that replay a violation: the case for a generated one, else the run. */
export function replayJestOptions(replay: Replay): string {
  const options = [`seed: ${replay.seed}`, `runId: ${JSON.stringify(replay.runId)}`];
  if (replay.path === undefined) {
    return `describeConformance(target, { ${options.join(', ')} }) (the whole run; this case is sent in every run)`;
  }
  if (replay.group !== undefined) options.push(`replayGroup: ${JSON.stringify(replay.group)}`);
  options.push(`replayPath: ${JSON.stringify(replay.path)}`);
  return `describeConformance(target, { ${options.join(', ')} })`;
}

/** The table of checks with their counts, the warnings, and the verdict. */
export function formatSummary(report: ConformanceReport, options: FormatOptions = {}): string {
  const c = createColors(options.color === true);
  const lines: string[] = [];
  if (!options.quiet) {
    lines.push(...checkTable(report.checks, c));
    for (const line of untestedLines(report)) lines.push(c.dim(line));
    for (const warning of report.warnings) lines.push(c.yellow(`Warning: ${warning}`));
    // Reasons for skipped cases, once each, unless a warning already says it.
    const byReason = new Map<string, string[]>();
    for (const check of report.checks) {
      if (check.skippedReason === undefined || report.warnings.includes(check.skippedReason)) continue;
      byReason.set(check.skippedReason, [...(byReason.get(check.skippedReason) ?? []), check.id]);
    }
    for (const [reason, ids] of byReason) lines.push(c.yellow(`Skipped: ${reason} (${ids.join(', ')})`));
    if (report.clockOffsetMs !== undefined) {
      lines.push(
        c.dim(`Server clock offset: ${report.clockOffsetMs >= 0 ? '+' : ''}${report.clockOffsetMs} ms`),
      );
    }
  }
  lines.push(verdictLine(report, c));
  return lines.join('\n');
}

/** The whole human report: header (unless turned off), violations, table and verdict. */
export function formatReport(report: ConformanceReport, options: FormatOptions = {}): string {
  const parts: string[] = [];
  if (options.header !== false && !options.quiet) parts.push(formatHeader(report, options));
  for (const violation of report.violations) parts.push(formatViolation(violation, options));
  parts.push(formatSummary(report, options));
  return `${parts.join('\n\n')}\n`;
}

export function verdictLine(report: ConformanceReport, c: Colors = createColors(false)): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const replay = `(seed ${report.seed}, run id ${report.runId})`;
  if (report.verdict === 'pass') {
    const skipped = report.checks.some((check) => check.skippedReason !== undefined)
      ? ', some cases skipped'
      : '';
    return `${c.green(c.bold('Passed'))}: no violation in ${requests(report.requests)}, ${seconds} s${skipped} ${replay}`;
  }
  const failedChecks = report.checks.filter((check) => check.failed > 0).length;
  const count = report.violations.length;
  return `${c.red(c.bold('Failed'))}: ${count} violation${count === 1 ? '' : 's'} of ${failedChecks} check${failedChecks === 1 ? '' : 's'} in ${requests(report.requests)}, ${seconds} s ${replay}`;
}

function requests(count: number): string {
  return `${count} request${count === 1 ? '' : 's'}`;
}

function checkTable(checks: readonly CheckSummary[], c: Colors): string[] {
  const width = Math.max(5, ...checks.map((check) => check.id.length));
  const row = (id: string, passed: string, failed: string, skipped: string, inconclusive: string) =>
    `${id.padEnd(width)}  ${passed.padStart(6)}  ${failed.padStart(6)}  ${skipped.padStart(7)}  ${inconclusive.padStart(12)}`;
  const lines = [c.bold(row('Check', 'passed', 'failed', 'skipped', 'inconclusive'))];
  for (const check of checks) {
    const text = row(
      check.id,
      String(check.passed),
      String(check.failed),
      String(check.skipped),
      String(check.inconclusive),
    );
    lines.push(check.failed > 0 ? c.red(text) : text);
  }
  return lines;
}

/** Control characters as `\u0000` escapes: a terminal would act on them. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => {
    if (character === '\n') return '\\n';
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

function shortBody(text: string): string {
  if (text === '') return '(empty)';
  return cutText(printable(text), MAX_BODY);
}

function shortCurl(curl: string): string {
  if (curl.length <= MAX_CURL) return curl;
  return `${cutText(curl, MAX_CURL)}\n    (the command is cut here; the JSON report, --report-json FILE, has it whole)`;
}

function shellWord(text: string): string {
  return /^[A-Za-z0-9._/:=@-]+$/.test(text) ? text : quote(text);
}
