import { runConformance } from '../../api';
import { FAILING_EXCHANGES_KEPT } from '../../conformance/model/report';
import { BROKEN_SERVERS } from '../../servers/broken';
import { PROOF_FORBIDDEN_TOKEN, PROOF_TOKEN, SERVER_OPTIONS } from '../proof/support/proofSettings';

const serverNamed = (name: string) => {
  const found = BROKEN_SERVERS.find((server) => server.name === name);
  if (!found) throw new Error(`no broken server ${name}`);
  return found;
};

test('each check lists the exchanges it failed on, in run order, up to a cap, beside how many there were', async () => {
  // 500 for every non-ASCII user: many cases of many groups fail, one violation per group is reported.
  const report = await runConformance({
    target: { app: await serverNamed('non-ascii-500').create(SERVER_OPTIONS) },
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    seed: 3,
    runs: 30,
    runId: 'fail1',
    shrinkTimeLimitMs: 0,
  });
  const server = report.checks.find((check) => check.id === 'not-a-server-error');
  expect(server?.failed).toBeGreaterThan(FAILING_EXCHANGES_KEPT);
  expect(server?.failing).toHaveLength(FAILING_EXCHANGES_KEPT);
  expect(server?.failing?.[0]).toEqual({
    case: 'valid token, fixture valid-accented',
    request: 'POST /api/org/v1/users',
    outcome: '500',
    message: 'The server answered 500: a server error is never a conformant answer',
  });
  // More failing exchanges than reported violations: the list shows how far the defect reaches.
  const reported = report.violations.filter((violation) => violation.checkId === 'not-a-server-error');
  expect(reported.length).toBeLessThan(server?.failed ?? 0);
  // A check that never failed lists nothing.
  expect(report.checks.find((check) => check.id === 'no-token-leak')?.failing).toBeUndefined();
});
