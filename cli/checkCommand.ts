import type { Command } from 'commander';
import { useColors } from '../conformance/format/colors';
import { formatHeader, formatReport } from '../conformance/format/formatReport';
import { htmlReport } from '../conformance/format/htmlReport';
import { jsonReportParts } from '../conformance/format/jsonReport';
import { junitReport } from '../conformance/format/junitReport';
import { markdownReport } from '../conformance/format/markdownReport';
import { createProgressDisplay } from '../conformance/format/progressDisplay';
import { assertReportWritable, writeReportFile } from '../conformance/format/writeReportFile';
import { TOKEN_VARIABLES } from '../conformance/model/credentials';
import type { ConformanceReport } from '../conformance/model/report';
import { checkInteger } from '../conformance/runner/checkInteger';
import { type ConformanceOptions, DEFAULTS, LIMITS } from '../conformance/runner/conformanceOptions';
import {
  type ConformanceOptionsInput,
  resolveConformanceOptions,
} from '../conformance/runner/resolveConformanceOptions';
import { runConformance } from '../conformance/runner/runConformance';
import { checkSecretValue } from '../conformance/secrets/checkSecretValue';
import { createSecrets } from '../conformance/secrets/createSecrets';
import { redactText } from '../conformance/secrets/redactText';
import { isTargetUnreachableError } from '../conformance/target/targetUnreachableError';
import { UsageError } from '../core/errors';
import { EXIT } from '../core/exitCodes';
import type { CliIo } from './cliIo';
import { MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP } from './maxSpecBytes';

/**
 * The report files `check` can write, each rendered from the same ConformanceReport (tokens already
 * redacted). A new format is one entry here.
 */
export const REPORT_FILES: readonly {
  flag: string;
  option: string;
  description: string;
  /** The file's text, or its text in parts (a large report is never whole in memory). */
  render(report: ConformanceReport): string | Iterable<string>;
}[] = [
  {
    flag: '--report-json <file>',
    option: 'reportJson',
    description: 'write the JSON report (every token replaced by its variable)',
    render: jsonReportParts,
  },
  {
    flag: '--report-junit <file>',
    option: 'reportJunit',
    description: 'write a JUnit XML report: one test case per check, a failure carrying its reproduction',
    render: junitReport,
  },
  {
    flag: '--report-markdown <file>',
    option: 'reportMarkdown',
    description: 'write a Markdown summary for a CI job page: verdict, checks, violations with curl lines',
    render: markdownReport,
  },
  {
    flag: '--report-html <file>',
    option: 'reportHtml',
    description:
      'write one self-contained HTML page for a person: verdict, checks, violations with curl lines',
    render: htmlReport,
  },
];

interface CheckFlags {
  target: string;
  token?: string;
  forbiddenToken?: string;
  seed?: string;
  runs?: string;
  runId?: string;
  timeoutMs?: string;
  maxClockSkewMs?: string;
  concurrency?: string;
  maxResponseBytes?: string;
  waitForTarget?: string;
  spec?: string;
  maxSpecBytes?: string;
  fixtures?: string;
  operations?: string;
  path?: string;
  group?: string;
  quiet?: boolean;
  [report: string]: string | boolean | undefined;
}

/** `lakesail-contract check`: the conformance kit against a running server. */
export function registerCheckCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const command = program
    .command('check')
    .description(
      'test a running server against the contract (every operation whose meaning the spec declares); exit 1 on any violation',
    )
    .requiredOption('--target <base-url>', 'the server to test, e.g. http://127.0.0.1:8080')
    .option('--token <token>', `a valid bearer token (default: $${TOKEN_VARIABLES.valid})`)
    .option(
      '--forbidden-token <token>',
      `a valid identity without permission (default: $${TOKEN_VARIABLES.forbidden}); without it the 403 cases are skipped`,
    )
    .option('--seed <n>', 'fast-check seed (default: random; in CI derived from the commit)')
    .option('--runs <n>', `generated cases per credential mode and body mode (default: ${DEFAULTS.runs})`)
    .option(
      '--run-id <id>',
      'nonce prefix in every username and email; with --seed replays a run byte for byte',
    )
    .option('--timeout-ms <n>', `a response later than this is a violation (default: ${DEFAULTS.timeoutMs})`)
    .option(
      '--max-clock-skew-ms <n>',
      `allowed difference between the server's clock and the kit's (default: ${DEFAULTS.maxClockSkewMs})`,
    )
    .option(
      '--concurrency <n>',
      `requests in flight at once, for slow servers (default: ${DEFAULTS.concurrency})`,
    )
    .option(
      '--max-response-bytes <n>',
      `a longer response body is cut there and is a violation (default: ${DEFAULTS.maxResponseBytes})`,
    )
    .option(
      '--wait-for-target <seconds>',
      'for a server just started: retry refused connections this long before the first request (default: 0)',
    )
    .option('--spec <file>', 'the OpenAPI spec (default: the spec shipped with the kit)')
    .option(MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP)
    .option(
      '--operations <ids>',
      'the operationIds to test, comma-separated (default: every operation whose meaning the spec declares)',
    )
    .option(
      '--fixtures <file-or-folder>',
      'the curated requests: a fixtures file, or a folder with one per operation (default: the ones shipped with the kit)',
    )
    .option('--path <path>', 'replay only the generated case at this fast-check path (from a Replay: line)')
    .option('--group <name>', 'the group of --path (from a Replay: line)');
  for (const report of REPORT_FILES) command.option(report.flag, report.description);
  command.option('--quiet', 'print only the violations and the verdict').action(async (flags: CheckFlags) => {
    setExitCode(await check(flags, io));
  });
}

