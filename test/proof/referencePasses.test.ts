import { type ConformanceOptions, runConformance } from '../../api';
import { createReferenceApp } from '../../servers/createReferenceApp';
import {
  PROOF_FORBIDDEN_TOKEN,
  PROOF_RUN_ID,
  PROOF_RUNS,
  PROOF_SEED,
  PROOF_TIMEOUT_MS,
  PROOF_TOKEN,
  SERVER_OPTIONS,
} from './support/proofSettings';
import { type ServerProcess, startServerProcess } from './support/startServerProcess';

// The kit derives its default seed from the commit in CI; these runs give their own seed, and say so.
process.env.CI = 'true';

const RUN = {
  token: PROOF_TOKEN,
  seed: PROOF_SEED,
  runs: PROOF_RUNS,
  runId: PROOF_RUN_ID,
  // The reference answers in about a millisecond: a timeout here is a real defect, never a slow machine.
  timeoutMs: PROOF_TIMEOUT_MS * 4,
} satisfies Omit<ConformanceOptions, 'target'>;

/** Violations as one line each, so a failure shows what the kit found at a glance. */
const found = (report: { violations: { checkId: string; message: string; replay: { case: string } }[] }) =>
  report.violations.map(
    (violation) => `${violation.checkId}: ${violation.message} (${violation.replay.case})`,
  );

describe('the kit passes the reference server', () => {
  let reference: ServerProcess | undefined;

  afterAll(async () => {
    await reference?.stop();
  });

  test('in process ({ app }), with a forbidden token: no violation, nothing skipped for lack of a token', async () => {
    const app = await createReferenceApp(SERVER_OPTIONS);
    const report = await runConformance({ ...RUN, target: { app }, forbiddenToken: PROOF_FORBIDDEN_TOKEN });
    expect(found(report)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.checks.filter((check) => check.failed > 0)).toEqual([]);
    expect(report.checks.filter((check) => check.skippedReason !== undefined)).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  test('over HTTP ({ baseUrl }, node dist/servers/main.js), with a forbidden token: the same run, no violation', async () => {
    reference = await startServerProcess({ token: PROOF_TOKEN, forbiddenToken: PROOF_FORBIDDEN_TOKEN });
    const overHttp = await runConformance({
      ...RUN,
      target: { baseUrl: reference.baseUrl },
      forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    });
    expect(found(overHttp)).toEqual([]);
    expect(overHttp.verdict).toBe('pass');
    expect(overHttp.target).toBe(reference.baseUrl);
    // The same seed and run id plan the same requests, whichever kind of target receives them.
    const app = await createReferenceApp(SERVER_OPTIONS);
    const inProcess = await runConformance({
      ...RUN,
      target: { app },
      forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    });
    expect(overHttp.requests).toBe(inProcess.requests);
  });

  test('without a forbidden token: still no violation, and the forbidden cases are reported as skipped', async () => {
    const app = await createReferenceApp(SERVER_OPTIONS);
    const withToken = await runConformance({
      ...RUN,
      target: { app },
      forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    });
    const without = await runConformance({
      ...RUN,
      target: { app: await createReferenceApp(SERVER_OPTIONS) },
    });
    expect(found(without)).toEqual([]);
    expect(without.verdict).toBe('pass');
    expect(without.warnings).toEqual([expect.stringMatching(/no forbidden token/)]);
    expect(without.requests).toBeLessThan(withToken.requests);
    // A check of every case (the status) is skipped on the forbidden ones, saying why; none is silently passed.
    const status = (report: typeof without) =>
      report.checks.find((check) => check.id === 'status-code-conformance');
    expect(status(without)?.skippedReason).toMatch(/no forbidden token/);
    expect(status(without)?.skipped).toBeGreaterThan(0);
    expect(status(withToken)?.skipped).toBe(0);
    // Sequences draw their commands from the credentials the run has, so the two runs' totals differ; no request
    // of the run without the token presented one.
  });
});
