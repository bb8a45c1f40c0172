import { oneLine } from '../core/errors';
import { ALL_CHECKS } from './checks';
import { formatViolation } from './format/formatReport';
import { jsonReportParts } from './format/jsonReport';
import { assertReportWritable, writeReportFile } from './format/writeReportFile';
import type { Check } from './model/check';
import { TOKEN_VARIABLES, UNAUTHENTICATED_VARIANTS } from './model/credentials';
import type { ConformanceReport } from './model/report';
import type { TestCase } from './model/testCase';
import { chooseSeed } from './runner/chooseSeed';
import type { ConformanceOptions } from './runner/conformanceOptions';
import { runConformance } from './runner/runConformance';
import { newRunId } from './runner/runId';
import type { Target } from './target/target';

/** `describeConformance`'s options: those of `runConformance`, with the tokens read from the environment by default. */
export interface JestConformanceOptions extends Omit<ConformanceOptions, 'target' | 'token' | 'onProgress'> {
  /** Default: `CONTRACT_TOKEN`. */
  token?: string;
  /** Default: `CONTRACT_FORBIDDEN_TOKEN`; without it the 403 cases are reported as a skipped test. */
  forbiddenToken?: string;
  /** Also write the JSON report here (tokens redacted). */
  reportJson?: string;
  /** How long the run may take, as jest's hook timeout. Default 10 minutes. */
  runTimeoutMs?: number;
}

/** The jest globals the adapter uses, read at call time so the module loads anywhere. */
interface JestGlobals {
  describe(name: string, body: () => void): void;
  beforeAll(body: () => Promise<void>, timeoutMs?: number): void;
  test: { (name: string, body: () => void): void; skip(name: string, body: () => void): void };
}

/**
 * Declares a jest `describe` with one test per check, so a team sees which checks fail: the kit runs once (in
 * `beforeAll`) against `target`, and each test fails with its check's violations, formatted with a curl line
 * and the replay flags. `target` may be a function (async) returning the target, to build the app first.
 */
export function describeConformance(
  target: Target | (() => Target | Promise<Target>),
  options: JestConformanceOptions = {},
): void {
  const jest = globalThis as unknown as Partial<JestGlobals>;
  if (
    typeof jest.describe !== 'function' ||
    typeof jest.test !== 'function' ||
    typeof jest.beforeAll !== 'function'
  ) {
    throw new Error('describeConformance must be called at the top level of a jest test file');
  }
  const { describe, test, beforeAll } = jest as JestGlobals;
  const { reportJson, runTimeoutMs, ...rest } = options;
  const token = options.token ?? nonEmpty(process.env[TOKEN_VARIABLES.valid]) ?? '';
  const forbiddenToken = nonEmpty(options.forbiddenToken) ?? nonEmpty(process.env[TOKEN_VARIABLES.forbidden]);
  // Chosen now, so the describe block's name says what replays the run.
  const seed = options.seed ?? chooseSeed(undefined, process.env).seed;
  const runId = options.runId ?? newRunId();
  const checks = options.checks ?? ALL_CHECKS;

  describe(`CreateUser conformance (seed ${seed}, run id ${runId})`, () => {
    let report: ConformanceReport | undefined;
    let failure: Error | undefined;
    beforeAll(async () => {
      try {
        // A report that cannot be written fails the run before it starts, not after.
        if (reportJson !== undefined) assertReportWritable('reportJson', reportJson);
        const resolved = typeof target === 'function' ? await target() : target;
        report = await runConformance({
          ...rest,
          target: resolved,
          token,
          ...(forbiddenToken !== undefined ? { forbiddenToken } : {}),
          seed,
          runId,
          checks,
        });
        if (reportJson !== undefined) writeReportFile('reportJson', reportJson, jsonReportParts(report));
      } catch (error) {
        // Kept for each test to report: a hook failure would hide which checks never ran.
        failure = bare(`the conformance run did not complete: ${oneLine(error)}`);
      }
    }, runTimeoutMs ?? 600_000);

    if (forbiddenToken === undefined) {
      test.skip(`403 cases: not sent without a forbidden token (set ${TOKEN_VARIABLES.forbidden})`, () => {});
    }
    for (const check of checks) {
      if (forbiddenToken === undefined && onlyForbidden(check)) {
        test.skip(`${check.id}: ${check.title} (needs ${TOKEN_VARIABLES.forbidden})`, () => {});
        continue;
      }
      test(`${check.id}: ${check.title}`, () => {
        if (failure) throw failure;
        const message = checkFailure(report as ConformanceReport, check.id);
        if (message !== undefined) throw bare(message);
      });
    }
  });
}

/**
 * Why `checkId` failed in `report` (its violations, formatted with curl lines and replay flags), or undefined
 * when it passed: the assertion of each test `describeConformance` declares.
 */
export function checkFailure(report: ConformanceReport, checkId: string): string | undefined {
  const violations = report.violations.filter((violation) => violation.checkId === checkId);
  const summary = report.checks.find((check) => check.id === checkId);
  if (violations.length === 0 && (summary?.failed ?? 0) === 0) return undefined;
  const count = summary?.failed ?? violations.length;
  const header = `${checkId} failed on ${count} exchange${count === 1 ? '' : 's'} (seed ${report.seed}, run id ${report.runId}, target ${report.target})`;
  return [header, ...violations.map((violation) => formatViolation(violation))].join('\n\n');
}

/**
 * An Error that jest prints as its whole message and nothing else: the adapter's own frames would only hide
 * the finding. Jest takes the text before the first frame-like line as the message (without one, only the
 * first line, and it re-indents later lines that merely contain `at` and `:12:34`, as timestamps do), and
 * drops `<anonymous>` frames.
 */
function bare(message: string): Error {
  const error = new Error(message);
  error.stack = `${message}\n    at <anonymous>:0:0`;
  return error;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

/** True when the check applies to forbidden-token cases only, so without that token it has nothing to test. */
function onlyForbidden(check: Check): boolean {
  const applies = (testCase: TestCase) => {
    try {
      return check.appliesTo(testCase);
    } catch {
      return true;
    }
  };
  const others = [
    { mode: 'valid' as const },
    ...UNAUTHENTICATED_VARIANTS.map((variant) => ({ mode: 'unauthenticated' as const, variant })),
  ];
  return others.every((credentials) => probes(credentials).every((testCase) => !applies(testCase)));
}

/** One case of each body kind with `credentials`, to ask a check what it applies to. */
function probes(credentials: TestCase['credentials']): TestCase[] {
  const base = {
    credentials,
    bodyText: '{}',
    contentType: 'application/json',
    expectedStatuses: [],
    label: 'probe',
  };
  return [
    { ...base, body: { mode: 'valid', origin: { kind: 'generated' }, value: {} } },
    {
      ...base,
      body: {
        mode: 'malformed',
        origin: { kind: 'generated' },
        mutation: { name: 'probe', level: 'schema', description: 'probe', pointer: '' },
        value: {},
      },
    },
    {
      ...base,
      body: {
        mode: 'malformed',
        origin: { kind: 'generated' },
        mutation: { name: 'probe', level: 'transport', description: 'probe', pointer: '' },
      },
    },
  ];
}
