import { type ConformanceReport, runConformance } from '../../api';
import { CONFORMANT_SERVERS } from '../../servers/conformant';
import {
  PROOF_FORBIDDEN_TOKEN,
  PROOF_RUNS,
  PROOF_SEED,
  PROOF_TIMEOUT_MS,
  PROOF_TOKEN,
  SERVER_OPTIONS,
} from './support/proofSettings';

// The kit derives its default seed from the commit in CI; these runs give their own seed, and say so.
process.env.CI = 'true';

const RUN = {
  token: PROOF_TOKEN,
  forbiddenToken: PROOF_FORBIDDEN_TOKEN,
  seed: PROOF_SEED,
  runs: PROOF_RUNS,
  timeoutMs: PROOF_TIMEOUT_MS * 4,
};

const found = (report: ConformanceReport) =>
  report.violations.map(
    (violation) => `${violation.checkId}: ${violation.message} (${violation.replay.case})`,
  );

// No false alarm: servers that differ from the reference within the contract pass too. Concurrently: several
// wait on their own pace (429 with Retry-After) more than they compute.
test.concurrent.each(CONFORMANT_SERVERS.map((server) => [server.name, server.quirk, server] as const))(
  '%s (%s) passes',
  async (_name, _quirk, server) => {
    const app = await server.create(SERVER_OPTIONS);
    const report = await runConformance({ ...RUN, runId: 'proof1', target: { app } });
    expect(found(report)).toEqual([]);
  },
);

test('a server that refuses taken usernames still passes a second run against it (a fresh run id)', async () => {
  const server = CONFORMANT_SERVERS.find((candidate) => candidate.name === 'unique-usernames');
  const app = await server?.create(SERVER_OPTIONS);
  if (!app) throw new Error('unique-usernames is missing');
  await runConformance({ ...RUN, runId: 'proof1', target: { app } });
  const second = await runConformance({ ...RUN, runId: 'proof2', target: { app } });
  expect(found(second)).toEqual([]);
  // It did refuse something: the values that cannot carry the nonce (the empty username) are taken by now,
  // and the kit counts those 409s as inconclusive, neither passed nor failed.
  const status = second.checks.find((check) => check.id === 'status-code-conformance');
  expect(status?.inconclusive).toBeGreaterThan(0);
});
