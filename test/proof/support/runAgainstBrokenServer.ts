import { type ConformanceReport, runConformance } from '../../../api';
import { oneLine } from '../../../core/errors';
import type { BrokenServer } from '../../../servers/broken';
import {
  PROOF_FORBIDDEN_TOKEN,
  PROOF_RUN_ID,
  PROOF_RUNS,
  PROOF_SEED,
  PROOF_TIMEOUT_MS,
  PROOF_TOKEN,
  SERVER_OPTIONS,
} from './proofSettings';
import { startServerProcess } from './startServerProcess';

/** What the kit found on one broken server. */
export interface BrokenServerVerdict {
  server: BrokenServer;
  /** Ids of the checks that reported a violation, in report order. */
  found: string[];
  /** Expected ids the kit did not report with a violation that shows the defect (`shownBy`). */
  missed: string[];
  requests: number;
  durationMs: number;
  /** Why the run itself failed (it should not: violations never reject). */
  error?: string;
}

/** Runs the kit against `server`: in this process, or as a child process when it crashes or hangs. */
export async function runAgainstBrokenServer(server: BrokenServer): Promise<BrokenServerVerdict> {
  const started = Date.now();
  const options = {
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    seed: PROOF_SEED,
    runs: PROOF_RUNS,
    runId: PROOF_RUN_ID,
    timeoutMs: PROOF_TIMEOUT_MS,
    shrinkTimeLimitMs: 0,
  };
  let report: ConformanceReport;
  try {
    if (server.runAs === 'child-process') {
      const running = await startServerProcess({
        variant: server.name,
        token: PROOF_TOKEN,
        forbiddenToken: PROOF_FORBIDDEN_TOKEN,
      });
      try {
        report = await runConformance({ ...options, target: { baseUrl: running.baseUrl } });
      } finally {
        await running.stop();
      }
    } else {
      report = await runConformance({ ...options, target: { app: await server.create(SERVER_OPTIONS) } });
    }
  } catch (error) {
    const durationMs = Date.now() - started;
    return { server, found: [], missed: server.caughtBy, requests: 0, durationMs, error: oneLine(error) };
  }
  const found = [...new Set(report.violations.map((violation) => violation.checkId))];
  // Caught only where the report shows the defect itself, not the same check failing for another reason: in a
  // violation, or in an exchange the check lists as failing (under load, a conformant request answered after
  // the proof's short timeout can take its group's one violation of that cause; the hang still shows there).
  const shown = new Set([
    ...report.violations
      .filter((violation) => server.shownBy.test(`${violation.message} | ${violation.replay.case}`))
      .map((violation) => violation.checkId),
    ...report.checks
      .filter((check) =>
        (check.failing ?? []).some((failing) => server.shownBy.test(`${failing.message} | ${failing.case}`)),
      )
      .map((check) => check.id),
  ]);
  return {
    server,
    found,
    missed: server.caughtBy.filter((id) => !shown.has(id)),
    requests: report.requests,
    durationMs: Date.now() - started,
  };
}