/** The CLI flag of each library option, so errors name what the user typed. */
const FLAGS: Partial<Record<keyof ConformanceOptions, string>> = {
  target: '--target',
  seed: '--seed',
  runs: '--runs',
  runId: '--run-id',
  timeoutMs: '--timeout-ms',
  maxClockSkewMs: '--max-clock-skew-ms',
  concurrency: '--concurrency',
  maxResponseBytes: '--max-response-bytes',
  specPath: '--spec',
  maxSpecBytes: '--max-spec-bytes',
  fixturesPath: '--fixtures',
  operations: '--operations',
  replayPath: '--path',
  replayGroup: '--group',
};

async function check(flags: CheckFlags, unredacted: CliIo): Promise<number> {
  // Everything is validated before anything is sent: a usage error never costs a run.
  const options = resolveConformanceOptions(
    optionsOf(flags),
    unredacted.env,
    (option) => FLAGS[option] ?? option,
  );
  const token = tokenFrom('--token', TOKEN_VARIABLES.valid, flags.token, unredacted.env);
  if (token === undefined) {
    throw new UsageError(
      `no token: give --token TOKEN or set ${TOKEN_VARIABLES.valid} (a valid bearer token)`,
    );
  }
  const forbiddenToken = tokenFrom(
    '--forbidden-token',
    TOKEN_VARIABLES.forbidden,
    flags.forbiddenToken,
    unredacted.env,
  );
  // The report comes redacted; everything else printed (the target as given, errors) is redacted here too.
  const secrets = createSecrets(token, forbiddenToken);
  const io: CliIo = {
    ...unredacted,
    stdout: (text) => unredacted.stdout(redactText(text, secrets)),
    stderr: (text) => unredacted.stderr(redactText(text, secrets)),
  };
  const reports = reportFilesOf(flags);
  const { seed, seedSource, runId } = options;

  // The seed and run id come first, so even a run that is killed can be replayed.
  const header = `${formatHeader({ seed, seedSource, runId, target: flags.target }, { color: useColors(io.isTTY, io.env) })}\n`;
  if (flags.quiet) io.stderr(header);
  else io.stdout(header);
  const progress = io.isTTY && !flags.quiet ? createProgressDisplay(io.stderr) : undefined;

  let report: ConformanceReport;
  try {
    report = await runConformance({
      ...options,
      token,
      ...(forbiddenToken !== undefined ? { forbiddenToken } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } catch (error) {
    if (error instanceof Error) error.message = redactText(error.message, secrets);
    if (!isTargetUnreachableError(error)) throw error;
    io.stderr(`lakesail-contract: ${error.message}\n`);
    return EXIT.usage;
  } finally {
    progress?.clear();
  }

  if (io.startedAt !== undefined) report = sinceProcessStart(report, io.startedAt);
  // The verdict first: a report that cannot be written after all (a full disk) must not hide it.
  io.stdout(
    formatReport(report, { header: false, quiet: flags.quiet === true, color: useColors(io.isTTY, io.env) }),
  );
  for (const { flag, file, render } of reports) writeReportFile(flag, file, render(report));
  return report.verdict === 'pass' ? EXIT.ok : EXIT.failed;
}

/** The report timed from the process's start: the duration a person sees is the one the wall clock shows. */
function sinceProcessStart(report: ConformanceReport, startedAt: number): ConformanceReport {
  return {
    ...report,
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Math.round(Date.now() - startedAt),
  };
}

/** The library's options from the flags, as typed: resolveConformanceOptions checks them and fills in defaults. */
function optionsOf(flags: CheckFlags): ConformanceOptionsInput {
  return {
    target: { baseUrl: flags.target },
    seed: flags.seed,
    runs: flags.runs,
    runId: flags.runId,
    timeoutMs: flags.timeoutMs,
    maxClockSkewMs: flags.maxClockSkewMs,
    concurrency: flags.concurrency,
    maxResponseBytes: flags.maxResponseBytes,
    // The flag is in seconds, the option in ms.
    waitForTargetMs:
      flags.waitForTarget === undefined
        ? undefined
        : 1000 * checkInteger('--wait-for-target', flags.waitForTarget, 0, LIMITS.waitForTargetMs.max / 1000),
    specPath: flags.spec,
    maxSpecBytes: flags.maxSpecBytes,
    fixturesPath: flags.fixtures,
    operations: flags.operations?.split(',').map((id) => id.trim()),
    replayPath: flags.path,
    replayGroup: flags.group,
  };
}

/** The reports asked for, each path tried for writing now, before anything is sent. */
function reportFilesOf(flags: CheckFlags) {
  return REPORT_FILES.flatMap((report) => {
    const file = flags[report.option];
    if (typeof file !== 'string') return [];
    const flag = report.flag.split(' ')[0] ?? report.flag;
    assertReportWritable(flag, file);
    return [{ flag, file, render: report.render }];
  });
}

/**
 * The flag wins over the environment; an empty flag is a mistake, an empty variable is no token. A bad token
 * is a usage error naming the flag or the variable it came from, never the value.
 */
function tokenFrom(
  flag: string,
  variable: string,
  value: string | undefined,
  env: CliIo['env'],
): string | undefined {
  if (value !== undefined) {
    if (value === '') throw new UsageError(`${flag} is empty`);
    checkSecretValue(flag, value);
    return value;
  }
  const fromEnv = env[variable];
  if (fromEnv === undefined || fromEnv === '') return undefined;
  checkSecretValue(variable, fromEnv);
  return fromEnv;
}
