import type { RecordedRequest, RecordedResponse } from '../model/exchange';
import type { CheckSummary, ConformanceReport, ReportedViolation, SequenceStep } from '../model/report';
import { quote } from '../runner/curlCommand';
import { type CheckStatus, checkStatus } from './checkStatus';
import { cutText } from './cutText';
import { isShrunk, replayFlags, verdictLine } from './formatReport';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './htmlReportAssets';
import { htmlText } from './htmlText';
import { prettyJsonText } from './prettyJsonText';
import { sequenceScript } from './sequenceScript';
import { testedOperations } from './testedOperations';

/** Longest body or curl line the page holds (the JSON report keeps them whole). */
const MAX_SHOWN = 64 * 1024;
/** A body longer than this, in characters or lines, is folded (`<details>`), so the page stays scannable. */
const FOLD_CHARS = 1500;
const FOLD_LINES = 24;

const STATUSES: readonly CheckStatus[] = ['failed', 'passed', 'skipped', 'inconclusive'];

/**
 * One self-contained HTML page for a person: the verdict and what replays the run, the checks with their
 * results (filterable by check and status), and each violation with its request, response, curl line (with a
 * copy button) and replay flags; a stateful one also with its numbered steps. The page loads nothing (style
 * and script inline, a Content-Security-Policy allowing only those two) and every text from the report is
 * escaped, so a response body holding `<script>` is shown, never run. Tokens are already redacted.
 */
