import { runConformance } from '../../api';
import {
  PROOF_FORBIDDEN_TOKEN,
  PROOF_RUN_ID,
  PROOF_RUNS,
  PROOF_SEED,
  PROOF_TIMEOUT_MS,
  PROOF_TOKEN,
} from './support/proofSettings';
import { type ServerProcess, startMockProcess } from './support/startServerProcess';

// The kit derives its default seed from the commit in CI; this run gives its own seed, and says so.
process.env.CI = 'true';

let mock: ServerProcess | undefined;

afterAll(async () => {
  await mock?.stop();
});

test('the kit passes the mock (node dist/mock/main.js --token T --forbidden-token F): no violation', async () => {
  mock = await startMockProcess({ token: PROOF_TOKEN, forbiddenToken: PROOF_FORBIDDEN_TOKEN });
  const report = await runConformance({
    target: { baseUrl: mock.baseUrl },
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    seed: PROOF_SEED,
    runs: PROOF_RUNS,
    runId: PROOF_RUN_ID,
    // Prism is far slower than the reference; a timeout here would still be a real hang.
    timeoutMs: PROOF_TIMEOUT_MS * 10,
  });
  const found = report.violations.map((v) => `${v.checkId}: ${v.message} (${v.replay.case})`);
  expect(found).toEqual([]);
  expect(report.verdict).toBe('pass');
  expect(report.checks.filter((check) => check.skippedReason !== undefined)).toEqual([]);
});
