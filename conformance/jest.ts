/**
 * `lakesail-contract/jest`: the conformance kit as tests of a team's own jest suite, one per check.
 */
import { isUsageError, oneLine, UsageError } from '../core/errors';
import { htmlReport } from './format/htmlReport';
import { jsonReportParts } from './format/jsonReport';
import { assertReportWritable, writeReportFile } from './format/writeReportFile';
import { bareError } from './jestAdapter/bareError';
import { checkFailure } from './jestAdapter/checkFailure';
import { checkTarget, TARGET_KEYS } from './jestAdapter/checkTarget';
import type { JestConformanceOptions, JestTarget } from './jestAdapter/jestConformanceOptions';
import { type JestPlan, jestPlan } from './jestAdapter/jestPlan';
import { onlyForbidden } from './jestAdapter/onlyForbidden';
import { runWithin } from './jestAdapter/runWithin';
import { suiteTitle } from './jestAdapter/suiteTitle';
import { TOKEN_VARIABLES } from './model/credentials';
import type { ConformanceReport } from './model/report';
import { runConformance } from './runner/runConformance';
import type { Target } from './target/target';

export { checkFailure } from './jestAdapter/checkFailure';
export type { JestConformanceOptions, JestTarget } from './jestAdapter/jestConformanceOptions';

/** The test that carries the run's own failure (a target that cannot be reached, a bad option, ...). */
const RUN_TEST = 'the conformance run completes';

/** The jest globals the adapter uses, read at call time so the module loads anywhere. */
interface JestGlobals {
  describe(name: string, body: () => void): void;
  beforeAll(body: () => Promise<void>, timeoutMs?: number): void;
  test: { (name: string, body: () => void): void; skip(name: string, body: () => void): void };
}

/**
 * Declares a jest `describe` with one test per check, so a team sees which checks fail: the kit runs once (in
 * `beforeAll`) against the target, and each test fails with its check's violations, each with a curl line and
 * the options that replay it. The options go beside the target (`{ app, token }`) or as the second argument
 * (`{ app }, { token }`); a target function (maybe async, to build the app first) takes them as the second.
 * A call that cannot run (no token, an unknown option) declares a single failing test that says why.
 */
export function describeConformance(target: Target & JestConformanceOptions): void;
export function describeConformance(target: JestTarget, options?: JestConformanceOptions): void;
export function describeConformance(first: unknown, second?: unknown): void {
  const jest = jestGlobals();
  let plan: JestPlan;
  try {
    plan = jestPlan(first, second, process.env);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    const message = `describeConformance: ${oneLine(error)}`;
    jest.describe('CreateUser conformance', () => {
      jest.test(message, () => {
        throw bareError(message);
      });
    });
    return;
  }
  declareTests(jest, plan);
}

function jestGlobals(): JestGlobals {
  const jest = globalThis as unknown as Partial<JestGlobals>;
  if (
    typeof jest.describe !== 'function' ||
    typeof jest.test !== 'function' ||
    typeof jest.beforeAll !== 'function'
  ) {
    throw new Error('describeConformance must be called at the top level of a jest test file');
  }
  return jest as JestGlobals;
}

function declareTests({ describe, test, beforeAll }: JestGlobals, plan: JestPlan): void {
  const { checks, forbiddenToken } = plan.run;
  describe(suiteTitle(plan.run), () => {
    let outcome: { report: ConformanceReport } | { failure: string } | undefined;
    beforeAll(async () => {
      outcome = await settle(plan);
    }, plan.hookTimeoutMs);

    // One failure for a run that did not complete; jest would repeat a failing hook's error on every test.
    test(RUN_TEST, () => {
      if (outcome !== undefined && 'failure' in outcome) throw bareError(outcome.failure);
    });
    if (forbiddenToken === undefined) {
      test.skip(`403 cases: not sent without a forbidden token (set the forbiddenToken option or ${TOKEN_VARIABLES.forbidden})`, () => {});
    }
    for (const check of checks) {
      const holds = `${check.id}: ${check.holds ?? check.title}`;
      if (forbiddenToken === undefined && onlyForbidden(check)) {
        test.skip(`${holds} (needs a forbidden token)`, () => {});
        continue;
      }
      test(holds, () => {
        if (outcome === undefined || !('report' in outcome)) {
          throw bareError(`not checked: the conformance run did not complete (see "${RUN_TEST}")`);
        }
        const message = checkFailure(outcome.report, check.id);
        if (message !== undefined) throw bareError(message);
      });
    }
  });
}

/** Builds the target, runs the kit and writes the report: the report, or why there is none, on one line. */
async function settle(plan: JestPlan): Promise<{ report: ConformanceReport } | { failure: string }> {
  try {
    // A report that cannot be written fails the run before it starts, not after.
    if (plan.reportJson !== undefined) assertReportWritable('reportJson', plan.reportJson);
    if (plan.reportHtml !== undefined) assertReportWritable('reportHtml', plan.reportHtml);
    const target = typeof plan.target === 'function' ? builtTarget(await plan.target()) : plan.target;
    const report = await runWithin(plan.runTimeoutMs, (onProgress) =>
      runConformance({ ...plan.run, target, onProgress }),
    );
    if (plan.reportJson !== undefined)
      writeReportFile('reportJson', plan.reportJson, jsonReportParts(report));
    if (plan.reportHtml !== undefined) writeReportFile('reportHtml', plan.reportHtml, htmlReport(report));
    return { report };
  } catch (error) {
    if (isUsageError(error)) return { failure: `describeConformance: ${oneLine(error)}` };
    return { failure: `describeConformance: the conformance run did not complete: ${oneLine(error)}` };
  }
}

/** What a target function resolved to, as a target: the options belong in the second argument. */
function builtTarget(value: unknown): Target {
  if (typeof value !== 'object' || value === null) {
    throw new UsageError('the target function must resolve to { app } or { baseUrl }');
  }
  const extra = Object.keys(value).filter((key) => !(TARGET_KEYS as readonly string[]).includes(key));
  if (extra.length > 0) {
    throw new UsageError(
      `the target function resolved to { ${extra.join(', ')} } beside the target: give options as the second argument`,
    );
  }
  return checkTarget(value as Record<string, unknown>);
}