export function htmlReport(report: ConformanceReport): string {
  const passed = report.verdict === 'pass';
  const title = `${passed ? 'Passed' : 'Failed'}: ${testedOperations(report).names} — lakesail-contract`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${htmlText(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body data-verdict="${passed ? 'pass' : 'fail'}">`,
    '<main>',
    verdictSection(report),
    notesSection(report),
    checksSection(report),
    violationsSection(report.violations),
    `<footer>${htmlText(`${report.tool.name} ${report.tool.version}`)} · this page is self-contained: it loads nothing, and every token shows as its variable.</footer>`,
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function verdictSection(report: ConformanceReport): string {
  const operations = testedOperations(report);
  const passed = report.verdict === 'pass';
  const verb = passed ? (operations.plural ? 'keep' : 'keeps') : operations.plural ? 'break' : 'breaks';
  const headline = `${operations.names} ${verb} the contract`;
  const facts: [string, string][] = [
    [operations.plural ? 'Operations' : 'Operation', operations.endpoints],
    ...operations.untested.map((operation): [string, string] => [
      'Not tested',
      `${operation.operationId} (${operation.method} ${operation.path}): ${operation.reason ?? ''}`,
    ]),
    ['Target', report.target],
    ['Spec', report.spec],
    ['Seed', String(report.seed)],
    ['Run id', report.runId],
    ['Started', readableTime(report.startedAt)],
    ['Duration', `${(report.durationMs / 1000).toFixed(1)} s`],
    ['Requests', report.requests.toLocaleString('en-US')],
    ['Generated cases', `${report.runs} per credential and body mode`],
  ];
  if (report.clockOffsetMs !== undefined) {
    facts.push(['Server clock offset', `${report.clockOffsetMs >= 0 ? '+' : ''}${report.clockOffsetMs} ms`]);
  }
  const replay = `npx lakesail-contract check --target ${replayTarget(report.target)} --seed ${report.seed} --run-id ${report.runId}`;
  return [
    `<header class="card verdict ${passed ? 'pass' : 'fail'}" id="verdict">`,
    `<h1><span class="mark">${passed ? '✔ Passed' : '✘ Failed'}</span> · ${htmlText(headline)}</h1>`,
    `<p class="verdict-line">${htmlText(verdictLine(report))}</p>`,
    '<dl class="facts">',
    ...facts.map(([name, value]) => `<div><dt>${name}</dt><dd>${htmlText(value)}</dd></div>`),
    '</dl>',
    '<div class="replay-run">',
    '<h4>Replay the whole run</h4>',
    copyable('replay-run', replay),
    '</div>',
    '</header>',
  ].join('\n');
}

/** The warnings, and each reason cases were skipped (once, unless a warning already says it). */
function notesSection(report: ConformanceReport): string {
  const notes = report.warnings.map((warning) => `Warning: ${warning}`);
  const byReason = new Map<string, string[]>();
  for (const check of report.checks) {
    if (check.skippedReason === undefined || report.warnings.includes(check.skippedReason)) continue;
    byReason.set(check.skippedReason, [...(byReason.get(check.skippedReason) ?? []), check.id]);
  }
  for (const [reason, ids] of byReason) notes.push(`Skipped: ${reason} (${ids.join(', ')})`);
  if (notes.length === 0) return '';
  return [
    '<section class="card notes" id="warnings">',
    '<ul>',
    ...notes.map((note) => `<li>${htmlText(note)}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

function checksSection(report: ConformanceReport): string {
  const firstViolation = new Map<string, string>();
  report.violations.forEach((violation, index) => {
    if (!firstViolation.has(violation.checkId)) firstViolation.set(violation.checkId, violationAnchor(index));
  });
  const counts = new Map<CheckStatus, number>(STATUSES.map((status) => [status, 0]));
  for (const check of report.checks) {
    const status = checkStatus(check);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [
    '<section id="checks">',
    `<h2>Checks (${report.checks.length})</h2>`,
    '<form class="filters needs-script" hidden>',
    ...STATUSES.map(
      (status) =>
        `<label><input type="checkbox" name="status" value="${status}" checked> <span class="pill ${status}">${status}</span> ${counts.get(status)}</label>`,
    ),
    '<label>check <select id="filter-check"><option value="">all checks</option>',
    ...report.checks.map((check) => `<option value="${htmlText(check.id)}">${htmlText(check.id)}</option>`),
    '</select></label>',
    '<button type="button" id="filter-reset">Show all</button>',
    '<span class="note" id="filter-shown"></span>',
    '</form>',
    '<table>',
    '<thead><tr><th>result</th><th>check</th><th class="n">passed</th><th class="n">failed</th><th class="n">skipped</th><th class="n">inconclusive</th></tr></thead>',
    '<tbody>',
    ...report.checks.map((check) => checkRow(check, firstViolation.get(check.id))),
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n');
}

function checkRow(check: CheckSummary, firstViolation: string | undefined): string {
  const status = checkStatus(check);
  const failed =
    firstViolation === undefined
      ? number(check.failed)
      : `<a href="#${firstViolation}">${number(check.failed)}</a>`;
  return [
    `<tr class="${status}" id="check-${htmlText(check.id)}" data-status="${status}" data-check="${htmlText(check.id)}">`,
    `<td><span class="pill ${status}">${status}</span></td>`,
    `<td><code>${htmlText(check.id)}</code> ${htmlText(check.title)}<div class="doc">${htmlText(check.doc)}</div></td>`,
    `<td class="n">${number(check.passed)}</td><td class="n">${failed}</td><td class="n">${number(check.skipped)}</td><td class="n">${number(check.inconclusive)}</td>`,
    '</tr>',
  ].join('');
}

function violationsSection(violations: readonly ReportedViolation[]): string {
  if (violations.length === 0) {
    return '<section id="violations"><h2>Violations</h2><p class="card empty">No violation: every check that ran held on every request.</p></section>';
  }
  return [
    '<section id="violations">',
    `<h2>Violations (${violations.length})</h2>`,
    ...violations.map((violation, index) => violationArticle(violation, index)),
    '</section>',
  ].join('\n');
}

function violationArticle(violation: ReportedViolation, index: number): string {
  const anchor = violationAnchor(index);
  const pairs: [string, string][] = [];
  if (violation.received !== undefined) pairs.push(['Received', violation.received]);
  if (violation.documented !== undefined) pairs.push(['Documented', violation.documented]);
  pairs.push(['Case', violation.replay.case]);
  if (violation.outcome !== undefined) pairs.push(['Outcome', violation.outcome]);
  return [
    `<article class="card violation" id="${anchor}" data-status="failed" data-check="${htmlText(violation.checkId)}">`,
    '<header>',
    `<h3>${index + 1}. ${htmlText(violation.title)}</h3>`,
    `<code>[${htmlText(violation.checkId)}]</code>`,
    `<a class="anchor" href="#${anchor}" title="link to this violation">#${anchor}</a>`,
    '</header>',
    `<p class="message">${htmlText(violation.message)}</p>`,
    pairList(pairs),
    ...reproduction(violation, anchor),
    `<p><strong>Replay:</strong> <code>${htmlText(replayFlags(violation.replay))}</code></p>`,
    violation.sequence === undefined ? '' : sequenceList(violation.sequence, isShrunk(violation)),
    `<div class="exchange">${requestBlock(violation.request)}${responseBlock(violation.response, violation.outcome)}</div>`,
    '</article>',
  ].join('\n');
}

/** The curl line of a single request, or the shell script that replays a sequence. */
function reproduction(violation: ReportedViolation, anchor: string): string[] {
  const script = sequenceScript(violation);
  if (script === undefined) return ['<h4>Reproduce with</h4>', copyable(`${anchor}-curl`, violation.curl)];
  return ['<h4>Reproduce the sequence in a shell</h4>', copyable(`${anchor}-script`, script)];
}

/**
 * The sequence as numbered steps, each with what the model expected; the last step is the failing one. `shrunk`:
 * a random sequence, shrunk; a fixed one (the tour, the bursts, a fixture's) is as sent.
 */
function sequenceList(steps: readonly SequenceStep[], shrunk: boolean): string {
  const items = steps.map((step, index) => {
    const received = step.response ? String(step.response.status) : (step.outcome ?? 'no response');
    const pairs: [string, string][] = [
      ['Request', `${step.request.method} ${step.request.url}`],
      ['Expected', step.expected],
      ['Received', received],
    ];
    return [
      `<li class="step${index === steps.length - 1 ? ' failing' : ''}">`,
      step.label === undefined ? '' : `<strong>${htmlText(step.label)}</strong>`,
      pairList(pairs),
      `<details><summary>request and response</summary><div class="exchange">${requestBlock(step.request)}${responseBlock(step.response, step.outcome)}</div></details>`,
      '</li>',
    ].join('\n');
  });
  return [
    `<h4>Sequence (${steps.length} step${steps.length === 1 ? '' : 's'}${shrunk ? ', shrunk' : ''}; the last one fails)</h4>`,
    '<ol class="steps">',
    ...items,
    '</ol>',
  ].join('\n');
}

function requestBlock(request: RecordedRequest): string {
  return [
    '<section>',
    `<h4>Request: <span class="mono">${htmlText(`${request.method} ${request.url}`)}</span></h4>`,
    headerTable(Object.entries(request.headers)),
    bodyBlock(request.bodyText),
    '</section>',
  ].join('\n');
}

function responseBlock(response: RecordedResponse | undefined, outcome: string | undefined): string {
  if (response === undefined) {
    return `<section><h4>Response</h4><p class="empty">none: ${htmlText(outcome ?? 'no response')}</p></section>`;
  }
  const headers = Object.entries(response.headers).flatMap(([name, value]) =>
    Array.isArray(value)
      ? value.map((one): [string, string] => [name, one])
      : [[name, value] as [string, string]],
  );
  return [
    '<section>',
    `<h4>Response: <span class="mono">${number(response.status)}</span></h4>`,
    headerTable(headers),
    bodyBlock(response.bodyText),
    '</section>',
  ].join('\n');
}

function headerTable(headers: readonly [string, string][]): string {
  if (headers.length === 0) return '<p class="note">no headers</p>';
  const rows = headers.map(
    ([name, value]) =>
      `<tr><td class="mono">${htmlText(name)}</td><td class="mono">${htmlText(value)}</td></tr>`,
  );
  return `<table class="headers">${rows.join('')}</table>`;
}

/** A body as recorded (JSON re-indented when small enough), folded when long, cut past `MAX_SHOWN`. */
function bodyBlock(bodyText: string): string {
  if (bodyText === '') return '<p class="note">empty body</p>';
  const pretty = prettyJsonText(bodyText);
  const text = cutText(pretty ?? bodyText, MAX_SHOWN);
  const note =
    pretty === undefined ? '' : '<p class="note">JSON, re-indented (the JSON report has it as sent)</p>';
  const pre = `<pre>${htmlText(text)}</pre>`;
  if (text.length <= FOLD_CHARS && lineCount(text) <= FOLD_LINES) return `${note}${pre}`;
  const size = `${bodyText.length.toLocaleString('en-US')} characters`;
  return `<details><summary>body, ${size}: show</summary>${note}${pre}</details>`;
}

/** A command with a copy button (shown when the script runs); a command cut for length cannot be copied. */
function copyable(id: string, command: string): string {
  const shown = cutText(command, MAX_SHOWN);
  const button =
    shown === command
      ? `<button type="button" class="needs-script" data-copy="${id}" hidden>Copy</button>`
      : '<span class="note">too long to copy here: the JSON report has it whole</span>';
  return `<div class="repro"><pre id="${id}">${htmlText(shown)}</pre>${button}</div>`;
}

function pairList(pairs: readonly [string, string][]): string {
  const items = pairs.map(([name, value]) => `<dt>${name}</dt><dd>${htmlText(value)}</dd>`);
  return `<dl class="pairs">${items.join('')}</dl>`;
}

/** A number from the report, escaped all the same: a report read back from JSON is not type-checked. */
function number(value: number): string {
  return htmlText(String(value));
}

function violationAnchor(index: number): string {
  return `violation-${index + 1}`;
}

/** The base URL as a shell word; an in-process app has none, so the reader gives their own. */
function replayTarget(target: string): string {
  return /^https?:\/\//.test(target) ? quote(target) : '"$BASE_URL"';
}

/** `2026-01-15T09:30:00.000Z` as `2026-01-15 09:30:00 UTC`; anything else as it is. */
function readableTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
